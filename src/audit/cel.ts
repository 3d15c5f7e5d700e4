import { BlockList, isIP } from 'node:net';
import { celEnv, celFunc, celMethod, CelScalar, listType, parse, plan, isCelError, isCelList, type CelEnv, type CelValue } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { RE2JS } from '@bufbuild/re2';
import type { AuditEvent } from './event.js';

/**
 * CEL over audit events: the variables a condition sees, the functions Rampart adds, and compile
 * time checks that catch a misspelt variable or function when a rule file loads rather than as a
 * silent "never matches" at run time.
 */

/** The variables of a condition: the event's fields, with absent ones given empty values so conditions read naturally. */
export const EVENT_VARIABLES = [
  'auditID',
  'level',
  'stage',
  'verb',
  'requestURI',
  'user',
  'impersonatedUser',
  'sourceIPs',
  'userAgent',
  'objectRef',
  'responseStatus',
  'requestObject',
  'responseObject',
  'annotations',
  'requestReceivedTimestamp',
  // derived
  'object',
  'podSpec',
  'containers',
  'target',
  'resource',
] as const;

/** `ns/name`, `name` (cluster-scoped), `namespace ns` (a collection) or `all namespaces`. */
export function targetOf(ref: AuditEvent['objectRef']): string {
  if (!ref?.resource) return '';
  if (ref.name) return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
  return ref.namespace ? `namespace ${ref.namespace}` : 'all namespaces';
}

const EMPTY_USER = { username: '', uid: '', groups: [] as string[], extra: {} };
const NO_OBJECT: Record<string, unknown> = {};

const KIND_OF_RESOURCE: Record<string, string> = {
  pods: 'Pod',
  podtemplates: 'PodTemplate',
  cronjobs: 'CronJob',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  jobs: 'Job',
  replicationcontrollers: 'ReplicationController',
};

/**
 * The pod spec inside an object of any pod-bearing kind: a Pod, the template of a controller, a
 * CronJob's job template. Rules about containers therefore see the containers a Deployment will
 * run, not only bare Pods.
 */
export function podSpecOf(obj: unknown, resource?: string): Record<string, unknown> | undefined {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return undefined;
  const o = obj as { kind?: unknown; spec?: Record<string, unknown>; template?: { spec?: Record<string, unknown> } };
  // a merge patch carries no kind: the resource says what it patches
  const kind = o.kind ?? (resource !== undefined ? KIND_OF_RESOURCE[resource] : undefined);
  switch (kind) {
    case 'Pod':
      return o.spec;
    case 'PodTemplate':
      return o.template?.spec;
    case 'CronJob':
      return ((o.spec?.jobTemplate as { spec?: { template?: { spec?: Record<string, unknown> } } } | undefined)?.spec?.template?.spec) ?? undefined;
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
    case 'ReplicationController':
      return (o.spec?.template as { spec?: Record<string, unknown> } | undefined)?.spec;
    default:
      return undefined;
  }
}

/**
 * The object a request is about: the response (what was stored, complete even for a patch) when
 * the log has it and it is not a Status, else the request body.
 */
export function objectOf(e: AuditEvent): Record<string, unknown> | undefined {
  const resp = e.responseObject as { kind?: unknown } | undefined;
  if (resp && typeof resp === 'object' && resp.kind !== undefined && resp.kind !== 'Status') return resp as Record<string, unknown>;
  const req = e.requestObject;
  if (req && typeof req === 'object' && !Array.isArray(req)) return req as Record<string, unknown>;
  return undefined;
}

function containersOf(spec: Record<string, unknown> | undefined): unknown[] {
  if (!spec) return [];
  const out: unknown[] = [];
  for (const key of ['initContainers', 'containers', 'ephemeralContainers']) {
    const list = spec[key];
    if (Array.isArray(list)) for (const c of list) if (c && typeof c === 'object') out.push(c);
  }
  return out;
}

/** The activation a condition is evaluated against; built once per event, only when some rule needs it. */
export function eventView(e: AuditEvent): Record<string, unknown> {
  const object = objectOf(e);
  const podSpec = podSpecOf(object, e.objectRef?.subresource ? undefined : e.objectRef?.resource);
  // the ephemeralcontainers subresource carries a Pod whose ephemeralContainers are the new ones
  return {
    auditID: e.auditID,
    level: e.level ?? '',
    stage: e.stage,
    verb: e.verb,
    requestURI: e.requestURI,
    user: { ...EMPTY_USER, ...e.user },
    impersonatedUser: e.impersonatedUser ? { ...EMPTY_USER, ...e.impersonatedUser } : null,
    sourceIPs: e.sourceIPs ?? [],
    userAgent: e.userAgent ?? '',
    objectRef: {
      resource: '',
      subresource: '',
      namespace: '',
      name: '',
      apiGroup: '',
      apiVersion: '',
      uid: '',
      resourceVersion: '',
      ...e.objectRef,
    },
    responseStatus: { code: 0, status: '', reason: '', message: '', ...e.responseStatus },
    requestObject: e.requestObject ?? null,
    responseObject: e.responseObject ?? null,
    annotations: e.annotations ?? {},
    requestReceivedTimestamp: e.requestReceivedTimestamp,
    object: object ?? NO_OBJECT,
    podSpec: podSpec ?? NO_OBJECT,
    containers: containersOf(podSpec),
    target: targetOf(e.objectRef),
    resource: e.objectRef?.resource ? (e.objectRef.subresource ? `${e.objectRef.resource}/${e.objectRef.subresource}` : e.objectRef.resource) : '',
  };
}

const blockLists = new Map<string, BlockList>();

function blockListFor(cidrs: readonly string[]): BlockList {
  const key = cidrs.join(',');
  let bl = blockLists.get(key);
  if (!bl) {
    bl = new BlockList();
    for (const c of cidrs) {
      const [addr, bits] = c.split('/');
      const family = isIP(addr);
      if (family === 0) continue;
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) bl.addAddress(addr, type);
      else bl.addSubnet(addr, Number(bits), type);
    }
    if (blockLists.size > 1000) blockLists.clear();
    blockLists.set(key, bl);
  }
  return bl;
}

/** True when `cidr` is an IPv4 or IPv6 address or prefix. */
export function isCidr(cidr: string): boolean {
  const [addr, bits, extra] = cidr.split('/');
  const family = isIP(addr);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/** True when `ip` is inside one of `cidrs` (IPv4-mapped IPv6 addresses count as IPv4). */
export function ipInCidrs(ip: string, cidrs: readonly string[]): boolean {
  let addr = ip;
  if (addr.startsWith('::ffff:') && isIP(addr.slice(7)) === 4) addr = addr.slice(7);
  const family = isIP(addr);
  if (family === 0) return false;
  return blockListFor(cidrs).check(addr, family === 4 ? 'ipv4' : 'ipv6');
}

function toStrings(v: CelValue): string[] {
  const out: string[] = [];
  if (isCelList(v)) for (const x of v) if (typeof x === 'string') out.push(x);
  return out;
}

/** `registry.example.com/team/app` for `registry.example.com/team/app:1.2@sha256:...`. */
export function imageRepository(image: string): string {
  let s = image;
  const at = s.indexOf('@');
  if (at !== -1) s = s.slice(0, at);
  const slash = s.lastIndexOf('/');
  const colon = s.lastIndexOf(':');
  if (colon > slash) s = s.slice(0, colon);
  return s;
}

/** Functions Rampart adds to CEL; documented in the README's rule-writing section. */
const RAMPART_FUNCS = [
  /** `inCidrs(ip, ["10.0.0.0/8", "fd00::/8"])` */
  celFunc('inCidrs', [CelScalar.STRING, listType(CelScalar.STRING)], CelScalar.BOOL, (ip, cidrs) => ipInCidrs(ip, toStrings(cidrs))),
  /** `imageRepository("nginx:1.25")` is `nginx` */
  celFunc('imageRepository', [CelScalar.STRING], CelScalar.STRING, (image) => imageRepository(image)),
  /** CEL's own `matches` (RE2), with each pattern compiled once: the standard one compiles per call. */
  celMethod('matches', CelScalar.STRING, [CelScalar.STRING], CelScalar.BOOL, function (pattern) {
    return compiledRe2(pattern).test(this);
  }),
];

const re2Cache = new Map<string, RE2JS>();

function compiledRe2(pattern: string): RE2JS {
  let re = re2Cache.get(pattern);
  if (re === undefined) {
    re = RE2JS.compile(pattern);
    if (re2Cache.size < 1000) re2Cache.set(pattern, re);
  }
  return re;
}

let env: CelEnv | undefined;

export function auditCelEnv(): CelEnv {
  env ??= celEnv({ funcs: [...strings, ...RAMPART_FUNCS] });
  return env;
}

export type Condition = (view: Record<string, unknown>) => boolean;

/** A CEL error at compile time: the position is within the expression. */
export class CelCompileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/**
 * Compiles a condition. An evaluation error (a missing key in a request object, a type mismatch)
 * means "does not match", as a missing field does in Falco.
 */
export function compileCondition(expr: string): Condition {
  const parsed = parseChecked(expr);
  const run = plan(auditCelEnv(), parsed);
  return (view) => withoutStacks(run, view) === true;
}

/**
 * The event variables an expression reads (after list and macro expansion), and, when it reads
 * `annotations` only as `annotations["k"]` or `"k" in annotations`, which keys.
 */
export function referencedVariables(expr: string | ParsedNode): { variables: Set<string>; annotationKeys?: string[]; fields: Record<string, string[]> } {
  const found = new Set<string>();
  const keys = new Set<string>();
  const selected = new Map<string, Set<string>>();
  const whole = new Set<string>();
  let wholeAnnotations = false;
  const constString = (n: ExprNode | undefined): string | undefined => {
    if (n?.exprKind.case !== 'constExpr') return undefined;
    const c = (n.exprKind.value as { constantKind: { case: string; value: unknown } }).constantKind;
    return c.case === 'stringValue' ? (c.value as string) : undefined;
  };
  const isAnnotations = (n: ExprNode | undefined, scope: ReadonlySet<string>): boolean =>
    n?.exprKind.case === 'identExpr' && (n.exprKind.value as { name: string }).name === 'annotations' && !scope.has('annotations');
  const visit = (node: ExprNode | undefined, scope: ReadonlySet<string>): void => {
    if (!node) return;
    const kind = node.exprKind;
    switch (kind.case) {
      case 'identExpr': {
        const name = (kind.value as { name: string }).name;
        if (!scope.has(name) && (EVENT_VARIABLES as readonly string[]).includes(name)) found.add(name);
        if (name === 'annotations' && !scope.has(name)) wholeAnnotations = true;
        if (FIELD_VARIABLES.has(name) && !scope.has(name)) whole.add(name);
        return;
      }
      case 'selectExpr': {
        const sel = kind.value as { operand?: ExprNode; field: string };
        const op = sel.operand;
        const base = op?.exprKind.case === 'identExpr' ? (op.exprKind.value as { name: string }).name : undefined;
        if (base !== undefined && FIELD_VARIABLES.has(base) && !scope.has(base)) {
          found.add(base);
          let f = selected.get(base);
          if (!f) selected.set(base, (f = new Set()));
          f.add(sel.field);
          return;
        }
        return visit(op, scope);
      }
      case 'callExpr': {
        const call = kind.value as { target?: ExprNode; function: string; args: ExprNode[] };
        const key = call.function === '_[_]' && isAnnotations(call.args[0], scope) ? constString(call.args[1]) : call.function === '@in' && isAnnotations(call.args[1], scope) ? constString(call.args[0]) : undefined;
        if (key !== undefined) {
          found.add('annotations');
          keys.add(key);
          for (const a of call.function === '_[_]' ? call.args.slice(1) : call.args.slice(0, 1)) visit(a, scope);
          return;
        }
        visit(call.target, scope);
        for (const a of call.args) visit(a, scope);
        return;
      }
      case 'listExpr':
        for (const e of (kind.value as { elements: ExprNode[] }).elements) visit(e, scope);
        return;
      case 'structExpr':
        for (const e of (kind.value as { entries: { keyKind: { case: string; value?: unknown }; value?: ExprNode }[] }).entries) {
          if (e.keyKind.case === 'mapKey') visit(e.keyKind.value as ExprNode, scope);
          visit(e.value, scope);
        }
        return;
      case 'comprehensionExpr': {
        const c = kind.value as { iterVar: string; iterVar2?: string; accuVar: string; iterRange?: ExprNode; accuInit?: ExprNode; loopCondition?: ExprNode; loopStep?: ExprNode; result?: ExprNode };
        visit(c.iterRange, scope);
        visit(c.accuInit, scope);
        const inner = new Set([...scope, c.iterVar, c.accuVar, ...(c.iterVar2 ? [c.iterVar2] : [])]);
        visit(c.loopCondition, inner);
        visit(c.loopStep, inner);
        visit(c.result, new Set([...scope, c.accuVar]));
        return;
      }
      default:
        return;
    }
  };
  visit((typeof expr === 'string' ? parse(expr).expr : expr) as unknown as ExprNode, new Set());
  const fields: Record<string, string[]> = {};
  for (const [v, f] of selected) if (!whole.has(v)) fields[v] = [...f].sort();
  return { variables: found, annotationKeys: found.has('annotations') && !wholeAnnotations ? [...keys].sort() : undefined, fields };
}

/** Event variables that are records of a few fields: read field by field, a conjunct is cached by those fields only. */
const FIELD_VARIABLES = new Set(['objectRef', 'responseStatus', 'user', 'impersonatedUser']);

/** A parsed sub-expression (one conjunct of a condition). */
export type ParsedNode = NonNullable<ReturnType<typeof parse>['expr']>;

/**
 * A condition cut at its top-level `&&` into conjuncts, each compiled on its own. The condition
 * holds when every conjunct does: the same as CEL's commutative `&&` when an error counts as false.
 * The engine evaluates cheap, cacheable conjuncts first.
 */
export function compileConjuncts(expr: string): { condition: Condition; node: ParsedNode; key: string }[] {
  const parsed = parseChecked(expr);
  const out: ParsedNode[] = [];
  const flatten = (n: ParsedNode): void => {
    const k = n.exprKind;
    if (k.case === 'callExpr' && k.value.function === '_&&_') for (const a of k.value.args) flatten(a);
    else out.push(n);
  };
  if (parsed.expr) flatten(parsed.expr);
  return out.map((node) => {
    const run = plan(auditCelEnv(), node);
    // the same conjunct in several rules (`!is_control_plane`) is evaluated once per event
    const key = JSON.stringify(node, (k, v: unknown) => (k === 'id' || k === '$typeName' ? undefined : typeof v === 'bigint' ? v.toString() : v));
    return { node, key, condition: (view: Record<string, unknown>) => withoutStacks(run, view) === true };
  });
}

/** Compiles an expression to its value, or undefined on an evaluation error. */
export function compileValue(expr: string): (view: Record<string, unknown>) => unknown {
  const run = plan(auditCelEnv(), parseChecked(expr));
  return (view) => {
    const v = withoutStacks(run, view);
    return isCelError(v) ? undefined : v;
  };
}

type ParsedExpr = ReturnType<typeof parse>;

/**
 * Runs a planned expression without stack traces: CEL returns a missing key as an error value (an
 * Error subclass), and capturing its stack was a tenth of a detect run. Nothing shows those stacks.
 */
function withoutStacks(run: ReturnType<typeof plan>, view: Record<string, unknown>): ReturnType<ReturnType<typeof plan>> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run(view as never);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function parseChecked(expr: string): ParsedExpr {
  let parsed: ParsedExpr;
  try {
    parsed = parse(expr);
  } catch (e) {
    const m = /^<input>:(\d+):(\d+): (.*)$/s.exec((e as Error).message);
    if (m) throw new CelCompileError(m[3], Number(m[1]), Number(m[2]));
    throw new CelCompileError((e as Error).message);
  }
  const problems: string[] = [];
  walk(parsed.expr, new Set(), problems);
  if (problems.length > 0) throw new CelCompileError([...new Set(problems)].join('; '));
  return parsed;
}

/** Type names are identifiers too: `type(requestObject) == list`. */
const KNOWN_VARIABLES = new Set<string>([...EVENT_VARIABLES, 'list', 'map', 'int', 'uint', 'double', 'string', 'bool', 'bytes', 'null_type', 'type']);
/** Operators and macros the planner handles itself, not through the function resolver. */
const BUILTIN_CALL = /^([_@!-].*|has|all|exists|exists_one|map|filter|size|dyn|type|int|uint|double|string|bytes|bool|duration|timestamp)$/;

// the parsed expression is a protobuf message; this walks the parts a condition can name
interface ExprNode {
  exprKind: { case: string | undefined; value?: unknown };
}

function walk(node: ExprNode | undefined, scope: ReadonlySet<string>, problems: string[]): void {
  if (!node) return;
  const kind = node.exprKind;
  switch (kind.case) {
    case 'identExpr': {
      const name = (kind.value as { name: string }).name;
      if (!scope.has(name) && !KNOWN_VARIABLES.has(name)) problems.push(`unknown variable "${name}" (not an event field, list or macro)`);
      return;
    }
    case 'selectExpr':
      return walk((kind.value as { operand?: ExprNode }).operand, scope, problems);
    case 'callExpr': {
      const call = kind.value as { target?: ExprNode; function: string; args: ExprNode[] };
      if (!BUILTIN_CALL.test(call.function) && !auditCelEnv().funcs.find(call.function)) problems.push(`unknown function "${call.function}"`);
      walk(call.target, scope, problems);
      for (const a of call.args) walk(a, scope, problems);
      return;
    }
    case 'listExpr':
      for (const e of (kind.value as { elements: ExprNode[] }).elements) walk(e, scope, problems);
      return;
    case 'structExpr':
      for (const e of (kind.value as { entries: { keyKind: { case: string; value?: unknown }; value?: ExprNode }[] }).entries) {
        if (e.keyKind.case === 'mapKey') walk(e.keyKind.value as ExprNode, scope, problems);
        walk(e.value, scope, problems);
      }
      return;
    case 'comprehensionExpr': {
      const c = kind.value as { iterVar: string; iterVar2?: string; accuVar: string; iterRange?: ExprNode; accuInit?: ExprNode; loopCondition?: ExprNode; loopStep?: ExprNode; result?: ExprNode };
      walk(c.iterRange, scope, problems);
      walk(c.accuInit, scope, problems);
      const inner = new Set([...scope, c.iterVar, c.accuVar, ...(c.iterVar2 ? [c.iterVar2] : [])]);
      walk(c.loopCondition, inner, problems);
      walk(c.loopStep, inner, problems);
      walk(c.result, new Set([...scope, c.accuVar]), problems);
      return;
    }
    default:
      return;
  }
}
