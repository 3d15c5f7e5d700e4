import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { credentialName, findCredentialAssignments, findSecretFormats, isCredentialAssignment, nameWords, redact } from './credentials.js';
describe('credential names', () => {
    it('splits names into words', () => {
        assert.deepEqual(nameWords('DB_PASSWORD'), ['DB', 'PASSWORD']);
        assert.deepEqual(nameWords('spring.datasource.password'), ['SPRING', 'DATASOURCE', 'PASSWORD']);
        assert.deepEqual(nameWords('clientSecret'), ['CLIENT', 'SECRET']);
        assert.deepEqual(nameWords('APIKey'), ['API', 'KEY']);
        assert.deepEqual(nameWords('x-api-key'), ['X', 'API', 'KEY']);
    });
    const credentials = [
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
    it('skips empty and obviously harmless values', () => {
        assert.equal(isCredentialAssignment('DB_PASSWORD', 'hunter2'), 'PASSWORD');
        assert.equal(isCredentialAssignment('DB_PASSWORD', 'changeme'), 'PASSWORD');
        for (const v of ['', '  ', 'true', 'False', 'no', '8080', '30s', '$(OTHER_VAR)', '${DB_PASSWORD}', '{{ .Values.pw }}', '/var/run/secrets/db', './token']) {
            assert.equal(isCredentialAssignment('DB_PASSWORD', v), undefined, JSON.stringify(v));
        }
    });
});
describe('secret formats', () => {
    const cases = [
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
    ];
    for (const [value, id] of cases) {
        it(`finds ${id}`, () => {
            assert.deepEqual(findSecretFormats(value).map((m) => m.format.id), [id]);
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
        assert.deepEqual(findCredentialAssignments(text).map(({ key, line }) => [key, line]), [
            ['spring.datasource.password', 3],
            ['API_TOKEN', 4],
            ['clientSecret', 6],
            ['password', 7],
        ]);
    });
});
describe('redact', () => {
    it('never shows more than a quarter of a value', () => {
        assert.equal(redact('hunter2'), '… (7 chars)');
        assert.equal(redact('AKIAIOSFODNN7EXAMPLE'), 'AKIA… (20 chars)');
    });
});
//# sourceMappingURL=credentials.test.js.map