/**
 * A throwaway CA and a server certificate for localhost and 127.0.0.1, made in memory for tests
 * of the HTTPS servers (ECDSA P-256 through WebCrypto; @peculiar/x509 writes the certificates).
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
export async function makeTestPki() {
    const x509 = await import('@peculiar/x509');
    x509.cryptoProvider.set(webcrypto);
    const now = Date.now();
    const validity = { notBefore: new Date(now - 60_000), notAfter: new Date(now + 86_400_000) };
    const caKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']));
    const ca = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: '01',
        name: 'CN=rampart-test-ca',
        ...validity,
        keys: caKeys,
        signingAlgorithm: ALG,
        extensions: [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
    });
    let serial = 1;
    const issue = async (commonName) => {
        const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']));
        const s = (++serial).toString(16).padStart(2, '0');
        const cert = await x509.X509CertificateGenerator.create({
            serialNumber: s,
            subject: `CN=${commonName}`,
            issuer: ca.subject,
            ...validity,
            signingKey: caKeys.privateKey,
            publicKey: keys.publicKey,
            signingAlgorithm: ALG,
            extensions: [
                new x509.SubjectAlternativeNameExtension([
                    { type: 'dns', value: 'localhost' },
                    { type: 'ip', value: '127.0.0.1' },
                ]),
                new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']),
            ],
        });
        const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
        return { certPem: cert.toString('pem'), keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'), serial: s };
    };
    const first = await issue('localhost');
    return { caPem: ca.toString('pem'), certPem: first.certPem, keyPem: first.keyPem, issue };
}
//# sourceMappingURL=certs.js.map