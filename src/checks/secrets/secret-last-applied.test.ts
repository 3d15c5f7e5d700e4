import check from './secret-last-applied.js';
import { clusterObjects } from '../../inventory/live/objects.js';
import { Inventory } from '../../inventory/inventory.js';
import { loadText } from '../../inventory/load.js';
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { testCheck, yaml } from '../testing.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const applied = (data: Record<string, string>): string => JSON.stringify(JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, data }));

testCheck(check, {
  pass: [
    {
      name: 'no annotation, or an annotation with no values (a Secret applied empty), and a ConfigMap',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: plain, namespace: shop}
        data: {password: ${b64('hunter2')}}
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: shop
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: ${applied({})}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: '{"data":{"LOG_LEVEL":"info"}}'
      `,
    },
  ],
  fail: [
    {
      name: 'the annotation repeats the data, one key with an older value',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: shop
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: ${applied({ password: b64('old-hunter2'), user: b64('shop') })}
        data:
          password: ${b64('new-hunter2')}
          user: ${b64('shop')}
      `,
      findings: [
        {
          line: 7,
          severity: 'medium',
          message: 'Secret "db" repeats the values of 2 keys (password, user) in its kubectl.kubernetes.io/last-applied-configuration annotation, which `kubectl describe` and metadata readers show; password holds an older value than the Secret (kept after a rotation)',
          evidence: { keys: ['password', 'user'], staleKeys: ['password'] },
          notMessage: b64('old-hunter2'),
        },
      ],
    },
  ],
});

it('secrets.secret-last-applied is not applicable to a cluster read without Secret data', () => {
  const { objects } = clusterObjects({
    items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'shop' } }],
    resources: [{ apiVersion: 'v1', kind: 'Secret', resource: 'secrets' }],
    origin: 'snapshot.json',
  });
  const config = { sensitivity: { key: 'k', value: 'v' }, pss: { level: 'restricted' as const } };
  assert.equal(check.applies?.(new Inventory(objects, []), { config }), false);
  assert.equal(check.applies?.(loadText('apiVersion: v1\nkind: Secret\nmetadata: {name: db}\n'), { config }), true);
});
