import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { basename } from 'node:path';

/** A public key the user trusts to sign images (`--trusted-key`). */
export interface TrustedKey {
  /** The file it came from, as given. */
  readonly file: string;
  /** How messages name it: the file name, and the block number when a file holds several keys. */
  readonly name: string;
  readonly type: 'ecdsa-p256' | 'rsa' | 'ed25519';
  readonly key: KeyObject;
  /** Hex SHA-256 of the key's SubjectPublicKeyInfo DER: a fingerprint independent of its file. */
  readonly fingerprint: string;
  /**
   * Strings a Sigstore bundle may use as `verificationMaterial.publicKey.hint` for this key:
   * base64 and hex SHA-256 of the DER (sigstore-go and cosign write the base64 form), the file name.
   */
  readonly hints: ReadonlySet<string>;
}

export class KeyError extends Error {}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * The public keys of one PEM file as cosign writes them (`cosign generate-key-pair` writes
 * `cosign.pub`: an ECDSA P-256 SubjectPublicKeyInfo; `--key` also accepts RSA and Ed25519 keys).
 * RSA keys in PKCS#1 form and X.509 certificates (their subject key) are accepted too. A private
 * key is refused: a trust anchor is public.
 */
export function parseTrustedKeys(pem: string, file: string): TrustedKey[] {
  const blocks = [...pem.matchAll(BLOCK)];
  if (blocks.length === 0) throw new KeyError(`${file}: no PEM block (expected "-----BEGIN PUBLIC KEY-----", as cosign writes cosign.pub)`);
  const keys: TrustedKey[] = [];
  for (const [i, [text, label]] of blocks.entries()) {
    if (label.includes('PRIVATE')) throw new KeyError(`${file}: holds a private key (${label}); give the public key (cosign.pub)`);
    if (label !== 'PUBLIC KEY' && label !== 'RSA PUBLIC KEY' && label !== 'CERTIFICATE') continue;
    let key: KeyObject;
    try {
      key = createPublicKey(text);
    } catch (e) {
      throw new KeyError(`${file}: unreadable ${label}: ${(e as Error).message}`);
    }
    const type = keyType(key, file);
    const der = key.export({ type: 'spki', format: 'der' });
    const digest = createHash('sha256').update(der).digest();
    const name = blocks.length > 1 ? `${basename(file)}#${i + 1}` : basename(file);
    keys.push({ file, name, type, key, fingerprint: digest.toString('hex'), hints: new Set([digest.toString('base64'), digest.toString('hex'), basename(file), basename(file).replace(/\.[^.]+$/, '')]) });
  }
  if (keys.length === 0) throw new KeyError(`${file}: no public key (found ${blocks.map((b) => b[1]).join(', ')})`);
  return keys;
}

function keyType(key: KeyObject, file: string): TrustedKey['type'] {
  switch (key.asymmetricKeyType) {
    case 'ec': {
      const curve = key.asymmetricKeyDetails?.namedCurve;
      if (curve !== 'prime256v1') throw new KeyError(`${file}: ECDSA key on curve ${curve ?? 'unknown'}; cosign keys are P-256 (prime256v1)`);
      return 'ecdsa-p256';
    }
    case 'rsa': {
      const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
      if (bits < 2048) throw new KeyError(`${file}: RSA key of ${bits} bits; at least 2048 are required`);
      return 'rsa';
    }
    case 'ed25519':
      return 'ed25519';
    default:
      throw new KeyError(`${file}: ${key.asymmetricKeyType ?? 'unknown'} keys are not supported (ECDSA P-256, RSA or Ed25519)`);
  }
}
