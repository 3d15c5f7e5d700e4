// Offline verification of cosign image signatures against trusted public keys.
//
// Two forms, as `cosign download signature` / `cosign save` and `cosign sign --bundle` leave them:
// - simple signing: the payload (JSON, "cosign container image signature") and the base64
//   signature over its exact bytes; ECDSA and RSA (PKCS#1 v1.5) keys sign its SHA-256, Ed25519
//   signs the bytes themselves (sigstore/sigstore's LoadVerifier, as `cosign verify --key` uses);
// - a Sigstore bundle (v0.1-0.3): a DSSE envelope over an in-toto statement or a simple-signing
//   payload, or a message signature over the payload; checked with `@sigstore/verify`.
// Either way the signed content must name the image's digest
// (`critical.image.docker-manifest-digest`, or the statement's subject): a valid signature for
// another image is no signature for this one. Transparency-log entries and keyless (Fulcio
// certificate) signatures need Sigstore's online trust root and are not verified here.
import { constants, createHash, publicDecrypt, verify as cryptoVerify } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { toSignedEntity, Verifier, type TrustMaterial } from '@sigstore/verify';
import type { TrustedKey } from './keys.js';

export type SignatureStatus = 'verified' | 'invalid' | 'untrusted';

/** What one piece of signature material says about one digest. */
export interface SignatureVerdict {
  readonly status: SignatureStatus;
  /** Why, in words: which key verified, or what is wrong. */
  readonly reason: string;
  readonly format: 'simple-signing' | 'sigstore-bundle';
  /** The files of this material, relative to the signatures directory. */
  readonly files: readonly string[];
  /** The trusted key that verified the signature, or that the material names and that failed. */
  readonly key?: string;
  /** `critical.identity.docker-reference` of the payload, when it has one. */
  readonly dockerReference?: string;
}

const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

/** The digest a simple-signing payload signs, or what is wrong with the payload. */
function payloadDigest(payload: Buffer): { digest: string; dockerReference?: string } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    return { error: 'the payload is not JSON' };
  }
  const critical = (json as { critical?: { type?: unknown; image?: { 'docker-manifest-digest'?: unknown }; identity?: { 'docker-reference'?: unknown } } })?.critical;
  if (critical?.type !== SIMPLE_SIGNING_TYPE) return { error: `the payload is not a cosign simple-signing payload (critical.type is not "${SIMPLE_SIGNING_TYPE}")` };
  const digest = critical.image?.['docker-manifest-digest'];
  if (typeof digest !== 'string') return { error: 'the payload names no critical.image.docker-manifest-digest' };
  const ref = critical.identity?.['docker-reference'];
  return { digest, ...(typeof ref === 'string' && { dockerReference: ref }) };
}

/** A signature over `data` by `key`, as cosign's verifiers check it. */
function verifiesWith(key: TrustedKey, data: Buffer, signature: Buffer): boolean {
  try {
    return cryptoVerify(key.type === 'ed25519' ? null : 'sha256', data, key.key, signature);
  } catch {
    return false;
  }
}

/** DigestInfo prefix of SHA-256 in PKCS#1 v1.5 signatures (RFC 8017, §9.2 note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/**
 * Whether an RSA signature was made with this key over some other content: PKCS#1 v1.5 signatures
 * can be opened with the public key, and a well-formed SHA-256 DigestInfo inside means this key
 * signed it. The only signature form where "altered after signing" can be told from "another key".
 */
function rsaSignedOtherContent(key: TrustedKey, data: Buffer, signature: Buffer): boolean {
  if (key.type !== 'rsa') return false;
  try {
    const opened = publicDecrypt({ key: key.key, padding: constants.RSA_PKCS1_PADDING }, signature);
    return opened.length === SHA256_DIGEST_INFO.length + 32 && opened.subarray(0, SHA256_DIGEST_INFO.length).equals(SHA256_DIGEST_INFO) && !opened.subarray(SHA256_DIGEST_INFO.length).equals(createHash('sha256').update(data).digest());
  } catch {
    return false;
  }
}

const UNNAMED_KEY =
  'no trusted key verifies the signature: it was made with another key, or the payload was changed after signing ' +
  '(a simple-signing signature does not name its key, so the two cannot be told apart)';

/** Verifies a `.payload.json` + `.sig` pair for `digest`. */
export function verifySimpleSigning(digest: string, payload: Buffer, signatureText: string, keys: readonly TrustedKey[], files: readonly string[]): SignatureVerdict {
  const base = { format: 'simple-signing' as const, files };
  const claimed = payloadDigest(payload);
  if ('error' in claimed) return { ...base, status: 'invalid', reason: claimed.error };
  const ref = claimed.dockerReference !== undefined ? { dockerReference: claimed.dockerReference } : {};
  if (claimed.digest !== digest) return { ...base, ...ref, status: 'invalid', reason: `the payload signs ${claimed.digest}, not this image's digest ${digest}` };
  const b64 = signatureText.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return { ...base, ...ref, status: 'invalid', reason: 'the .sig file is not base64' };
  const signature = Buffer.from(b64, 'base64');
  for (const key of keys) if (verifiesWith(key, payload, signature)) return { ...base, ...ref, status: 'verified', key: key.name, reason: `signed by trusted key ${key.name}` };
  const opener = keys.find((k) => rsaSignedOtherContent(k, payload, signature));
  if (opener) return { ...base, ...ref, status: 'invalid', key: opener.name, reason: `trusted key ${opener.name} signed different content: the payload was changed after signing` };
  return { ...base, ...ref, status: 'untrusted', reason: UNNAMED_KEY };
}

const OFFLINE: TrustMaterial = { certificateAuthorities: [], timestampAuthorities: [], tlogs: [], ctlogs: [], publicKey: () => ({ publicKey: undefined as never, validFor: () => false }) };

function trustOnly(key: TrustedKey): TrustMaterial {
  return { ...OFFLINE, publicKey: () => ({ publicKey: key.key, validFor: () => true }) };
}

/**
 * Verifies a Sigstore bundle for `digest`. `payload` is the sibling `.payload.json`, needed when
 * the bundle holds a message signature (which carries only the payload's hash).
 */
export function verifyBundle(digest: string, json: unknown, payload: Buffer | undefined, keys: readonly TrustedKey[], files: readonly string[]): SignatureVerdict {
  const base = { format: 'sigstore-bundle' as const, files };
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (e) {
    return { ...base, status: 'invalid', reason: `not a valid Sigstore bundle: ${(e as Error).message}` };
  }
  // What the bundle signs must be this image.
  let artifact: Buffer | undefined;
  let dockerReference: string | undefined;
  if (bundle.content.$case === 'dsseEnvelope') {
    const env = bundle.content.dsseEnvelope;
    const claimed = env.payloadType === 'application/vnd.in-toto+json' ? statementDigests(env.payload) : payloadDigestList(env.payload);
    if ('error' in claimed) return { ...base, status: 'invalid', reason: claimed.error };
    if (!claimed.digests.includes(digest)) return { ...base, status: 'invalid', reason: `the bundle signs ${claimed.digests.join(', ') || 'no image digest'}, not this image's digest ${digest}` };
    dockerReference = claimed.dockerReference;
  } else {
    if (!payload) return { ...base, status: 'invalid', reason: 'the bundle holds a message signature but the payload it signs (.payload.json) is missing' };
    const claimed = payloadDigest(payload);
    if ('error' in claimed) return { ...base, status: 'invalid', reason: claimed.error };
    if (claimed.digest !== digest) return { ...base, status: 'invalid', reason: `the payload signs ${claimed.digest}, not this image's digest ${digest}` };
    dockerReference = claimed.dockerReference;
    artifact = payload;
  }
  const ref = dockerReference !== undefined ? { dockerReference } : {};
  const material = bundle.verificationMaterial.content;
  if (material.$case !== 'publicKey') {
    return { ...base, ...ref, status: 'untrusted', reason: 'keyless signature (a Fulcio certificate): it needs the Sigstore trust root, which offline verification with trusted keys does not use' };
  }
  // Offline: transparency-log entries and timestamps need their authorities' keys; the signature
  // is checked against the trusted keys alone.
  const offline: Bundle = { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: [], timestampVerificationData: undefined } };
  const entityFor = () => toSignedEntity(offline, artifact);
  const verifies = (key: TrustedKey) => {
    if (key.type === 'ed25519' && bundle.content.$case === 'messageSignature' && artifact) {
      // @sigstore/verify hashes message signatures first, which Ed25519 keys do not do: pure
      // Ed25519 over the payload, after checking that the bundle's digest is the payload's
      const { messageDigest, signature } = bundle.content.messageSignature;
      return messageDigest.digest.equals(createHash('sha256').update(artifact).digest()) && verifiesWith(key, artifact, signature);
    }
    try {
      new Verifier(trustOnly(key), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(entityFor());
      return true;
    } catch {
      return false;
    }
  };
  const hint = material.publicKey.hint ?? '';
  const named = keys.find((k) => hint !== '' && k.hints.has(hint));
  // As `cosign verify --key`: any trusted key that verifies will do, whatever the hint says.
  for (const key of named ? [named, ...keys.filter((k) => k !== named)] : keys) if (verifies(key)) return { ...base, ...ref, status: 'verified', key: key.name, reason: `signed by trusted key ${key.name}` };
  if (named) return { ...base, ...ref, status: 'invalid', key: named.name, reason: `the bundle names trusted key ${named.name} but its signature does not verify: the signed content was changed` };
  return { ...base, ...ref, status: 'untrusted', reason: hint !== '' ? `signed by a key that is not trusted (hint "${hint}")` : UNNAMED_KEY };
}

function statementDigests(payload: Buffer): { digests: string[]; dockerReference?: string } | { error: string } {
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch {
    return { error: 'the DSSE payload is not JSON' };
  }
  const subjects = (statement as { subject?: unknown })?.subject;
  if (!Array.isArray(subjects)) return { error: 'the in-toto statement has no subject' };
  const digests = subjects.flatMap((s) => (typeof s?.digest?.sha256 === 'string' ? [`sha256:${s.digest.sha256}`] : []));
  return { digests };
}

function payloadDigestList(payload: Buffer): { digests: string[]; dockerReference?: string } | { error: string } {
  const claimed = payloadDigest(payload);
  return 'error' in claimed ? claimed : { digests: [claimed.digest], ...(claimed.dockerReference !== undefined && { dockerReference: claimed.dockerReference }) };
}
