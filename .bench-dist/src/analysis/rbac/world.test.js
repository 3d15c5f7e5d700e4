import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { yaml } from '../../checks/testing.js';
import { RbacWorld } from './world.js';
import { ANONYMOUS_USER, groupMember, namedUser, serviceAccountUser } from './users.js';
function world(text, options) {
    const inventory = loadText(text, 'rbac.yaml');
    assert.deepEqual(inventory.diagnostics, []);
    return new RbacWorld(inventory, options);
}
const req = (verb, resource, namespace, extra = {}) => ({
    resourceRequest: true,
    verb,
    resource,
    namespace,
    apiGroup: extra.apiGroup ?? '',
    subresource: extra.subresource,
    name: extra.name,
});
const can = (w, user, r) => w.authorize(user, r).allowed;
const who = (w, r) => w.whoCan(r).map((g) => `${g.subject.kind}:${g.subject.namespace ? g.subject.namespace + '/' : ''}${g.subject.name}@${g.binding.kind}/${g.binding.name}`).sort();
const READER = yaml `
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata: {name: secret-reader}
  rules:
  - {apiGroups: [""], resources: [secrets], verbs: [get, list]}
  - {nonResourceURLs: ["/metrics"], verbs: [get]}
  ---
`;
describe('RBAC authorizer: bindings and scope (rule.go VisitRulesFor, appliesTo)', () => {
    it('a RoleBinding to a ClusterRole grants it only in the binding namespace', () => {
        const w = world(READER + yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: read, namespace: shop}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: User, name: jane}]
    `);
        const jane = namedUser('jane');
        assert.equal(can(w, jane, req('list', 'secrets', 'shop')), true);
        assert.equal(can(w, jane, req('list', 'secrets', 'payments')), false);
        assert.equal(can(w, jane, req('list', 'secrets')), false, 'not across all namespaces');
        assert.equal(can(w, jane, { resourceRequest: false, verb: 'get', path: '/metrics' }), false, 'non-resource URLs are granted only cluster-wide');
    });
    it('a ClusterRoleBinding grants everywhere, cluster-wide requests and non-resource URLs included', () => {
        const w = world(READER + yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: read}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: Group, name: auditors}]
    `);
        const member = groupMember('auditors');
        assert.equal(can(w, member, req('list', 'secrets')), true);
        assert.equal(can(w, member, req('get', 'secrets', 'kube-system', { name: 'x' })), true);
        assert.equal(can(w, member, { resourceRequest: false, verb: 'get', path: '/metrics' }), true);
        assert.equal(can(w, namedUser('jane'), req('list', 'secrets')), false);
    });
    it('a RoleBinding to a Role uses the Role of its own namespace', () => {
        const w = world(yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: {name: r, namespace: a}
      rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: rb, namespace: b}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}
      subjects: [{kind: User, name: jane}]
    `);
        const rb = w.bindings[0];
        assert.equal(rb.role, undefined, 'Role a/r is not visible from namespace b');
        assert.equal(can(w, namedUser('jane'), req('get', 'pods', 'b', { name: 'p' })), false);
        assert.equal(can(w, namedUser('jane'), req('get', 'pods', 'a', { name: 'p' })), false);
    });
    it('service accounts: RoleBinding subjects default to the binding namespace; ClusterRoleBinding subjects need one', () => {
        const w = world(READER + yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: rb, namespace: shop}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: ServiceAccount, name: api}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: crb}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: ServiceAccount, name: worker}]
    `);
        assert.equal(can(w, serviceAccountUser('shop', 'api'), req('get', 'secrets', 'shop', { name: 's' })), true);
        assert.equal(can(w, serviceAccountUser('other', 'api'), req('get', 'secrets', 'shop', { name: 's' })), false);
        assert.equal(can(w, serviceAccountUser('default', 'worker'), req('list', 'secrets')), false);
        assert.equal(w.bindings.find((b) => b.name === 'crb')?.subjects[0].applies, false);
        assert.deepEqual(who(w, req('get', 'secrets', 'shop')), ['ServiceAccount:shop/api@RoleBinding/rb']);
    });
    it('service accounts are in system:serviceaccounts, system:serviceaccounts:<ns> and system:authenticated; a User subject with their username matches them', () => {
        const w = world(READER + yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: ns-group, namespace: shop}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: Group, name: "system:serviceaccounts:shop"}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: all-authenticated, namespace: data}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: Group, name: "system:authenticated"}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: as-user, namespace: ops}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: User, name: "system:serviceaccount:tools:ci"}]
    `);
        assert.equal(can(w, serviceAccountUser('shop', 'anything'), req('list', 'secrets', 'shop')), true);
        assert.equal(can(w, serviceAccountUser('other', 'anything'), req('list', 'secrets', 'shop')), false);
        assert.equal(can(w, serviceAccountUser('other', 'x'), req('list', 'secrets', 'data')), true);
        assert.equal(can(w, namedUser('bob'), req('list', 'secrets', 'data')), true);
        assert.equal(can(w, ANONYMOUS_USER, req('list', 'secrets', 'data')), false, 'anonymous is not authenticated');
        assert.equal(can(w, serviceAccountUser('tools', 'ci'), req('list', 'secrets', 'ops')), true);
        assert.equal(can(w, namedUser('system:serviceaccount:tools:ci'), req('list', 'secrets', 'ops')), true);
        assert.deepEqual(who(w, req('list', 'secrets', 'ops')), ['User:system:serviceaccount:tools:ci@RoleBinding/as-user'], 'who-can keeps the subject as written');
        assert.deepEqual(who(w, req('list', 'secrets', 'shop')), ['Group:system:serviceaccounts:shop@RoleBinding/ns-group']);
    });
    it('anonymous requests are system:anonymous in system:unauthenticated', () => {
        const w = world(READER + yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: anon}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: Group, name: "system:unauthenticated"}]
    `);
        assert.equal(can(w, ANONYMOUS_USER, req('list', 'secrets')), true);
        assert.equal(can(w, namedUser('jane'), req('list', 'secrets')), false);
    });
    it('a binding to a role that does not exist, or of an unknown roleRef kind, grants nothing', () => {
        const w = world(yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: ghost}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: does-not-exist}
      subjects: [{kind: User, name: jane}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: odd}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: cluster-admin}
      subjects: [{kind: User, name: jane}]
    `);
        assert.equal(w.bindings[0].role, undefined);
        assert.equal(w.bindings[1].role, undefined, 'a ClusterRoleBinding cannot reference a Role');
        assert.equal(can(w, namedUser('jane'), req('get', 'pods', 'x', { name: 'p' })), false);
    });
    it('unknown subject kinds match nobody', () => {
        const w = world(READER + yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: x}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects: [{kind: Users, name: jane}]
    `);
        assert.equal(can(w, namedUser('jane'), req('list', 'secrets')), false);
        assert.deepEqual(who(w, req('list', 'secrets')), []);
    });
    it('requests on a Namespace object are in that namespace: a RoleBinding there can patch its own Namespace', () => {
        const w = world(yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: ns-editor}
      rules: [{apiGroups: [""], resources: [namespaces], verbs: [patch]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: rb, namespace: team}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ns-editor}
      subjects: [{kind: User, name: lead}]
    `);
        assert.equal(can(w, namedUser('lead'), req('patch', 'namespaces', 'team', { name: 'team' })), true);
        assert.equal(can(w, namedUser('lead'), req('patch', 'namespaces', 'other', { name: 'other' })), false);
    });
    it('system:masters is allowed everything before RBAC is asked', () => {
        const w = world('apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n');
        assert.equal(w.authorize(namedUser('root', ['system:masters']), req('delete', 'nodes', undefined, { name: 'n' })).superuser, true);
    });
    it('Kubernetes built-in roles exist when the input lacks them; the input wins when it has them; assumeBuiltinRoles: false turns that off', () => {
        const text = yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: view-all}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
      subjects: [{kind: User, name: jane}]
    `;
        const w = world(text);
        assert.equal(can(w, namedUser('jane'), req('list', 'pods')), true, 'view reads pods');
        assert.equal(can(w, namedUser('jane'), req('list', 'secrets')), false, 'view does not read secrets');
        assert.equal(w.role('ClusterRole', undefined, 'view')?.object, undefined);
        assert.equal(can(world(text, { assumeBuiltinRoles: false }), namedUser('jane'), req('list', 'pods')), false);
        const redefined = world(text + yaml `
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: view}
      rules: [{apiGroups: [""], resources: [secrets], verbs: [list]}]
    `);
        assert.equal(can(redefined, namedUser('jane'), req('list', 'secrets')), true);
        assert.equal(can(redefined, namedUser('jane'), req('list', 'pods')), false);
    });
});
describe('ClusterRole aggregation (clusterroleaggregation_controller.go)', () => {
    it('the union of the selected roles replaces the rules the aggregated role has written', () => {
        const w = world(yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: dev}
      aggregationRule:
        clusterRoleSelectors:
        - matchLabels: {team/dev: "true"}
        - matchExpressions: [{key: extra, operator: In, values: ["yes"]}]
      rules: [{apiGroups: [""], resources: [nodes], verbs: [delete]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: dev-pods, labels: {team/dev: "true"}}
      rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: dev-exec, labels: {extra: "yes"}}
      rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create]}, {apiGroups: [""], resources: [pods], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: unrelated, labels: {team/dev: "false"}}
      rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: devs}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: dev}
      subjects: [{kind: Group, name: developers}]
    `);
        const dev = w.role('ClusterRole', undefined, 'dev');
        assert.deepEqual(dev.rules.map((r) => `${r.origin.name}#${r.index}`), ['dev-pods#0', 'dev-exec#0'], 'selector order, then name; the duplicate rule once');
        const member = groupMember('developers');
        assert.equal(can(w, member, req('create', 'pods', 'x', { subresource: 'exec', name: 'p' })), true);
        assert.equal(can(w, member, req('delete', 'nodes', undefined, { name: 'n' })), false, 'written rules are replaced');
        assert.equal(can(w, member, req('get', 'secrets', 'x', { name: 's' })), false);
    });
    it('built-in admin/edit/view aggregate each other and user roles labelled for them', () => {
        const w = world(yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: crd-view, labels: {rbac.authorization.k8s.io/aggregate-to-view: "true"}}
      rules: [{apiGroups: [example.com], resources: [widgets], verbs: [get, list]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: admins, namespace: team}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: admin}
      subjects: [{kind: User, name: lead}]
    `);
        const lead = namedUser('lead');
        assert.equal(can(w, lead, req('list', 'widgets', 'team', { apiGroup: 'example.com' })), true, 'view → edit → admin');
        assert.equal(can(w, lead, req('create', 'rolebindings', 'team', { apiGroup: 'rbac.authorization.k8s.io' })), true, 'admin manages RBAC in its namespace');
        assert.equal(can(w, lead, req('get', 'secrets', 'team', { name: 's' })), true, 'edit reads secrets');
    });
    it('a role does not aggregate itself; aggregated roles that select each other reach the least fixpoint', () => {
        const w = world(yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: a, labels: {ring: "true"}}
      aggregationRule: {clusterRoleSelectors: [{matchLabels: {ring: "true"}}]}
      rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: b, labels: {ring: "true"}}
      aggregationRule: {clusterRoleSelectors: [{matchLabels: {ring: "true"}}]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: leaf, labels: {ring: "true"}}
      rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
    `);
        const names = (n) => w.role('ClusterRole', undefined, n).rules.map((r) => `${r.origin.name}#${r.index}`);
        assert.deepEqual(names('a'), ['leaf#0']);
        assert.deepEqual(names('b'), ['leaf#0']);
    });
    it('an empty selector selects every other ClusterRole; a malformed one leaves the written rules (the controller fails)', () => {
        const w = world(yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: everything}
      aggregationRule: {clusterRoleSelectors: [{}]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: broken}
      aggregationRule: {clusterRoleSelectors: [{matchExpressions: [{key: x, operator: In}]}]}
      rules: [{apiGroups: [""], resources: [configmaps], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: one}
      rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
    `, { assumeBuiltinRoles: false });
        assert.deepEqual(w.role('ClusterRole', undefined, 'everything').rules.map((r) => r.origin.name), ['broken', 'one']);
        const broken = w.role('ClusterRole', undefined, 'broken');
        assert.match(broken.aggregation?.error ?? '', /values/);
        assert.deepEqual(broken.rules.map((r) => r.origin.name), ['broken']);
    });
    it('NotIn and DoesNotExist select roles without the label', () => {
        const w = world(yaml `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: agg}
      aggregationRule: {clusterRoleSelectors: [{matchExpressions: [{key: tier, operator: NotIn, values: [admin]}, {key: skip, operator: DoesNotExist}]}]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: unlabelled}
      rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: admin-tier, labels: {tier: admin}}
      rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: skipped, labels: {skip: ""}}
      rules: [{apiGroups: [""], resources: [nodes], verbs: [get]}]
    `, { assumeBuiltinRoles: false });
        assert.deepEqual(w.role('ClusterRole', undefined, 'agg').rules.map((r) => r.origin.name), ['unlabelled']);
    });
});
//# sourceMappingURL=world.test.js.map