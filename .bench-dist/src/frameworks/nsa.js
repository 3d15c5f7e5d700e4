const POD = 'Kubernetes Pod security';
const NET = 'Network separation and hardening';
const AUTH = 'Authentication and authorization';
const LOG = 'Audit logging and threat detection';
const UPGRADE = 'Upgrading and application security practices';
export const NSA_VERSION = '1.2';
export const NSA_CONTROLS = {
    'pod-security.non-root': { chapter: POD, title: '"Non-root" containers and "rootless" container engines', assessment: 'automated' },
    'pod-security.immutable-filesystem': { chapter: POD, title: 'Immutable container file systems', assessment: 'automated' },
    'pod-security.secure-images': { chapter: POD, title: 'Building secure container images', assessment: 'automated' },
    'pod-security.enforcement': { chapter: POD, title: 'Pod security enforcement', assessment: 'automated' },
    'pod-security.service-account-tokens': { chapter: POD, title: 'Protecting Pod service account tokens', assessment: 'automated' },
    'pod-security.hardening-container-environments': { chapter: POD, title: 'Hardening container environments', assessment: 'automated' },
    'network.namespaces': { chapter: NET, title: 'Namespaces', assessment: 'automated' },
    'network.network-policies': { chapter: NET, title: 'Network policies', assessment: 'automated' },
    'network.resource-policies': { chapter: NET, title: 'Resource policies', assessment: 'automated' },
    'network.control-plane-hardening': { chapter: NET, title: 'Control plane hardening', assessment: 'automated' },
    'network.etcd': { chapter: NET, title: 'Control plane hardening: Etcd', assessment: 'automated' },
    'network.kubeconfig-files': { chapter: NET, title: 'Control plane hardening: Kubeconfig files', assessment: 'automated' },
    'network.worker-node-segmentation': { chapter: NET, title: 'Worker node segmentation', assessment: 'automated' },
    'network.encryption': { chapter: NET, title: 'Encryption', assessment: 'automated' },
    'network.secrets': { chapter: NET, title: 'Secrets', assessment: 'automated' },
    'network.cloud-infrastructure': { chapter: NET, title: 'Protecting sensitive cloud infrastructure', assessment: 'automated' },
    'auth.authentication': { chapter: AUTH, title: 'Authentication', assessment: 'automated' },
    'auth.rbac': { chapter: AUTH, title: 'Role-based access control', assessment: 'automated' },
    'logging.audit-logging': { chapter: LOG, title: 'Logging: Kubernetes native audit logging configuration', assessment: 'automated' },
    'logging.node-and-container-logging': { chapter: LOG, title: 'Logging: Worker node and container logging', assessment: 'manual' },
    'logging.seccomp-audit-mode': { chapter: LOG, title: 'Logging: Seccomp: audit mode', assessment: 'manual' },
    'logging.syslog': { chapter: LOG, title: 'Logging: SYSLOG', assessment: 'manual' },
    'logging.siem': { chapter: LOG, title: 'Logging: SIEM platforms', assessment: 'manual' },
    'logging.service-meshes': { chapter: LOG, title: 'Logging: Service meshes', assessment: 'manual' },
    'logging.fault-tolerance': { chapter: LOG, title: 'Logging: Fault tolerance', assessment: 'automated' },
    'detection.alerting': { chapter: LOG, title: 'Threat detection: Alerting', assessment: 'automated' },
    'detection.tools': { chapter: LOG, title: 'Threat detection: Tools', assessment: 'manual' },
    'upgrading.application-security': { chapter: UPGRADE, title: 'Upgrading and application security practices', assessment: 'automated' },
};
//# sourceMappingURL=nsa.js.map