import { BlockList, isIP } from 'node:net';
import { celEnv, celFunc, CelScalar, listType, parse, plan, isCelError, isCelList } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
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
];
/** `ns/name`, `name` (cluster-scoped), `namespace ns` (a collection) or `all namespaces`. */
export function targetOf(ref) {
    if (!ref?.resource)
        return '';
    if (ref.name)
        return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
    return ref.namespace ? `namespace ${ref.namespace}` : 'all namespaces';
}
const EMPTY_USER = { username: '', uid: '', groups: [], extra: {} };
const NO_OBJECT = {};
const KIND_OF_RESOURCE = {
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
export function podSpecOf(obj, resource) {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
        return undefined;
    const o = obj;
    // a merge patch carries no kind: the resource says what it patches
    const kind = o.kind ?? (resource !== undefined ? KIND_OF_RESOURCE[resource] : undefined);
    switch (kind) {
        case 'Pod':
            return o.spec;
        case 'PodTemplate':
            return o.template?.spec;
        case 'CronJob':
            return (o.spec?.jobTemplate?.spec?.template?.spec) ?? undefined;
        case 'Deployment':
        case 'ReplicaSet':
        case 'StatefulSet':
        case 'DaemonSet':
        case 'Job':
        case 'ReplicationController':
            return o.spec?.template?.spec;
        default:
            return undefined;
    }
}
/**
 * The object a request is about: the response (what was stored, complete even for a patch) when
 * the log has it and it is not a Status, else the request body.
 */
export function objectOf(e) {
    const resp = e.responseObject;
    if (resp && typeof resp === 'object' && resp.kind !== undefined && resp.kind !== 'Status')
        return resp;
    const req = e.requestObject;
    if (req && typeof req === 'object' && !Array.isArray(req))
        return req;
    return undefined;
}
function containersOf(spec) {
    if (!spec)
        return [];
    const out = [];
    for (const key of ['initContainers', 'containers', 'ephemeralContainers']) {
        const list = spec[key];
        if (Array.isArray(list))
            for (const c of list)
                if (c && typeof c === 'object')
                    out.push(c);
    }
    return out;
}
/** The activation a condition is evaluated against; built once per event, only when some rule needs it. */
export function eventView(e) {
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
const blockLists = new Map();
function blockListFor(cidrs) {
    const key = cidrs.join(',');
    let bl = blockLists.get(key);
    if (!bl) {
        bl = new BlockList();
        for (const c of cidrs) {
            const [addr, bits] = c.split('/');
            const family = isIP(addr);
            if (family === 0)
                continue;
            const type = family === 4 ? 'ipv4' : 'ipv6';
            if (bits === undefined)
                bl.addAddress(addr, type);
            else
                bl.addSubnet(addr, Number(bits), type);
        }
        if (blockLists.size > 1000)
            blockLists.clear();
        blockLists.set(key, bl);
    }
    return bl;
}
/** True when `cidr` is an IPv4 or IPv6 address or prefix. */
export function isCidr(cidr) {
    const [addr, bits, extra] = cidr.split('/');
    const family = isIP(addr);
    if (family === 0 || extra !== undefined)
        return false;
    if (bits === undefined)
        return true;
    const n = Number(bits);
    return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}
/** True when `ip` is inside one of `cidrs` (IPv4-mapped IPv6 addresses count as IPv4). */
export function ipInCidrs(ip, cidrs) {
    let addr = ip;
    if (addr.startsWith('::ffff:') && isIP(addr.slice(7)) === 4)
        addr = addr.slice(7);
    const family = isIP(addr);
    if (family === 0)
        return false;
    return blockListFor(cidrs).check(addr, family === 4 ? 'ipv4' : 'ipv6');
}
function toStrings(v) {
    const out = [];
    if (isCelList(v))
        for (const x of v)
            if (typeof x === 'string')
                out.push(x);
    return out;
}
/** `registry.example.com/team/app` for `registry.example.com/team/app:1.2@sha256:...`. */
export function imageRepository(image) {
    let s = image;
    const at = s.indexOf('@');
    if (at !== -1)
        s = s.slice(0, at);
    const slash = s.lastIndexOf('/');
    const colon = s.lastIndexOf(':');
    if (colon > slash)
        s = s.slice(0, colon);
    return s;
}
/** Functions Rampart adds to CEL; documented in the README's rule-writing section. */
const RAMPART_FUNCS = [
    /** `inCidrs(ip, ["10.0.0.0/8", "fd00::/8"])` */
    celFunc('inCidrs', [CelScalar.STRING, listType(CelScalar.STRING)], CelScalar.BOOL, (ip, cidrs) => ipInCidrs(ip, toStrings(cidrs))),
    /** `imageRepository("nginx:1.25")` is `nginx` */
    celFunc('imageRepository', [CelScalar.STRING], CelScalar.STRING, (image) => imageRepository(image)),
];
let env;
export function auditCelEnv() {
    env ??= celEnv({ funcs: [...strings, ...RAMPART_FUNCS] });
    return env;
}
/** A CEL error at compile time: the position is within the expression. */
export class CelCompileError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
/**
 * Compiles a condition. An evaluation error (a missing key in a request object, a type mismatch)
 * means "does not match", as a missing field does in Falco.
 */
export function compileCondition(expr) {
    const parsed = parseChecked(expr);
    const run = plan(auditCelEnv(), parsed);
    return (view) => run(view) === true;
}
/** Compiles an expression to its value, or undefined on an evaluation error. */
export function compileValue(expr) {
    const run = plan(auditCelEnv(), parseChecked(expr));
    return (view) => {
        const v = run(view);
        return isCelError(v) ? undefined : v;
    };
}
function parseChecked(expr) {
    let parsed;
    try {
        parsed = parse(expr);
    }
    catch (e) {
        const m = /^<input>:(\d+):(\d+): (.*)$/s.exec(e.message);
        if (m)
            throw new CelCompileError(m[3], Number(m[1]), Number(m[2]));
        throw new CelCompileError(e.message);
    }
    const problems = [];
    walk(parsed.expr, new Set(), problems);
    if (problems.length > 0)
        throw new CelCompileError([...new Set(problems)].join('; '));
    return parsed;
}
/** Type names are identifiers too: `type(requestObject) == list`. */
const KNOWN_VARIABLES = new Set([...EVENT_VARIABLES, 'list', 'map', 'int', 'uint', 'double', 'string', 'bool', 'bytes', 'null_type', 'type']);
/** Operators and macros the planner handles itself, not through the function resolver. */
const BUILTIN_CALL = /^([_@!-].*|has|all|exists|exists_one|map|filter|size|dyn|type|int|uint|double|string|bytes|bool|duration|timestamp)$/;
function walk(node, scope, problems) {
    if (!node)
        return;
    const kind = node.exprKind;
    switch (kind.case) {
        case 'identExpr': {
            const name = kind.value.name;
            if (!scope.has(name) && !KNOWN_VARIABLES.has(name))
                problems.push(`unknown variable "${name}" (not an event field, list or macro)`);
            return;
        }
        case 'selectExpr':
            return walk(kind.value.operand, scope, problems);
        case 'callExpr': {
            const call = kind.value;
            if (!BUILTIN_CALL.test(call.function) && !auditCelEnv().funcs.find(call.function))
                problems.push(`unknown function "${call.function}"`);
            walk(call.target, scope, problems);
            for (const a of call.args)
                walk(a, scope, problems);
            return;
        }
        case 'listExpr':
            for (const e of kind.value.elements)
                walk(e, scope, problems);
            return;
        case 'structExpr':
            for (const e of kind.value.entries) {
                if (e.keyKind.case === 'mapKey')
                    walk(e.keyKind.value, scope, problems);
                walk(e.value, scope, problems);
            }
            return;
        case 'comprehensionExpr': {
            const c = kind.value;
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
//# sourceMappingURL=cel.js.map