import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyError, parseTrustedKeys, type TrustedKey } from './keys.js';
import { dsseBundle, keyHint, messageBundle, signPayload, simpleSigningPayload } from './sign.js';
import { readSignatures } from './store.js';
import { digestStatus } from '../evidence.js';
import { verifyBundle, verifySimpleSigning } from './verify.js';

const DIGEST = 'sha256:' + '1'.repeat(64);
const OTHER = 'sha256:' + '2'.repeat(64);
const REF = 'registry.example.com/shop/api';

type Pair = { publicKey: KeyObject; privateKey: KeyObject };
const ec = (): Pair => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const rsa = (): Pair => generateKeyPairSync('rsa', { modulusLength: 2048 });
const ed = (): Pair => generateKeyPairSync('ed25519');
const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();
const trusted = (name: string, k: KeyObject): TrustedKey[] => parseTrustedKeys(pem(k), `/keys/${name}.pub`);

describe('trusted keys', () => {
  it('reads ECDSA P-256, RSA and Ed25519 public keys as cosign writes them', () => {
    assert.equal(trusted('ec', ec().publicKey)[0].type, 'ecdsa-p256');
    assert.equal(trusted('rsa', rsa().publicKey)[0].type, 'rsa');
    assert.equal(trusted('ed', ed().publicKey)[0].type, 'ed25519');
    const k = trusted('cosign', ec().publicKey)[0];
    assert.equal(k.name, 'cosign.pub');
    assert.match(k.fingerprint, /^[0-9a-f]{64}$/);
  });
  it('refuses private keys, other curves, short RSA keys and files without a key', () => {
    const { privateKey } = ec();
    assert.throws(() => parseTrustedKeys(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'cosign.key'), (e: Error) => e instanceof KeyError && /private key/.test(e.message));
    assert.throws(() => parseTrustedKeys(pem(generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey), 'p384.pub'), /secp384r1.*P-256/);
    assert.throws(() => parseTrustedKeys(pem(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey), 'weak.pub'), /1024 bits/);
    assert.throws(() => parseTrustedKeys('hello', 'x.pub'), /no PEM block/);
  });
});

describe('simple-signing signatures', () => {
  for (const [type, make] of [['ECDSA P-256', ec], ['RSA', rsa], ['Ed25519', ed]] as const) {
    it(`${type}: valid, wrong key, digest mismatch`, () => {
      const signer = make();
      const keys = trusted('team', signer.publicKey);
      const payload = simpleSigningPayload(REF, DIGEST);
      const sig = signPayload(signer.privateKey, payload);
      const ok = verifySimpleSigning(DIGEST, payload, sig, keys, []);
      assert.equal(ok.status, 'verified');
      assert.equal(ok.key, 'team.pub');
      assert.equal(ok.dockerReference, REF);
      // signed by a key nobody trusts
      const stranger = make();
      const wrong = verifySimpleSigning(DIGEST, payload, signPayload(stranger.privateKey, payload), keys, []);
      assert.equal(wrong.status, 'untrusted');
      // a valid signature of another image, copied next to this one
      const otherPayload = simpleSigningPayload(REF, OTHER);
      const copied = verifySimpleSigning(DIGEST, otherPayload, signPayload(signer.privateKey, otherPayload), keys, []);
      assert.equal(copied.status, 'invalid');
      assert.match(copied.reason, /signs sha256:2{64}, not this image's digest sha256:1{64}/);
    });
  }

  it('tampered payload: retargeted to another digest, or changed otherwise', () => {
    const signer = ec();
    const keys = trusted('team', signer.publicKey);
    const original = simpleSigningPayload(REF, OTHER);
    const sig = signPayload(signer.privateKey, original);
    // the attacker rewrites the digest to their image and keeps the signature
    const retargeted = Buffer.from(original.toString().replace(OTHER, DIGEST));
    const v = verifySimpleSigning(DIGEST, retargeted, sig, keys, []);
    assert.equal(v.status, 'untrusted', 'an ECDSA signature does not say which key made it');
    assert.match(v.reason, /another key, or the payload was changed after signing/);
    // an annotation added after signing, digest untouched
    const annotated = simpleSigningPayload(REF, DIGEST, { approved: 'true' });
    assert.notEqual(verifySimpleSigning(DIGEST, annotated, signPayload(signer.privateKey, simpleSigningPayload(REF, DIGEST)), keys, []).status, 'verified');
  });

  it('tampered payload under an RSA key is told apart from a foreign key', () => {
    const signer = rsa();
    const keys = trusted('rsa-team', signer.publicKey);
    const sig = signPayload(signer.privateKey, simpleSigningPayload(REF, DIGEST));
    const tampered = simpleSigningPayload(REF, DIGEST, { 'build-id': 'evil' });
    const v = verifySimpleSigning(DIGEST, tampered, sig, keys, []);
    assert.equal(v.status, 'invalid');
    assert.equal(v.key, 'rsa-team.pub');
    assert.match(v.reason, /signed different content: the payload was changed after signing/);
    const foreign = rsa();
    assert.equal(verifySimpleSigning(DIGEST, tampered, signPayload(foreign.privateKey, tampered), keys, []).status, 'untrusted');
  });

  it('malformed material is invalid, not a crash', () => {
    const keys = trusted('team', ec().publicKey);
    assert.match(verifySimpleSigning(DIGEST, Buffer.from('{'), 'AAAA', keys, []).reason, /not JSON/);
    assert.match(verifySimpleSigning(DIGEST, Buffer.from('{"critical":{"type":"x"}}'), 'AAAA', keys, []).reason, /not a cosign simple-signing payload/);
    assert.match(verifySimpleSigning(DIGEST, simpleSigningPayload(REF, DIGEST), 'not base64!', keys, []).reason, /not base64/);
  });
});

describe('Sigstore bundles (v0.3)', () => {
  it('DSSE: valid with the hint sigstore-go writes, tampered statement, wrong key, digest mismatch', () => {
    const signer = ec();
    const keys = trusted('team', signer.publicKey);
    const bundle = dsseBundle(signer.privateKey, DIGEST, REF, keyHint(signer.publicKey)) as { mediaType: string; dsseEnvelope: { payload: string } };
    assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    const ok = verifyBundle(DIGEST, bundle, undefined, keys, []);
    assert.equal(ok.status, 'verified', ok.reason);
    // tamper: the statement now names another image, signature kept, hint names our key
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    statement.subject[0].digest.sha256 = '3'.repeat(64);
    const retargeted = { ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') } };
    const t = verifyBundle('sha256:' + '3'.repeat(64), retargeted, undefined, keys, []);
    assert.equal(t.status, 'invalid');
    assert.match(t.reason, /names trusted key team.pub but its signature does not verify/);
    // mismatch: a genuine bundle for another digest
    assert.match(verifyBundle(OTHER, bundle, undefined, keys, []).reason, /not this image's digest sha256:2{64}/);
    // wrong key: a stranger's bundle, with the stranger's hint
    const stranger = ec();
    const foreign = verifyBundle(DIGEST, dsseBundle(stranger.privateKey, DIGEST, REF, keyHint(stranger.publicKey)), undefined, keys, []);
    assert.equal(foreign.status, 'untrusted');
    assert.match(foreign.reason, /not trusted \(hint/);
  });

  it('message signature over the sibling payload; without the payload it cannot verify', () => {
    const signer = ed();
    const keys = trusted('team', signer.publicKey);
    const payload = simpleSigningPayload(REF, DIGEST);
    const bundle = messageBundle(signer.privateKey, payload, 'team');
    assert.equal(verifyBundle(DIGEST, bundle, payload, keys, []).status, 'verified');
    assert.equal(verifyBundle(DIGEST, bundle, simpleSigningPayload(REF, DIGEST, { x: 'y' }), keys, []).status, 'invalid');
    assert.match(verifyBundle(DIGEST, bundle, undefined, keys, []).reason, /payload it signs \(\.payload\.json\) is missing/);
    assert.match(verifyBundle(DIGEST, { mediaType: 'nonsense' }, payload, keys, []).reason, /not a valid Sigstore bundle/);
  });
});

describe('the signatures directory', () => {
  let dir: string;
  let keys: TrustedKey[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rampart-sigs-'));
    const team = ec();
    keys = trusted('team', team.publicKey);
    const write = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
    const hex = (d: string) => d.slice('sha256:'.length);
    const payload = simpleSigningPayload(REF, DIGEST);
    write(`sha256-${hex(DIGEST)}.payload.json`, payload);
    write(`sha256-${hex(DIGEST)}.sig`, signPayload(team.privateKey, payload) + '\n');
    write(`sha256-${hex(OTHER)}.sigstore.json`, JSON.stringify(dsseBundle(ec().privateKey, OTHER, REF, 'someone-else')));
    write(`sha256-${'4'.repeat(64)}.sig`, 'AAAA');
    write('README.md', 'signatures');
    mkdirSync(join(dir, 'second-signer'));
    writeFileSync(join(dir, 'second-signer', `sha256-${hex(OTHER)}.sigstore.json`), JSON.stringify(dsseBundle(team.privateKey, OTHER, REF, keyHint(team.publicKey))));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('groups material by digest, verifies each piece, and ignores other files', () => {
    const store = readSignatures(dir, keys);
    assert.equal(digestStatus(store.byDigest.get(DIGEST)), 'verified');
    assert.deepEqual(store.byDigest.get(DIGEST)?.[0].files, [`sha256-${'1'.repeat(64)}.payload.json`, `sha256-${'1'.repeat(64)}.sig`]);
    // a stranger's bundle and our signer's bundle in a subdirectory: one verifies
    assert.deepEqual(store.byDigest.get(OTHER)?.map((v) => v.status).sort(), ['untrusted', 'verified']);
    assert.equal(digestStatus(store.byDigest.get(OTHER)), 'verified');
    assert.equal(digestStatus(store.byDigest.get('sha256:' + '4'.repeat(64))), 'invalid', 'a signature without its payload');
    assert.equal(digestStatus(store.byDigest.get('sha256:' + '5'.repeat(64))), 'unsigned');
    assert.deepEqual(store.ignored, ['README.md']);
  });
});
