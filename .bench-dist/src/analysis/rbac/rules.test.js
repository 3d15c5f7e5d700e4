import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compactRule, nonResourceURLMatches, parseResourceArg, policyRule, resourceMatches, resourceNameMatches, ruleAllows } from './rules.js';
const rule = (r) => policyRule(r);
const res = (verb, resource, extra = {}) => ({
    resourceRequest: true,
    verb,
    apiGroup: extra.apiGroup ?? '',
    resource,
    subresource: extra.subresource,
    name: extra.name,
    namespace: extra.namespace,
});
const url = (verb, path) => ({ resourceRequest: false, verb, path });
describe('RuleAllows (plugin/pkg/auth/authorizer/rbac/rbac.go), table-driven', () => {
    const cases = [
        // verbs
        { name: 'exact verb', rule: { verbs: ['get'], apiGroups: [''], resources: ['pods'] }, request: res('get', 'pods'), allowed: true },
        { name: 'other verb', rule: { verbs: ['get'], apiGroups: [''], resources: ['pods'] }, request: res('list', 'pods'), allowed: false },
        { name: '* verb covers any verb, even unusual ones', rule: { verbs: ['*'], apiGroups: [''], resources: ['pods'] }, request: res('escalate', 'pods'), allowed: true },
        { name: 'verbs are case-sensitive', rule: { verbs: ['GET'], apiGroups: [''], resources: ['pods'] }, request: res('get', 'pods'), allowed: false },
        { name: 'no verbs allow nothing', rule: { apiGroups: [''], resources: ['pods'] }, request: res('get', 'pods'), allowed: false },
        // api groups
        { name: 'core group is the empty string', rule: { verbs: ['get'], apiGroups: [''], resources: ['deployments'] }, request: res('get', 'deployments', { apiGroup: 'apps' }), allowed: false },
        { name: '* group covers every group', rule: { verbs: ['get'], apiGroups: ['*'], resources: ['deployments'] }, request: res('get', 'deployments', { apiGroup: 'apps' }), allowed: true },
        { name: 'no apiGroups allow no resource request', rule: { verbs: ['get'], resources: ['pods'] }, request: res('get', 'pods'), allowed: false },
        // resources and subresources (ResourceMatches)
        { name: '* covers a resource', rule: { verbs: ['get'], apiGroups: [''], resources: ['*'] }, request: res('get', 'secrets'), allowed: true },
        { name: '* covers a subresource', rule: { verbs: ['create'], apiGroups: [''], resources: ['*'] }, request: res('create', 'pods', { subresource: 'exec' }), allowed: true },
        { name: 'a resource does not cover its subresources', rule: { verbs: ['create'], apiGroups: [''], resources: ['pods'] }, request: res('create', 'pods', { subresource: 'exec' }), allowed: false },
        { name: 'a subresource does not cover its resource', rule: { verbs: ['get'], apiGroups: [''], resources: ['pods/log'] }, request: res('get', 'pods'), allowed: false },
        { name: 'resource/subresource exactly', rule: { verbs: ['create'], apiGroups: [''], resources: ['pods/exec'] }, request: res('create', 'pods', { subresource: 'exec' }), allowed: true },
        { name: '*/scale covers the scale subresource of any resource', rule: { verbs: ['update'], apiGroups: ['*'], resources: ['*/scale'] }, request: res('update', 'deployments', { apiGroup: 'apps', subresource: 'scale' }), allowed: true },
        { name: '*/scale does not cover the resource itself', rule: { verbs: ['update'], apiGroups: ['*'], resources: ['*/scale'] }, request: res('update', 'deployments', { apiGroup: 'apps' }), allowed: false },
        { name: '*/scale does not cover another subresource', rule: { verbs: ['update'], apiGroups: ['*'], resources: ['*/scale'] }, request: res('update', 'deployments', { apiGroup: 'apps', subresource: 'status' }), allowed: false },
        { name: '*/sub needs the whole subresource name (*/cale is not */scale)', rule: { verbs: ['get'], apiGroups: ['*'], resources: ['*/cale'] }, request: res('get', 'deployments', { subresource: 'scale' }), allowed: false },
        { name: 'there is no pods/*: it does not cover pods/exec', rule: { verbs: ['create'], apiGroups: [''], resources: ['pods/*'] }, request: res('create', 'pods', { subresource: 'exec' }), allowed: false },
        { name: 'there is no pods/*: it does not cover pods', rule: { verbs: ['get'], apiGroups: [''], resources: ['pods/*'] }, request: res('get', 'pods'), allowed: false },
        { name: 'pods/* matches only the literal combined resource pods/*', rule: { verbs: ['get'], apiGroups: [''], resources: ['pods/*'] }, request: res('get', 'pods', { subresource: '*' }), allowed: true },
        { name: 'resources are case-sensitive', rule: { verbs: ['get'], apiGroups: [''], resources: ['Pods'] }, request: res('get', 'pods'), allowed: false },
        // resourceNames
        { name: 'resourceNames: the named object', rule: { verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db'] }, request: res('get', 'secrets', { name: 'db' }), allowed: true },
        { name: 'resourceNames: another object', rule: { verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db'] }, request: res('get', 'secrets', { name: 'tls' }), allowed: false },
        { name: 'resourceNames: a request without a name (list) is not matched', rule: { verbs: ['list'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db'] }, request: res('list', 'secrets'), allowed: false },
        { name: 'resourceNames: create has no name and is not matched', rule: { verbs: ['create'], apiGroups: [''], resources: ['pods'], resourceNames: ['p'] }, request: res('create', 'pods'), allowed: false },
        { name: 'no resourceNames: any name', rule: { verbs: ['delete'], apiGroups: [''], resources: ['pods'] }, request: res('delete', 'pods', { name: 'x' }), allowed: true },
        // non-resource URLs
        { name: 'nonResourceURLs: exact', rule: { verbs: ['get'], nonResourceURLs: ['/healthz'] }, request: url('get', '/healthz'), allowed: true },
        { name: 'nonResourceURLs: not a prefix without *', rule: { verbs: ['get'], nonResourceURLs: ['/healthz'] }, request: url('get', '/healthz/etcd'), allowed: false },
        { name: 'nonResourceURLs: trailing * is a prefix', rule: { verbs: ['get'], nonResourceURLs: ['/healthz/*'] }, request: url('get', '/healthz/etcd'), allowed: true },
        { name: 'nonResourceURLs: /healthz/* does not match /healthz', rule: { verbs: ['get'], nonResourceURLs: ['/healthz/*'] }, request: url('get', '/healthz'), allowed: false },
        { name: 'nonResourceURLs: /api* also matches /apis', rule: { verbs: ['get'], nonResourceURLs: ['/api*'] }, request: url('get', '/apis/apps'), allowed: true },
        { name: 'nonResourceURLs: * matches everything', rule: { verbs: ['get'], nonResourceURLs: ['*'] }, request: url('get', '/metrics'), allowed: true },
        { name: 'nonResourceURLs: a star in the middle is literal', rule: { verbs: ['get'], nonResourceURLs: ['/a/*/b'] }, request: url('get', '/a/x/b'), allowed: false },
        { name: 'a resource rule does not allow a URL', rule: { verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, request: url('get', '/healthz'), allowed: false },
        { name: 'a URL rule does not allow a resource', rule: { verbs: ['*'], nonResourceURLs: ['*'] }, request: res('get', 'pods'), allowed: false },
        { name: 'malformed lists grant nothing', rule: { verbs: 'get', apiGroups: [''], resources: ['pods'] }, request: res('get', 'pods'), allowed: false },
    ];
    for (const c of cases) {
        it(c.name, () => assert.equal(ruleAllows(c.request, rule(c.rule)), c.allowed));
    }
});
describe('evaluation helpers', () => {
    it('ResourceMatches compares the combined resource, and */sub only when there is a subresource', () => {
        assert.equal(resourceMatches(rule({ resources: ['*/status'] }), 'pods', ''), false);
        assert.equal(resourceMatches(rule({ resources: ['*/status'] }), 'pods/status', 'status'), true);
    });
    it('ResourceNameMatches with no names is true for an empty name too', () => {
        assert.equal(resourceNameMatches(rule({}), ''), true);
        assert.equal(resourceNameMatches(rule({ resourceNames: [''] }), ''), true);
    });
    it('NonResourceURLMatches trims every trailing star, as strings.TrimRight does', () => {
        assert.equal(nonResourceURLMatches(rule({ nonResourceURLs: ['/metrics**'] }), '/metrics/x'), true);
    });
    it('parses resource arguments like kubectl auth can-i', () => {
        assert.deepEqual(parseResourceArg('pods/exec'), { resource: 'pods', subresource: 'exec', apiGroup: undefined });
        assert.deepEqual(parseResourceArg('deployments.apps/scale'), { resource: 'deployments', subresource: 'scale', apiGroup: 'apps' });
    });
    it('prints rules as CompactString', () => {
        assert.equal(compactRule(rule({ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] })), '{APIGroups:[""], Resources:["pods"], Verbs:["get" "list"]}');
    });
});
//# sourceMappingURL=rules.test.js.map