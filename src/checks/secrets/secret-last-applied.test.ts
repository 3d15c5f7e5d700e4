import check from './secret-last-applied.js';
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
