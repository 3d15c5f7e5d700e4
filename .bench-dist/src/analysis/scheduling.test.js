import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tolerates, podFitsNode, matchesRequirement, isPinned } from './scheduling.js';
const taint = { key: 'dedicated', value: 'pci', effect: 'NoSchedule' };
describe('tolerations (Kubernetes ToleratesTaint)', () => {
    const cases = [
        ['exact key, value, effect', { key: 'dedicated', operator: 'Equal', value: 'pci', effect: 'NoSchedule' }, true],
        ['operator defaults to Equal', { key: 'dedicated', value: 'pci' }, true],
        ['wrong value', { key: 'dedicated', value: 'web' }, false],
        ['Equal with no value does not match a valued taint', { key: 'dedicated' }, false],
        ['Exists ignores the value', { key: 'dedicated', operator: 'Exists' }, true],
        ['empty effect matches every effect', { key: 'dedicated', operator: 'Exists', effect: '' }, true],
        ['other effect', { key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, false],
        ['empty key with Exists tolerates everything', { operator: 'Exists' }, true],
        ['empty key with Equal tolerates nothing', { operator: 'Equal', value: 'pci' }, false],
        ['other key', { key: 'gpu', operator: 'Exists' }, false],
    ];
    for (const [name, t, expected] of cases)
        it(name, () => assert.equal(tolerates(t, taint), expected));
});
describe('node affinity and selectors', () => {
    const node = { name: 'n1', labels: { pool: 'secure', gen: '5' }, taints: [] };
    it('requirement operators', () => {
        assert.equal(matchesRequirement(node.labels, { key: 'pool', operator: 'In', values: ['secure'] }), true);
        assert.equal(matchesRequirement(node.labels, { key: 'pool', operator: 'NotIn', values: ['secure'] }), false);
        assert.equal(matchesRequirement(node.labels, { key: 'zone', operator: 'NotIn', values: ['a'] }), true, 'NotIn matches a missing label');
        assert.equal(matchesRequirement(node.labels, { key: 'zone', operator: 'DoesNotExist' }), true);
        assert.equal(matchesRequirement(node.labels, { key: 'gen', operator: 'Gt', values: ['4'] }), true);
        assert.equal(matchesRequirement(node.labels, { key: 'gen', operator: 'Lt', values: ['4'] }), false);
        assert.equal(matchesRequirement(node.labels, { key: 'pool', operator: 'Gt', values: ['4'] }), false, 'Gt on a non-integer');
    });
    it('selector, affinity terms ORed, empty term matches nothing, matchFields by name', () => {
        assert.equal(podFitsNode({ nodeSelector: { pool: 'secure' } }, node), true);
        assert.equal(podFitsNode({ nodeSelector: { pool: 'web' } }, node), false);
        const affinity = (terms) => ({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } });
        assert.equal(podFitsNode(affinity([{ matchExpressions: [{ key: 'pool', operator: 'In', values: ['web'] }] }, { matchExpressions: [{ key: 'gen', operator: 'Exists' }] }]), node), true);
        assert.equal(podFitsNode(affinity([{}]), node), false);
        assert.equal(podFitsNode(affinity([]), node), false);
        assert.equal(podFitsNode(affinity([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1'] }] }]), node), true);
        assert.equal(podFitsNode({ nodeName: 'n2' }, node), false);
        assert.equal(isPinned({}), false);
        assert.equal(isPinned({ nodeSelector: { a: 'b' } }), true);
    });
});
//# sourceMappingURL=scheduling.test.js.map