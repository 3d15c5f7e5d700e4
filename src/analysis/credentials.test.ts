import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { credentialName, DEFAULT_ENTROPY, findCredentialAssignments, findSecretFormats, isCredentialAssignment, nameWords, randomSecret, redact, shannonEntropy } from './credentials.js';

describe('credential names', () => {
  it('splits names into words', () => {
    assert.deepEqual(nameWords('DB_PASSWORD'), ['DB', 'PASSWORD']);
    assert.deepEqual(nameWords('spring.datasource.password'), ['SPRING', 'DATASOURCE', 'PASSWORD']);
    assert.deepEqual(nameWords('clientSecret'), ['CLIENT', 'SECRET']);
    assert.deepEqual(nameWords('APIKey'), ['API', 'KEY']);
    assert.deepEqual(nameWords('x-api-key'), ['X', 'API', 'KEY']);
  });

  const credentials: [string, string][] = [
    ['DB_PASSWORD', 'PASSWORD'],
    ['password', 'PASSWORD'],
    ['MYSQL_ROOT_PASSWD', 'PASSWD'],
    ['GITHUB_TOKEN', 'TOKEN'],
    ['github_token_ro', 'TOKEN'],
    ['clientSecret', 'SECRET'],
    ['STRIPE_API_KEY', 'API_KEY'],
    ['apiKey', 'API_KEY'],
    ['APIKEY', 'APIKEY'],
    ['AWS_SECRET_ACCESS_KEY', 'ACCESS_KEY'],
    ['JWT_PRIVATE_KEY', 'PRIVATE_KEY'],
    ['SECRET_KEY_BASE', 'SECRET_KEY'],
    ['GOOGLE_CREDENTIALS', 'CREDENTIALS'],
  ];
  for (const [name, word] of credentials) {
    it(`${name} is a credential name (${word})`, () => assert.equal(credentialName(name), word));
  }

  const notCredentials = [
    'PASSWORDLESS_LOGIN',
    'TOKENIZER',
    'DB_PASSWORD_FILE',
    'SECRET_KEY_PATH',
    'SECRET_NAME',
    'TOKEN_URL',
    'PASSWORD_MIN_LENGTH',
    'AWS_ACCESS_KEY_ID',
    'existingSecret',
    'PWD',
    'CACHE_KEY',
    'LOG_LEVEL',
  ];
  for (const name of notCredentials) {
    it(`${name} is not a credential name`, () => assert.equal(credentialName(name), undefined));
  }

  // vendors' documented variable names (issue 13): Azure, OCI, GCP, Alibaba, DigitalOcean, Datadog,
  // Stripe, Twilio, New Relic, PagerDuty, SendGrid; and short forms of "password"
  const vendorCredentials: [string, string][] = [
    ['AZURE_CLIENT_SECRET', 'SECRET'],
    ['AZURE_STORAGE_ACCOUNT_KEY', 'ACCOUNT_KEY'],
    ['AZURE_STORAGE_KEY', 'STORAGE_KEY'],
    ['ServiceBusSharedAccessKey', 'SHARED_ACCESS_KEY'],
    ['ARM_CLIENT_SECRET', 'SECRET'],
    ['OCI_CLI_KEY_CONTENT', 'KEY_CONTENT'],
    ['OCI_PRIVATE_KEY', 'PRIVATE_KEY'],
    ['OCI_CLI_PASS_PHRASE', 'PASS'],
    ['GCP_SA_KEY', 'SA_KEY'],
    ['GCP_SERVICE_ACCOUNT_KEY', 'SERVICE_ACCOUNT_KEY'],
    ['GCLOUD_SERVICE_KEY', 'SERVICE_KEY'],
    ['GOOGLE_CLOUD_KEYFILE_JSON', 'KEYFILE_JSON'],
    ['ALICLOUD_ACCESS_KEY', 'ACCESS_KEY'],
    ['ALICLOUD_SECRET_KEY', 'SECRET_KEY'],
    ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ACCESS_KEY'],
    ['DIGITALOCEAN_ACCESS_TOKEN', 'TOKEN'],
    ['DIGITALOCEAN_PAT', 'PAT'],
    ['SPACES_SECRET_ACCESS_KEY', 'ACCESS_KEY'],
    ['DD_API_KEY', 'API_KEY'],
    ['DD_APP_KEY', 'APP_KEY'],
    ['DATADOG_APPLICATION_KEY', 'APPLICATION_KEY'],
    ['STRIPE_SECRET_KEY', 'SECRET_KEY'],
    ['STRIPE_WEBHOOK_SECRET', 'SECRET'],
    ['TWILIO_AUTH_TOKEN', 'TOKEN'],
    ['TWILIO_API_SECRET', 'SECRET'],
    ['NEW_RELIC_LICENSE_KEY', 'LICENSE_KEY'],
    ['PAGERDUTY_INTEGRATION_KEY', 'INTEGRATION_KEY'],
    ['PD_ROUTING_KEY', 'ROUTING_KEY'],
    ['SENDGRID_API_KEY', 'API_KEY'],
    ['DB_PASS', 'PASS'],
    ['MYSQL_PWD', 'PWD'],
    ['pwd', 'PWD'],
    ['REDIS_PW', 'PW'],
    ['smtpPswd', 'PSWD'],
    ['registry-creds', 'CREDS'],
  ];
  for (const [name, word] of vendorCredentials) {
    it(`${name} is a credential name (${word})`, () => assert.equal(credentialName(name), word));
  }

  const identifiers = [
    'AZURE_CLIENT_ID',
    'AZURE_TENANT_ID',
    'AZURE_SUBSCRIPTION_ID',
    'ALIBABA_CLOUD_ACCESS_KEY_ID',
    'OCI_TENANCY_OCID',
    'OCI_KEY_FINGERPRINT',
    'GOOGLE_APPLICATION_CREDENTIALS_FILE',
    'GCP_PROJECT_ID',
    'TWILIO_ACCOUNT_SID',
    'TWILIO_API_KEY_SID',
    'DD_SITE',
    'STRIPE_PUBLISHABLE_KEY',
    'PUBLIC_API_KEY',
    'OLDPWD',
    'BYPASS_CACHE',
    'COMPASS_URL',
    'SORT_KEY',
  ];
  for (const name of identifiers) {
    it(`${name} is not a credential name`, () => assert.equal(credentialName(name), undefined));
  }

  it('skips empty and obviously harmless values', () => {
    assert.equal(isCredentialAssignment('DB_PASSWORD', 'hunter2'), 'PASSWORD');
    assert.equal(isCredentialAssignment('DB_PASSWORD', 'changeme'), 'PASSWORD');
    for (const v of ['', '  ', 'true', 'False', 'no', '8080', '30s', '$(OTHER_VAR)', '${DB_PASSWORD}', '{{ .Values.pw }}', '/var/run/secrets/db', './token']) {
      assert.equal(isCredentialAssignment('DB_PASSWORD', v), undefined, JSON.stringify(v));
    }
  });
});

describe('secret formats', () => {
  const cases: [string, string][] = [
    ['AKIAIOSFODNN7EXAMPLE', 'aws-access-key-id'],
    ['ghp_' + 'a1B2'.repeat(9), 'github-token'],
    ['github_pat_' + 'A'.repeat(22) + '_' + 'b'.repeat(59), 'github-token'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----', 'private-key'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'private-key'],
    ['-----BEGIN PRIVATE KEY-----', 'private-key'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'jwt'],
    ['xoxb-1234567890-abcdefghij', 'slack-token'],
    ['glpat-' + 'x'.repeat(20), 'gitlab-token'],
    ['AIza' + 'S'.repeat(35), 'google-api-key'],
    ['postgres://app:s3cret@db:5432/app', 'url-password'],
    ['redis://:s3cret@redis:6379/0', 'url-password'],
    ['dop_v1_' + 'ab12'.repeat(16), 'digitalocean-token'],
    ['SG.' + 'a'.repeat(22) + '.' + 'B'.repeat(43), 'sendgrid-key'],
    ['npm_' + 'x1Y2'.repeat(9), 'npm-token'],
    ['https://hooks.slack.com/services/T0000AAAA/B0000BBBB/' + 'c'.repeat(24), 'slack-webhook'],
    ['DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=' + 'K'.repeat(86) + '==;EndpointSuffix=core.windows.net', 'connection-string-key'],
    ['Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=abcDEF123=', 'connection-string-key'],
    ['Server=db;Database=app;User Id=app;Password=s3cretpw;', 'connection-string-key'],
  ];
  for (const [value, id] of cases) {
    it(`finds ${id}`, () => {
      assert.deepEqual(
        findSecretFormats(value).map((m) => m.format.id),
        [id],
      );
    });
  }

  const harmless = [
    '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    '-----BEGIN PUBLIC KEY-----',
    'https://example.com:8443/path',
    'postgres://app:${DB_PASSWORD}@db/app',
    'postgres://app:$(DB_PASSWORD)@db/app',
    'AKIA-not-a-key',
    'eyJhbGciOi',
  ];
  for (const value of harmless) {
    it(`ignores ${JSON.stringify(value.slice(0, 40))}`, () => assert.deepEqual(findSecretFormats(value), []));
  }

  it('reports the line of a match inside a file', () => {
    const [m] = findSecretFormats('a: 1\nb: 2\nkey: AKIAIOSFODNN7EXAMPLE\n');
    assert.equal(m.line, 3);
  });
});

describe('credential assignments in configuration files', () => {
  it('finds properties, dotenv, YAML and JSON assignments', () => {
    const text = [
      '# database',
      'spring.datasource.url=jdbc:postgresql://db/app',
      'spring.datasource.password=s3cret-value',
      'export API_TOKEN="abc123def"',
      'auth:',
      '  clientSecret: zzzzzzzz # rotate me',
      '  "password": "p@ss",',
      'password_file: /run/secrets/pw',
      'token: ${TOKEN}',
      'secret:',
    ].join('\n');
    assert.deepEqual(
      findCredentialAssignments(text).map(({ key, line }) => [key, line]),
      [
        ['spring.datasource.password', 3],
        ['API_TOKEN', 4],
        ['clientSecret', 6],
        ['password', 7],
      ],
    );
  });
});

describe('redact', () => {
  it('never shows more than a quarter of a value', () => {
    assert.equal(redact('hunter2'), '… (7 chars)');
    assert.equal(redact('AKIAIOSFODNN7EXAMPLE'), 'AKIA… (20 chars)');
  });
});

describe('connection strings', () => {
  it('placeholders and masked passwords are not secrets', () => {
    for (const v of ['Server=db;Password=${DB_PASSWORD};', 'Server=db;Password=$(DB_PASSWORD)', 'Server=db;Password=****;', 'Server=db;Integrated Security=true;']) {
      assert.deepEqual(findSecretFormats(v), [], v);
    }
  });
});

describe('well-known token formats', () => {
  const fake = (prefix: string, n: number, alphabet = 'aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0z'): string => prefix + Array.from({ length: n }, (_, i) => alphabet[(i * 7) % alphabet.length]).join('');
  const samples: [string, string][] = [
    ['aws-secret-access-key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['gcp-service-account-key', '{"type": "service_account", "private_key_id": "0123456789abcdef0123456789abcdef01234567"}'],
    ['google-oauth-client-secret', fake('GOCSPX-', 28)],
    ['google-oauth-token', fake('ya29.', 40)],
    ['azure-client-secret', 'abc8Q~' + fake('', 34)],
    ['azure-sas-token', 'https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=' + fake('', 44) + '%3D'],
    ['gitlab-token', fake('glrt-', 20)],
    ['slack-token', 'xapp-1-A0123456789-1234567890123-' + '0123456789abcdef'.repeat(4)],
    ['twilio-api-key', 'SK' + '0123456789abcdef'.repeat(2)],
    ['vault-token', fake('hvs.', 90)],
    ['docker-hub-token', fake('dckr_pat_', 27)],
    ['pypi-token', fake('pypi-AgEIcHlwaS5vcmc', 60)],
    ['openai-key', fake('sk-proj-', 24) + 'T3BlbkFJ' + fake('', 24)],
    ['anthropic-key', fake('sk-ant-api03-', 90)],
    ['shopify-token', 'shpat_' + '0123456789abcdef'.repeat(2)],
    ['docker-config-auth', '{"auths": {"registry.example.com": {"auth": "Y2ktYm90OnMzY3JldA=="}}}'],
    ['authorization-header', 'Authorization: Bearer ' + fake('', 30)],
    ['password-hash', 'admin:$apr1$Vx3f9Qe1$N0tAReALhashButShapedLikeOne'],
    ['age-secret-key', 'AGE-SECRET-KEY-1' + 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.repeat(2).slice(0, 58)],
  ];
  for (const [id, value] of samples) {
    it(`recognises ${id}`, () => assert.deepEqual(findSecretFormats(value).map((m) => m.format.id), [id]));
  }
  const harmless = [
    'Authorization: Bearer ${TOKEN}',
    '{"auths": {"registry.example.com": {"auth": "${REGISTRY_AUTH}"}}}',
    'sha256:4e1b8f3f7c3a1c5a9d0b8e2f6a7c9d1e3b5f7a9c1e3d5b7f9a1c3e5d7b9f1a3c',
    'SKIP_TLS_VERIFY=false',
  ];
  for (const value of harmless) {
    it(`finds no format in ${value.slice(0, 40)}`, () => assert.deepEqual(findSecretFormats(value), []));
  }
});

describe('entropy', () => {
  it('measures Shannon entropy in bits per character', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
  });
  const random = ['Xk9mQ2vL8pR4tZ7wY1nBq3s', 'x7k2m9q4w8e1r5t3y6u0p2', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'q8F-z2_LmW9vR4t_Yx7Kp3Nd'];
  for (const value of random) it(`${value} looks random`, () => assert.ok(randomSecret(value)));
  // what real charts are full of: digests, checksums, ids, certificates, names, versions, images
  const publicValues = [
    '4e1b8f3f7c3a1c5a9d0b8e2f6a7c9d1e3b5f7a9c1e3d5b7f9a1c3e5d7b9f1a3c',
    '1954a63c98056c3651467b6a60726838',
    'sha256:4e1b8f3f7c3a1c5a9d0b8e2f6a7c9d1e3b5f7a9c1e3d5b7f9a1c3e5d7b9f1a3c',
    'sha512-Wm3Vn8Y3b+9fJ2kQ1zT7xL0pR5sD4gH6jK8mN2qA==',
    'registry.k8s.io/ingress-nginx/controller:v1.9.4@sha256:5b161f051d017e55d358435f295f5e9a297e66158f136321d9b04520ec6c48a3',
    '2f9c1c1e-1234-4cde-9abc-0123456789ab',
    'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lV',
    'MIIBszCCAVmgAwIBAgIUQk9mQ2vL8pR4tZ7wY1nBq3s',
    'AAAAB3NzaC1yc2EAAAADAQABAAABAQC7k9mQ2vL8pR4',
    'kube-prometheus-stack-prometheus-node-exporter',
    'ip-10-0-1-23.eu-west-1.compute.internal',
    'networking.k8s.io/v1',
    'v1.28.3-eks-a1b2c3d4e5f6',
    'KubernetesDashboardCsrfToken',
    'https://charts.example.com/stable/index.yaml',
    '/var/lib/kubelet/pki/kubelet-client-current.pem',
    'Pw-${DB_PASSWORD}',
  ];
  for (const value of publicValues) it(`${value.slice(0, 40)} is not reported`, () => assert.equal(randomSecret(value), undefined));
  it('honours the settings', () => {
    assert.equal(randomSecret('Xk9mQ2vL8pR4tZ7wY1nBq3s', { ...DEFAULT_ENTROPY, minLength: 30 }), undefined);
    assert.equal(randomSecret('Xk9mQ2vL8pR4tZ7wY1nBq3s', { ...DEFAULT_ENTROPY, minRatio: 1.1 }), undefined);
  });
});
