import type { Check } from '../check.js';
import apiserverAdmissionAlwaysAdmit from './apiserver-admission-always-admit.js';
import apiserverAdmissionAlwaysPullImages from './apiserver-admission-always-pull-images.js';
import apiserverAdmissionEventRateLimit from './apiserver-admission-event-rate-limit.js';
import apiserverAdmissionNamespaceLifecycle from './apiserver-admission-namespace-lifecycle.js';
import apiserverAdmissionNodeRestriction from './apiserver-admission-node-restriction.js';
import apiserverAdmissionSecurityContextDeny from './apiserver-admission-security-context-deny.js';
import apiserverAdmissionServiceAccount from './apiserver-admission-service-account.js';
import apiserverAnonymousAuth from './apiserver-anonymous-auth.js';
import apiserverAuditLogMaxage from './apiserver-audit-log-maxage.js';
import apiserverAuditLogMaxbackup from './apiserver-audit-log-maxbackup.js';
import apiserverAuditLogMaxsize from './apiserver-audit-log-maxsize.js';
import apiserverAuditLogPath from './apiserver-audit-log-path.js';
import apiserverAuditPolicyFile from './apiserver-audit-policy-file.js';
import apiserverAuthorizationAlwaysAllow from './apiserver-authorization-always-allow.js';
import apiserverAuthorizationNode from './apiserver-authorization-node.js';
import apiserverAuthorizationRbac from './apiserver-authorization-rbac.js';
import apiserverClientCaFile from './apiserver-client-ca-file.js';
import apiserverDenyServiceExternalIps from './apiserver-deny-service-external-ips.js';
import apiserverEncryptionProviderConfig from './apiserver-encryption-provider-config.js';
import apiserverEtcdCafile from './apiserver-etcd-cafile.js';
import apiserverEtcdCertfile from './apiserver-etcd-certfile.js';
import apiserverEtcdPlaintext from './apiserver-etcd-plaintext.js';
import apiserverInsecurePort from './apiserver-insecure-port.js';
import apiserverKubeletCertificateAuthority from './apiserver-kubelet-certificate-authority.js';
import apiserverKubeletClientCertificate from './apiserver-kubelet-client-certificate.js';
import apiserverProfiling from './apiserver-profiling.js';
import apiserverRequestTimeout from './apiserver-request-timeout.js';
import apiserverServiceAccountExtendTokenExpiration from './apiserver-service-account-extend-token-expiration.js';
import apiserverServiceAccountKeyFile from './apiserver-service-account-key-file.js';
import apiserverServiceAccountLookup from './apiserver-service-account-lookup.js';
import apiserverTlsCertFile from './apiserver-tls-cert-file.js';
import apiserverTlsCipherSuites from './apiserver-tls-cipher-suites.js';
import apiserverTlsMinVersion from './apiserver-tls-min-version.js';
import apiserverTokenAuthFile from './apiserver-token-auth-file.js';
import auditPolicyCoverage from './audit-policy-coverage.js';
import controllerManagerBindAddress from './controller-manager-bind-address.js';
import controllerManagerProfiling from './controller-manager-profiling.js';
import controllerManagerRootCaFile from './controller-manager-root-ca-file.js';
import controllerManagerRotateKubeletServerCertificate from './controller-manager-rotate-kubelet-server-certificate.js';
import controllerManagerServiceAccountPrivateKeyFile from './controller-manager-service-account-private-key-file.js';
import controllerManagerTerminatedPodGcThreshold from './controller-manager-terminated-pod-gc-threshold.js';
import controllerManagerUseServiceAccountCredentials from './controller-manager-use-service-account-credentials.js';
import schedulerBindAddress from './scheduler-bind-address.js';
import schedulerProfiling from './scheduler-profiling.js';

export const CONTROLPLANE_CHECKS: readonly Check[] = [
  apiserverAdmissionAlwaysAdmit,
  apiserverAdmissionAlwaysPullImages,
  apiserverAdmissionEventRateLimit,
  apiserverAdmissionNamespaceLifecycle,
  apiserverAdmissionNodeRestriction,
  apiserverAdmissionSecurityContextDeny,
  apiserverAdmissionServiceAccount,
  apiserverAnonymousAuth,
  apiserverAuditLogMaxage,
  apiserverAuditLogMaxbackup,
  apiserverAuditLogMaxsize,
  apiserverAuditLogPath,
  apiserverAuditPolicyFile,
  apiserverAuthorizationAlwaysAllow,
  apiserverAuthorizationNode,
  apiserverAuthorizationRbac,
  apiserverClientCaFile,
  apiserverDenyServiceExternalIps,
  apiserverEncryptionProviderConfig,
  apiserverEtcdCafile,
  apiserverEtcdCertfile,
  apiserverEtcdPlaintext,
  apiserverInsecurePort,
  apiserverKubeletCertificateAuthority,
  apiserverKubeletClientCertificate,
  apiserverProfiling,
  apiserverRequestTimeout,
  apiserverServiceAccountExtendTokenExpiration,
  apiserverServiceAccountKeyFile,
  apiserverServiceAccountLookup,
  apiserverTlsCertFile,
  apiserverTlsCipherSuites,
  apiserverTlsMinVersion,
  apiserverTokenAuthFile,
  auditPolicyCoverage,
  controllerManagerBindAddress,
  controllerManagerProfiling,
  controllerManagerRootCaFile,
  controllerManagerRotateKubeletServerCertificate,
  controllerManagerServiceAccountPrivateKeyFile,
  controllerManagerTerminatedPodGcThreshold,
  controllerManagerUseServiceAccountCredentials,
  schedulerBindAddress,
  schedulerProfiling,
] as readonly Check[];
