// Producing signature material in cosign's formats, for tests and the demo (Rampart verifies; it
// does not sign real images). The payload is byte-for-byte what `cosign sign` writes.
import { createHash, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { bundleToJSON, toDSSEBundle, toMessageSignatureBundle } from '@sigstore/bundle';

/** cosign's simple-signing payload for `reference@digest` (sigstore/sigstore pkg/signature/payload). */
export function simpleSigningPayload(dockerReference: string, digest: string, annotations?: Record<string, string>): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: { identity: { 'docker-reference': dockerReference }, image: { 'docker-manifest-digest': digest }, type: 'cosign container image signature' },
      optional: annotations ?? null,
    }),
  );
}

/** The signature cosign stores: over the bytes (Ed25519) or their SHA-256 (ECDSA, RSA PKCS#1 v1.5), DER-encoded, base64. */
export function signPayload(privateKey: KeyObject, payload: Buffer): string {
  return cryptoSign(privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256', payload, privateKey).toString('base64');
}

/** A Sigstore bundle v0.3 with a DSSE envelope over an in-toto statement naming `digest`. */
export function dsseBundle(privateKey: KeyObject, digest: string, name: string, keyHint: string): unknown {
  const statement = Buffer.from(
    JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name, digest: { sha256: digest.replace(/^sha256:/, '') } }], predicateType: 'https://sigstore.dev/cosign/sign/v1', predicate: {} }),
  );
  const type = 'application/vnd.in-toto+json';
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${statement.length} `), statement]);
  const signature = cryptoSign(privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256', pae, privateKey);
  return bundleToJSON(toDSSEBundle({ artifact: statement, artifactType: type, signature, keyHint }));
}

/** A Sigstore bundle v0.3 with a message signature over a simple-signing payload. */
export function messageBundle(privateKey: KeyObject, payload: Buffer, keyHint: string): unknown {
  const signature = cryptoSign(privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256', payload, privateKey);
  return bundleToJSON(toMessageSignatureBundle({ digest: createHash('sha256').update(payload).digest(), signature, keyHint }));
}

/** The hint sigstore-go writes for a key: base64 SHA-256 of its SubjectPublicKeyInfo. */
export function keyHint(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
}
