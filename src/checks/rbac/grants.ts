/**
 * What the risky-grant checks share: finding the grants that allow a permission (through the RBAC
 * analysis's index), their blast radius, and one finding per binding and rule that names the
 * subjects, the binding, the role and the rule.
 */
import type { CheckContext } from '../check.js';
import type { OptionSpec } from '../options.js';
import { SEVERITIES, type Severity } from '../../findings/finding.js';
import type { Inventory } from '../../inventory/inventory.js';
import { apiResource } from '../../k8s/api-resources.js';
import { isAdminRule, rbacAnalysis, ruleEvidence, describeBinding, describeRole, describeSubject, type BindingSubject, type Grant, type Permission, type RbacAnalysis, type RbacBinding, type RbacRole } from '../../analysis/rbac/index.js';

/** Where a grant applies: everywhere (a ClusterRoleBinding), in kube-system, or in one other namespace. */
export type BlastRadius = 'cluster' | 'kube-system' | 'namespace';

export type ScopeSeverity = Readonly<Record<BlastRadius, Severity | 'off'>>;

/** The option every risky-grant check has: its severity by blast radius (`off` reports nothing there). */
export function severityByScope(defaults: ScopeSeverity, what: string): OptionSpec<ScopeSeverity> {
  return {
    description: `Severity of ${what}, by where the grant applies: cluster (a ClusterRoleBinding: every namespace and cluster-scoped resources), kube-system (a RoleBinding there), namespace (a RoleBinding elsewhere); "off" reports nothing there.`,
    default: defaults,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['cluster', 'kube-system', 'namespace'],
      properties: Object.fromEntries(['cluster', 'kube-system', 'namespace'].map((k) => [k, { enum: [...SEVERITIES, 'off'] }])),
    },
  };
}

export function rbac(ctx: CheckContext): RbacAnalysis {
  return ctx.inventory.analysis(rbacAnalysis, undefined);
}

/** RBAC checks apply when the input holds bindings. */
export function hasBindings(inventory: Inventory): boolean {
  return inventory.ofKind('RoleBinding').length + inventory.ofKind('ClusterRoleBinding').length > 0;
}

export function blastRadius(grant: Grant): BlastRadius {
  if (grant.namespace === undefined) return 'cluster';
  return grant.namespace === 'kube-system' ? 'kube-system' : 'namespace';
}

/** One step less severe: for grants narrowed to named objects. */
export function lower(s: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.indexOf(s) + 1, SEVERITIES.length - 1)];
}

/**
 * Whether a RoleBinding can grant this permission at all: a cluster-scoped resource (nodes,
 * persistentvolumes, webhook configurations...) is never requested in a namespace, so only
 * ClusterRoleBindings grant it. The exception is `namespaces`: a request on a Namespace object is
 * in that namespace.
 */
export function effectiveIn(grant: Grant, p: Permission): boolean {
  if (grant.namespace === undefined) return true;
  if (p.resource === 'namespaces' && p.apiGroup === '') return true;
  const known = apiResource(p.resource);
  return !(known && known.group === p.apiGroup && !known.namespaced);
}

/**
 * A role with a rule for every verb on every resource: everything it allows is reported once, by
 * rbac.cluster-admin-binding, not again by each risky-grant check.
 */
export function adminRole(grant: Grant): boolean {
  return adminRoleOf(grant.role);
}

function adminRoleOf(role: RbacRole): boolean {
  let admin = ADMIN_ROLES.get(role);
  if (admin === undefined) ADMIN_ROLES.set(role, (admin = role.rules.some((r) => isAdminRule(r.rule))));
  return admin;
}

const ADMIN_ROLES = new WeakMap<Grant['role'], boolean>();

/** How one rule of a role allows one permission: the same for every binding of the role. */
export interface RuleMatch {
  readonly ruleIndex: number;
  /** The requested verbs the rule allows. */
  readonly verbs: readonly string[];
  /** Empty when the rule covers every object; otherwise only these names. */
  readonly resourceNames: readonly string[];
  readonly permission: Permission;
}

/**
 * Matches of any of the permissions, grouped by grant, keeping only grants with reportable subjects
 * and effect. Rules are matched once per role (through the analysis's index), then handed to each
 * binding of the role: thousands of bindings share `edit` or `admin`.
 */
export function matchingGrants(analysis: RbacAnalysis, permissions: readonly Permission[]): Map<Grant, RuleMatch[]> {
  const byRole = new Map<RbacRole, Map<number, RuleMatch[]>>();
  for (const p of permissions) {
    for (const { roleRule, verbs } of analysis.roleRulesAllowing(p)) {
      if (adminRoleOf(roleRule.role)) continue;
      const resourceNames = roleRule.rule.rule.resourceNames;
      // creating an object is a request without a name: a rule limited to names cannot allow it (a
      // subresource of a named object, pods/NAME/exec, has one)
      if (resourceNames.length > 0 && !p.subresource && verbs.every((v) => v === 'create')) continue;
      let rules = byRole.get(roleRule.role);
      if (!rules) byRole.set(roleRule.role, (rules = new Map()));
      let list = rules.get(roleRule.ruleIndex);
      if (!list) rules.set(roleRule.ruleIndex, (list = []));
      list.push({ ruleIndex: roleRule.ruleIndex, verbs, resourceNames, permission: p });
    }
  }
  const out = new Map<Grant, RuleMatch[]>();
  const world = analysis.world;
  for (const [role, rules] of byRole) {
    for (const binding of world.bindingsOf(role)) {
      for (const [ruleIndex, matches] of rules) {
        const grant = world.grant(binding, ruleIndex)!;
        if (grant.reportable.length === 0) continue;
        const effective = grant.namespace === undefined ? matches : matches.filter((m) => effectiveIn(grant, m.permission));
        if (effective.length > 0) out.set(grant, effective);
      }
    }
  }
  return out;
}

export function subjectList(subjects: readonly BindingSubject[]): string {
  let text = SUBJECT_LISTS.get(subjects);
  if (text === undefined) {
    const shown = subjects.slice(0, 3).map(describeSubject).join(', ');
    SUBJECT_LISTS.set(subjects, (text = subjects.length > 3 ? `${shown} and ${subjects.length - 3} more` : shown));
  }
  return text;
}

/** A binding's subject lists are the same arrays in every check that reports it: their text, once. */
const SUBJECT_LISTS = new WeakMap<readonly BindingSubject[], string>();

export function scopeText(grant: Grant): string {
  return grant.namespace === undefined ? 'cluster-wide' : `in namespace ${grant.namespace}`;
}

/** `ClusterRole "ops-superuser" rule 3`, or for an aggregated rule where it comes from. */
export function ruleText(grant: Grant): string {
  return rulesText([grant]);
}

/**
 * `ClusterRole "edit" rules 3, 5 (aggregated from ClusterRole "system:aggregate-to-edit")`: the rules
 * of one binding's role that a finding is about, numbered as written in the role that wrote them.
 */
export function rulesText(grants: readonly Grant[]): string {
  const role = grants[0].role;
  const byOrigin = new Map<RbacRole, number[]>();
  for (const g of grants) byOrigin.set(g.rule.origin, [...(byOrigin.get(g.rule.origin) ?? []), g.rule.index + 1]);
  const parts = [...byOrigin].map(([origin, numbers]) => {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    const list = sorted.length > 6 ? `${sorted.length} rules` : `${sorted.length === 1 ? 'rule' : 'rules'} ${sorted.join(', ')}`;
    return origin === role ? list : `${list} of ${describeRole(origin)}`;
  });
  const aggregated = [...byOrigin.keys()].some((o) => o !== role);
  return `${describeRole(role)} ${aggregated ? `(aggregated: ${parts.join('; ')})` : parts.join('; ')}`;
}

/** `get, list secrets`, `create pods; create, update, patch deployments, jobs`: verbs, then the resources they apply to. */
export function permissionText(matches: readonly RuleMatch[]): string {
  const byVerbs = new Map<string, Set<string>>();
  for (const m of matches) {
    const p = m.permission;
    const verbs = m.verbs.join(', ');
    let resources = byVerbs.get(verbs);
    if (!resources) byVerbs.set(verbs, (resources = new Set()));
    resources.add(`${p.resource}${p.subresource ? `/${p.subresource}` : ''}`);
  }
  return [...byVerbs].map(([verbs, resources]) => `${verbs} ${[...resources].join(', ')}`).join('; ');
}

const ref = (x: { kind: string; namespace?: string; name: string }) => (x.namespace !== undefined && (x.kind === 'Role' || x.kind === 'RoleBinding') ? { kind: x.kind, namespace: x.namespace, name: x.name } : { kind: x.kind, name: x.name });

/** A rule as evidence: the role that wrote it, its index there (`rules[index]`), its lists; `builtin` when the role is Kubernetes' and not in the input. */
export function ruleRefEvidence(grant: Grant): Record<string, unknown> {
  let evidence = RULE_EVIDENCE.get(grant.rule);
  if (!evidence) {
    const origin = grant.rule.origin;
    evidence = { ...ref(origin), index: grant.rule.index, ...ruleEvidence(grant.rule.rule), ...(origin.object ? {} : { builtin: true }) };
    RULE_EVIDENCE.set(grant.rule, evidence);
  }
  return evidence;
}

/** A rule's evidence is the same in every finding that names it: built once (thousands of bindings share a role). */
const RULE_EVIDENCE = new WeakMap<Grant['rule'], Record<string, unknown>>();

/** Plain references for evidence: no objects, no cycles. */
export function grantEvidence(grants: Grant | readonly Grant[], subjects?: readonly BindingSubject[]): Record<string, unknown> {
  const list = Array.isArray(grants) ? (grants as readonly Grant[]) : [grants as Grant];
  const first = list[0];
  const who = subjects ?? first.reportable;
  return {
    subjects: who.map((s) => (s.kind === 'ServiceAccount' ? { kind: s.kind, namespace: s.namespace, name: s.name } : { kind: s.kind, name: s.name })),
    binding: ref(first.binding),
    role: ref(first.role),
    rules: list.map(ruleRefEvidence),
    scope: first.namespace === undefined ? 'cluster-wide' : first.namespace,
  };
}


/** A fingerprint detail for a finding on a binding: the role it binds (the binding is the finding's resource). */
export function grantKey(grant: Grant): string {
  return `${grant.role.kind}/${grant.role.name}`;
}

export interface GrantCheckSpec {
  readonly permissions: readonly Permission[];
  readonly severity: ScopeSeverity;
  /** What holding it lets one do, for the message: "read every Secret", "run pods". */
  readonly consequence: (grant: Grant, matches: readonly RuleMatch[]) => string;
  /** Overrides the scope severity for a grant (e.g. narrower with resourceNames); undefined keeps it. */
  readonly adjust?: (severity: Severity, grant: Grant, matches: readonly RuleMatch[]) => Severity | 'off';
}

/** Reports every binding that grants one of the permissions, once, naming the rules that do, at its blast radius. */
export function reportGrants(ctx: CheckContext, spec: GrantCheckSpec): void {
  const byBinding = new Map<RbacBinding, { grant: Grant; matches: RuleMatch[]; severity: Severity }[]>();
  for (const [grant, matches] of matchingGrants(rbac(ctx), spec.permissions)) {
    const base = spec.severity[blastRadius(grant)];
    if (base === 'off') continue;
    const severity = spec.adjust ? spec.adjust(base, grant, matches) : base;
    if (severity === 'off') continue;
    let list = byBinding.get(grant.binding);
    if (!list) byBinding.set(grant.binding, (list = []));
    list.push({ grant, matches, severity });
  }
  // What a finding says about the role (permissions, names, rules, verbs) is the same for every binding
  // of that role with the same matches: thousands of bindings share `edit` or `admin`.
  const roleTexts = new Map<string, { what: string; rules: string; verbs: string[]; names: string[] }>();
  const permissionIndex = new Map(spec.permissions.map((p, i) => [p, i]));
  for (const [binding, found] of byBinding) {
    const grants = found.map((f) => f.grant);
    const matches = found.flatMap((f) => f.matches);
    const severity = found.map((f) => f.severity).reduce((a, b) => (SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b));
    const first = grants[0];
    const key = `${grants.map((g) => g.ruleIndex).join(',')}|${matches.map((m) => `${permissionIndex.get(m.permission)}:${m.ruleIndex}`).join(',')}`;
    const roleKey = `${first.role.kind}/${first.role.namespace ?? ''}/${first.role.name}\n${key}`;
    let text = roleTexts.get(roleKey);
    if (!text) {
      const names = [...new Set(matches.flatMap((m) => m.resourceNames))];
      text = {
        what: `${permissionText(matches)}${names.length ? ` named ${names.map((n) => `"${n}"`).join(', ')}` : ''}`,
        rules: rulesText(grants),
        verbs: [...new Set(matches.flatMap((m) => m.verbs))],
        names,
      };
      roleTexts.set(roleKey, text);
    }
    ctx.report({
      object: binding.object,
      pointer: '/roleRef',
      key: grantKey(first),
      severity,
      message: `${describeBinding(binding)} lets ${subjectList(first.reportable)} ${text.what} ${scopeText(first)} (${text.rules}): ${spec.consequence(first, matches)}`,
      evidence: { ...grantEvidence(grants), verbs: text.verbs, ...(text.names.length && { resourceNames: text.names }) },
    });
  }
}
