/**
 * Check options: the lists and thresholds a check uses, declared in its metadata with a default,
 * a description and a JSON Schema. The configuration file overrides them per check (validated
 * against the schema), `rampart checks explain` and the generated docs show them, and the check
 * reads the merged values from `ctx.options`, typed.
 */
export interface OptionSpec<T> {
  readonly description: string;
  readonly default: T;
  /** JSON Schema of the value, used to validate the configuration file. */
  readonly schema: Readonly<Record<string, unknown>>;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec<unknown>>>;

/** The values a check sees: each option's type, from its spec. */
export type OptionValues<O extends OptionSpecs> = { readonly [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never };

type Schema = Readonly<Record<string, unknown>>;

/** Builders that keep the value's type, so `ctx.options.minId` is a number. */
export const option = {
  integer(defaultValue: number, description: string, bounds: { minimum?: number; maximum?: number } = {}): OptionSpec<number> {
    return { description, default: defaultValue, schema: { type: 'integer', ...bounds } };
  },
  boolean(defaultValue: boolean, description: string): OptionSpec<boolean> {
    return { description, default: defaultValue, schema: { type: 'boolean' } };
  },
  string<T extends string>(defaultValue: T, description: string, choices?: readonly T[]): OptionSpec<T> {
    return { description, default: defaultValue, schema: choices ? { type: 'string', enum: choices } : { type: 'string' } };
  },
  strings(defaultValue: readonly string[], description: string): OptionSpec<readonly string[]> {
    return { description, default: defaultValue, schema: { type: 'array', items: { type: 'string' } } };
  },
  /** A list of records (a table), each validated by `itemSchema`. */
  table<T>(defaultValue: readonly T[], description: string, itemSchema: Schema): OptionSpec<readonly T[]> {
    return { description, default: defaultValue, schema: { type: 'array', items: itemSchema } };
  },
  /** A map from name to record, each value validated by `valueSchema`. */
  map<T>(defaultValue: Readonly<Record<string, T>>, description: string, valueSchema: Schema): OptionSpec<Readonly<Record<string, T>>> {
    return { description, default: defaultValue, schema: { type: 'object', additionalProperties: valueSchema } };
  },
};

/** Defaults overlaid with the user's values (already validated against each option's schema). */
export function resolveOptions<O extends OptionSpecs>(specs: O | undefined, overrides: Readonly<Record<string, unknown>> | undefined): OptionValues<O> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs ?? {})) values[name] = overrides && name in overrides ? overrides[name] : spec.default;
  return values as OptionValues<O>;
}
