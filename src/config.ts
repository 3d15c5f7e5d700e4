/** Settings a user can change; checks read them instead of hard-coding lists. */
export interface ScanConfig {
  /** Label or annotation that marks a workload as sensitive, and the value that does. */
  readonly sensitivity: { readonly key: string; readonly value: string };
}

export const DEFAULT_CONFIG: ScanConfig = {
  sensitivity: { key: 'rampart.dev/sensitivity', value: 'high' },
};
