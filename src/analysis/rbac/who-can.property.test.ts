/**
 * Property test: who-can and the authorizer agree with a brute-force evaluation written
 * independently here (plain loops over every binding and every subject, no index), over randomly
 * generated RBAC worlds with wildcards, subresources, resourceNames, non-resource URLs, aggregation,
 * missing roles, service accounts with and without namespaces, and groups.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { RbacWorld } from './world.js';
import { whoCan } from './queries.js';
import { ANONYMOUS_USER, namedUser, serviceAccountUser, type UserInfo } from './users.js';
import type { Request } from './rules.js';

type Json = Record<string, unknown>;
interface Rule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMESPACES = ['a', 'b', 'c'];
const VERBS = ['get', 'list', 'create', 'delete', 'patch', 'escalate', '*'];
const GROUPS = ['', 'apps', 'rbac.authorization.k8s.io', '*'];
const RESOURCES = ['pods', 'pods/exec', 'pods/*', 'secrets', 'deployments', 'deployments/scale', '*/scale', '*', 'namespaces', 'roles'];
const NAMES = ['x', 'y'];
const URLS = ['/healthz', '/healthz/*', '/api*', '*', '/metrics'];
const USERS = ['alice', 'bob', 'system:serviceaccount:a:sa0'];
const GROUP_SUBJECTS = ['devs', 'ops', 'system:authenticated', 'system:unauthenticated', 'system:serviceaccounts', 'system:serviceaccounts:a', 'system:serviceaccounts:b'];
const SAS = ['sa0', 'sa1', 'default'];

function generate(seed: number): Json[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const some = <T>(xs: readonly T[], max = 2): T[] => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(xs)))];
  const rule = (): Rule =>
    r() < 0.15 ? { verbs: some(VERBS), nonResourceURLs: some(URLS) } : { verbs: some(VERBS), apiGroups: some(GROUPS), resources: some(RESOURCES, 3), ...(r() < 0.25 && { resourceNames: some(NAMES) }) };
  const objects: Json[] = [];
  const clusterRoles = Array.from({ length: 2 + Math.floor(r() * 4) }, (_, i) => `cr${i}`);
  for (const name of clusterRoles) {
    const labels = r() < 0.5 ? { agg: pick(['x', 'y']) } : {};
    const aggregated = r() < 0.2;
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name, labels },
      ...(aggregated && { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { agg: pick(['x', 'y']) } }] } }),
      rules: Array.from({ length: Math.floor(r() * 3) }, rule),
    });
  }
  const roles: [string, string][] = [];
  for (const ns of NAMESPACES) {
    for (let i = 0; i < Math.floor(r() * 3); i++) {
      roles.push([ns, `role${i}`]);
      objects.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: `role${i}`, namespace: ns }, rules: Array.from({ length: 1 + Math.floor(r() * 2) }, rule) });
    }
  }
  const subject = (): Json => {
    const k = r();
    if (k < 0.3) return { kind: 'User', name: pick(USERS) };
    if (k < 0.6) return { kind: 'Group', name: pick(GROUP_SUBJECTS) };
    if (k < 0.95) return r() < 0.3 ? { kind: 'ServiceAccount', name: pick(SAS) } : { kind: 'ServiceAccount', name: pick(SAS), namespace: pick(NAMESPACES) };
    return { kind: 'Robot', name: 'r2' };
  };
  const roleRef = (namespaced: boolean): Json => {
    const k = r();
    if (namespaced && k < 0.35) return { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `role${Math.floor(r() * 3)}` };
    if (k < 0.9) return { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: pick([...clusterRoles, 'missing']) };
    return { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'role0' };
  };
  for (let i = 0; i < 2 + Math.floor(r() * 4); i++) {
    objects.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: `crb${i}` }, roleRef: roleRef(false), subjects: Array.from({ length: 1 + Math.floor(r() * 3) }, subject) });
  }
  for (const ns of NAMESPACES) {
    for (let i = 0; i < Math.floor(r() * 4); i++) {
      objects.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: `rb${i}`, namespace: ns }, roleRef: roleRef(true), subjects: Array.from({ length: 1 + Math.floor(r() * 3) }, subject) });
    }
  }
  return objects;
}

function requests(seed: number): Request[] {
  const r = mulberry32(seed * 7919 + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: 40 }, (): Request => {
    if (r() < 0.15) return { resourceRequest: false, verb: pick(['get', 'post']), path: pick(['/healthz', '/healthz/etcd', '/apis/apps', '/api', '/metrics', '/version']) };
    const [resource, subresource] = pick(['pods', 'pods/exec', 'secrets', 'deployments', 'deployments/scale', 'pods/*', 'namespaces', 'roles', 'nodes']).split('/');
    return {
      resourceRequest: true,
      verb: pick(['get', 'list', 'create', 'delete', 'patch', 'escalate', 'watch']),
      apiGroup: pick(['', 'apps', 'rbac.authorization.k8s.io']),
      resource,
      subresource: subresource ?? '',
      name: pick(['', 'x', 'y', 'z']),
      namespace: pick(['', 'a', 'b', 'c']),
    };
  });
}

// ---- the brute-force evaluator: Kubernetes' rules restated directly over the raw objects ----

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function allows(req: Request, rule: Json): boolean {
  const verbs = list(rule.verbs);
  if (!verbs.includes('*') && !verbs.includes(req.verb)) return false;
  if (!req.resourceRequest) {
    return list(rule.nonResourceURLs).some((u) => u === '*' || u === req.path || (u.endsWith('*') && req.path.startsWith(u.replace(/\*+$/, ''))));
  }
  const groups = list(rule.apiGroups);
  if (!groups.includes('*') && !groups.includes(req.apiGroup)) return false;
  const sub = req.subresource ?? '';
  const combined = sub ? `${req.resource}/${sub}` : req.resource;
  const resources = list(rule.resources);
  if (!resources.some((x) => x === '*' || x === combined || (sub !== '' && x === `*/${sub}`))) return false;
  const names = list(rule.resourceNames);
  return names.length === 0 || names.includes(req.name ?? '');
}

function ruleSets(objects: Json[]): (kind: string, ns: string, name: string) => Json[] | undefined {
  const meta = (o: Json) => o.metadata as { name: string; namespace?: string; labels?: Record<string, string> };
  const clusterRoles = objects.filter((o) => o.kind === 'ClusterRole').sort((x, y) => (meta(x).name < meta(y).name ? -1 : 1));
  const rules = new Map<string, Json[]>();
  for (const o of clusterRoles) rules.set(meta(o).name, o.aggregationRule ? [] : ((o.rules as Json[]) ?? []));
  for (let i = 0; i <= clusterRoles.length; i++) {
    for (const o of clusterRoles) {
      if (!o.aggregationRule) continue;
      const want = ((o.aggregationRule as Json).clusterRoleSelectors as { matchLabels: Record<string, string> }[])[0].matchLabels;
      const union: Json[] = [];
      for (const other of clusterRoles) {
        if (other === o || Object.entries(want).some(([k, v]) => meta(other).labels?.[k] !== v)) continue;
        for (const rule of rules.get(meta(other).name)!) if (!union.some((u) => JSON.stringify(u) === JSON.stringify(rule))) union.push(rule);
      }
      rules.set(meta(o).name, union);
    }
  }
  return (kind, ns, name) => {
    if (kind === 'ClusterRole') return rules.get(name);
    if (kind !== 'Role' || ns === '') return undefined;
    const role = objects.find((o) => o.kind === 'Role' && meta(o).namespace === ns && meta(o).name === name);
    return role ? (role.rules as Json[]) : undefined;
  };
}

interface Entry {
  kind: string;
  name: string;
  namespace?: string;
  grants: string[];
}

function bruteWhoCan(objects: Json[], req: Request): Entry[] {
  const rulesOf = ruleSets(objects);
  const ns = req.resourceRequest ? (req.namespace ?? '') : '';
  const out = new Map<string, Entry>();
  for (const b of objects) {
    if (b.kind !== 'ClusterRoleBinding' && b.kind !== 'RoleBinding') continue;
    const m = b.metadata as { name: string; namespace?: string };
    if (b.kind === 'RoleBinding' && m.namespace !== ns) continue;
    const ref = b.roleRef as { kind: string; name: string };
    const rules = rulesOf(ref.kind, b.kind === 'RoleBinding' ? m.namespace! : '', ref.name);
    if (!rules || !rules.some((rule) => allows(req, rule))) continue;
    for (const s of b.subjects as { kind: string; name: string; namespace?: string }[]) {
      if (!['User', 'Group', 'ServiceAccount'].includes(s.kind)) continue;
      const saNs = s.kind === 'ServiceAccount' ? s.namespace || (b.kind === 'RoleBinding' ? m.namespace : undefined) : undefined;
      if (s.kind === 'ServiceAccount' && !saNs) continue;
      const key = `${s.kind}|${saNs ?? ''}|${s.name}`;
      const entry = out.get(key) ?? { kind: s.kind, name: s.name, ...(saNs && { namespace: saNs }), grants: [] };
      const grant = `${b.kind}/${m.namespace ?? ''}/${m.name}`;
      if (!entry.grants.includes(grant)) entry.grants.push(grant);
      out.set(key, entry);
    }
  }
  return [...out.values()].map((e) => ({ ...e, grants: e.grants.sort() })).sort((x, y) => (`${x.kind}|${x.namespace ?? ''}|${x.name}` < `${y.kind}|${y.namespace ?? ''}|${y.name}` ? -1 : 1));
}

function bruteAuthorize(objects: Json[], user: UserInfo, req: Request): boolean {
  if (user.groups.includes('system:masters')) return true;
  const rulesOf = ruleSets(objects);
  const ns = req.resourceRequest ? (req.namespace ?? '') : '';
  return objects.some((b) => {
    if (b.kind !== 'ClusterRoleBinding' && b.kind !== 'RoleBinding') return false;
    const m = b.metadata as { name: string; namespace?: string };
    if (b.kind === 'RoleBinding' && m.namespace !== ns) return false;
    const applies = (b.subjects as { kind: string; name: string; namespace?: string }[]).some((s) => {
      if (s.kind === 'User') return user.name === s.name;
      if (s.kind === 'Group') return user.groups.includes(s.name);
      if (s.kind === 'ServiceAccount') {
        const saNs = s.namespace || (b.kind === 'RoleBinding' ? m.namespace : '');
        return Boolean(saNs) && user.name === `system:serviceaccount:${saNs}:${s.name}`;
      }
      return false;
    });
    if (!applies) return false;
    const ref = b.roleRef as { kind: string; name: string };
    return (rulesOf(ref.kind, b.kind === 'RoleBinding' ? m.namespace! : '', ref.name) ?? []).some((rule) => allows(req, rule));
  });
}

function engineWhoCan(world: RbacWorld, req: Request): Entry[] {
  const out = new Map<string, Entry>();
  for (const { binding, subject } of world.whoCan(req)) {
    const key = `${subject.kind}|${subject.namespace ?? ''}|${subject.name}`;
    const entry = out.get(key) ?? { kind: subject.kind, name: subject.name, ...(subject.namespace && { namespace: subject.namespace }), grants: [] };
    const grant = `${binding.kind}/${binding.namespace ?? ''}/${binding.name}`;
    if (!entry.grants.includes(grant)) entry.grants.push(grant);
    out.set(key, entry);
  }
  return [...out.values()].map((e) => ({ ...e, grants: e.grants.sort() })).sort((x, y) => (`${x.kind}|${x.namespace ?? ''}|${x.name}` < `${y.kind}|${y.namespace ?? ''}|${y.name}` ? -1 : 1));
}

describe('who-can and the authorizer against a brute-force evaluation of generated worlds', () => {
  const WORLDS = 300;
  it(`${WORLDS} worlds × 40 requests: who-can lists exactly the subjects (as written) and grants the brute force finds`, () => {
    let nonEmpty = 0;
    for (let seed = 1; seed <= WORLDS; seed++) {
      const objects = generate(seed);
      const world = new RbacWorld(loadText(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }), 'world.json'), { assumeBuiltinRoles: false });
      for (const req of requests(seed)) {
        const expected = bruteWhoCan(objects, req);
        if (expected.length > 0) nonEmpty++;
        assert.deepEqual(engineWhoCan(world, req), expected, `seed ${seed}, request ${JSON.stringify(req)}`);
      }
    }
    assert.ok(nonEmpty > WORLDS * 2, `the generated worlds must grant something often (${nonEmpty} non-empty answers)`);
  });

  it(`${WORLDS} worlds × 40 requests: the \`rbac who-can -o json\` document (queries.whoCan) is the brute force's, role references included`, () => {
    for (let seed = 1; seed <= WORLDS; seed++) {
      const objects = generate(seed);
      const world = new RbacWorld(loadText(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }), 'world.json'), { assumeBuiltinRoles: false });
      const roleOf = new Map(objects.filter((o) => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding').map((b) => {
        const m = b.metadata as { name: string; namespace?: string };
        const ref = b.roleRef as { kind: string; name: string };
        return [`${b.kind}/${m.namespace ?? ''}/${m.name}`, `${ref.kind}/${ref.kind === 'Role' ? m.namespace : ''}/${ref.name}`];
      }));
      for (const req of requests(seed)) {
        const expected = bruteWhoCan(objects, req).map((e) => ({ ...e, grants: e.grants.map((g) => `${g} -> ${roleOf.get(g)}`) }));
        const doc = JSON.parse(JSON.stringify(whoCan(world, req))) as { subjects: { kind: string; name: string; namespace?: string; grants: { binding: { kind: string; namespace?: string; name: string }; role: { kind: string; namespace?: string; name: string } }[] }[] };
        for (const s of doc.subjects) assert.deepEqual(Object.keys(s), s.kind === 'ServiceAccount' ? ['kind', 'name', 'namespace', 'grants'] : ['kind', 'name', 'grants']);
        const actual = doc.subjects
          .map((s) => ({ kind: s.kind, name: s.name, ...(s.namespace !== undefined && { namespace: s.namespace }), grants: s.grants.map((g) => `${g.binding.kind}/${g.binding.namespace ?? ''}/${g.binding.name} -> ${g.role.kind}/${g.role.namespace ?? ''}/${g.role.name}`).sort() }))
          .sort((x, y) => (`${x.kind}|${x.namespace ?? ''}|${x.name}` < `${y.kind}|${y.namespace ?? ''}|${y.name}` ? -1 : 1));
        assert.deepEqual(actual, expected, `seed ${seed}, request ${JSON.stringify(req)}`);
      }
    }
  });

  it(`${WORLDS} worlds: the authorizer decides every user, service account and anonymous request as the brute force does`, () => {
    let allowed = 0;
    for (let seed = 1; seed <= WORLDS; seed++) {
      const objects = generate(seed);
      const world = new RbacWorld(loadText(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }), 'world.json'), { assumeBuiltinRoles: false });
      const users: UserInfo[] = [
        ANONYMOUS_USER,
        namedUser('alice'),
        namedUser('bob', ['devs']),
        namedUser('carol', ['ops', 'devs']),
        ...NAMESPACES.flatMap((ns) => SAS.map((sa) => serviceAccountUser(ns, sa))),
      ];
      for (const req of requests(seed)) {
        for (const user of users) {
          const expected = bruteAuthorize(objects, user, req);
          if (expected) allowed++;
          assert.equal(world.authorize(user, req).allowed, expected, `seed ${seed}, user ${JSON.stringify(user)}, request ${JSON.stringify(req)}`);
        }
      }
    }
    assert.ok(allowed > WORLDS * 10, `requests must be allowed often enough to mean something (${allowed})`);
  });
});
