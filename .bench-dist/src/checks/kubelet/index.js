import anonymousAuth from './anonymous-auth.js';
import authorizationMode from './authorization-mode.js';
import clientCaFile from './client-ca-file.js';
import eventQps from './event-qps.js';
import hostnameOverride from './hostname-override.js';
import makeIptablesUtilChains from './make-iptables-util-chains.js';
import podPidsLimit from './pod-pids-limit.js';
import protectKernelDefaults from './protect-kernel-defaults.js';
import readOnlyPort from './read-only-port.js';
import rotateCertificates from './rotate-certificates.js';
import rotateServerCertificates from './rotate-server-certificates.js';
import seccompDefault from './seccomp-default.js';
import streamingConnectionIdleTimeout from './streaming-connection-idle-timeout.js';
import tlsCertFile from './tls-cert-file.js';
import tlsCipherSuites from './tls-cipher-suites.js';
export const KUBELET_CHECKS = [
    anonymousAuth,
    authorizationMode,
    clientCaFile,
    eventQps,
    hostnameOverride,
    makeIptablesUtilChains,
    podPidsLimit,
    protectKernelDefaults,
    readOnlyPort,
    rotateCertificates,
    rotateServerCertificates,
    seccompDefault,
    streamingConnectionIdleTimeout,
    tlsCertFile,
    tlsCipherSuites,
];
//# sourceMappingURL=index.js.map