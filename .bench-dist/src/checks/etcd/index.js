import autoTls from './auto-tls.js';
import certFile from './cert-file.js';
import clientCertAuth from './client-cert-auth.js';
import peerAutoTls from './peer-auto-tls.js';
import peerCertFile from './peer-cert-file.js';
import peerClientCertAuth from './peer-client-cert-auth.js';
import uniqueCa from './unique-ca.js';
export const ETCD_CHECKS = [
    autoTls,
    certFile,
    clientCertAuth,
    peerAutoTls,
    peerCertFile,
    peerClientCertAuth,
    uniqueCa,
];
//# sourceMappingURL=index.js.map