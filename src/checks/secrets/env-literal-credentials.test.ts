import check from './env-literal-credentials.js';
import { testCheck, yaml } from '../testing.js';
import { loadText } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { it } from 'node:test';
import assert from 'node:assert/strict';

const GITHUB_TOKEN = 'ghp_' + 'Zx9'.repeat(12);

testCheck(check, {
  pass: [
    {
      name: 'secretKeyRef, harmless values under credential names, ordinary variables',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api}
        spec:
          template:
            spec:
              containers:
              - name: api
                image: api:1.0
                env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: db, key: password}
                - {name: DB_PASSWORD_FILE, value: /run/secrets/db/password}
                - {name: GOOGLE_APPLICATION_CREDENTIALS, value: /var/secrets/google/key.json}
                - {name: TOKEN_TTL, value: "3600"}
                - {name: REQUIRE_TOKEN, value: "true"}
                - {name: API_TOKEN, value: ""}
                - {name: CONN, value: "postgres://app:$(DB_PASSWORD)@db/app"}
                - {name: ADMIN_PASSWORD, value: "$(DB_PASSWORD)"}
                - {name: LOG_LEVEL, value: debug}
                - {name: SECRET_NAME, value: db-credentials}
      `,
    },
  ],
  fail: [
    {
      name: 'credential names with literal values, in init and regular containers',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
          - name: migrate
            image: migrate:1
            env:
            - name: MYSQL_ROOT_PASSWORD
              value: hunter2
          containers:
          - name: app
            image: app:1
            env:
            - {name: LOG_LEVEL, value: info}
            - {name: stripeApiKey, value: "not-a-known-format-but-a-key"}
      `,
      findings: [
        { line: 10, message: 'init container "migrate" sets MYSQL_ROOT_PASSWORD to a literal value that looks like a credential (PASSWORD)' },
        { line: 16, message: /container "app" sets stripeApiKey .*\(API_KEY\)/ },
      ],
    },
    {
      name: 'known token formats under innocent names',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: sync}
        spec:
          template:
            spec:
              containers:
              - name: sync
                image: sync:2
                env:
                - name: GIT_REMOTE
                  value: https://x:${GITHUB_TOKEN}@github.com/org/repo.git
                - name: AWS_ACCESS_KEY_ID
                  value: AKIAIOSFODNN7EXAMPLE
                - name: TLS_KEY
                  value: |
                    -----BEGIN EC PRIVATE KEY-----
                    MHcCAQEEIBkg
                    -----END EC PRIVATE KEY-----
      `,
      findings: [
        { line: 12, message: /container "sync" sets GIT_REMOTE .*a GitHub token and a URL with an embedded password/ },
        { line: 14, message: /container "sync" sets AWS_ACCESS_KEY_ID .*an AWS access key ID/ },
        { line: 16, message: /container "sync" sets TLS_KEY .*a PEM private key/ },
      ],
    },
  ],
});

it('secrets.env-literal-credentials never reveals the value', () => {
  const secretValue = 'correct-horse-battery-staple-42';
  const inventory = loadText(yaml`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
      - name: app
        image: app:1
        env:
        - {name: DB_PASSWORD, value: ${secretValue}}
        - {name: GH, value: ${GITHUB_TOKEN}}
  `);
  const findings = scan(inventory, { registry: [check] }).findings;
  assert.equal(findings.length, 2);
  const text = JSON.stringify(findings);
  for (const secret of [secretValue, GITHUB_TOKEN, secretValue.slice(0, 8), GITHUB_TOKEN.slice(4, 12)]) assert.ok(!text.includes(secret), `leaked ${secret}`);
  assert.equal(findings.find((f) => f.evidence.variable === 'DB_PASSWORD')?.evidence.value, 'corr… (31 chars)');
});

it('vendor credential names and short forms are found; identifiers and the shell\'s PWD are not (issue 13)', () => {
  const env = (entries: [string, string][]) =>
    `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: x\n    env:\n${entries.map(([n, v]) => `    - {name: ${n}, value: "${v}"}`).join('\n')}\n`;
  const found = (entries: [string, string][]) => scan(loadText(env(entries)), { registry: [check] }).findings.map((f) => f.evidence.variable ?? f.message);
  const secrets: [string, string][] = [
    ['DD_APP_KEY', '0123456789abcdef0123456789abcdef01234567'],
    ['AZURE_STORAGE_ACCOUNT_KEY', 'q1w2e3r4t5y6u7i8o9p0'],
    ['GCP_SA_KEY', 'eyJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCJ9'],
    ['DB_PASS', 'hunter2hunter2'],
    ['MYSQL_PWD', 'hunter2hunter2'],
  ];
  const harmless: [string, string][] = [
    ['AZURE_CLIENT_ID', '2f9c1c1e-1234-4cde-9abc-0123456789ab'],
    ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI5tExampleId'],
    ['TWILIO_ACCOUNT_SID', 'AC0123456789abcdef0123456789abcdef'],
    ['PWD', 'hunter2hunter2'],
  ];
  assert.equal(found(secrets).length, secrets.length, JSON.stringify(found(secrets)));
  assert.deepEqual(found(harmless), []);
});

testCheck(check, {
  pass: [
    {
      name: 'entropy: identifiers, digests and names in env are not secrets',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: a
            image: x
            env:
            - {name: GIT_COMMIT, value: 4e1b8f3f7c3a1c5a9d0b8e2f6a7c9d1e3b5f7a9c}
            - {name: OKTA_CLIENT_ID, value: 0oa1b2c3d4E5f6G7h8I9j0}
            - {name: REQUEST_ID_HEADER, value: X-Request-Id}
            - {name: UPSTREAM, value: kube-prometheus-stack-prometheus-node-exporter}
      `,
    },
  ],
  fail: [
    {
      name: 'entropy: a random literal under a neutral name',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: a
            image: x
            env:
            - {name: SESSION_COOKIE_SALT, value: Xk9mQ2vL8pR4tZ7wY1nBq3s}
      `,
      findings: [{ line: 9, severity: 'medium', message: 'container "a" sets SESSION_COOKIE_SALT to a literal value that looks random (', notMessage: 'Xk9mQ2' }],
    },
  ],
});
