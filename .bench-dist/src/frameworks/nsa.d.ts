/**
 * NSA and CISA, "Kubernetes Hardening Guide", version 1.2 (August 2022). The guide does not number
 * its recommendations; a control here is one of its sections, keyed by chapter and section, with
 * the section's heading as its title. A section whose advice no configuration can show (building
 * images, SIEM platforms...) is manual: a person assesses it.
 *
 * Source: https://media.defense.gov/2022/Aug/29/2003066362/-1/-1/0/CTR_KUBERNETES_HARDENING_GUIDANCE_1.2_20220829.PDF
 */
export interface NsaControl {
    readonly chapter: string;
    readonly title: string;
    readonly assessment: 'automated' | 'manual';
}
export declare const NSA_VERSION = "1.2";
export declare const NSA_CONTROLS: {
    readonly 'pod-security.non-root': {
        readonly chapter: "Kubernetes Pod security";
        readonly title: "\"Non-root\" containers and \"rootless\" container engines";
        readonly assessment: "automated";
    };
    readonly 'pod-security.immutable-filesystem': {
        readonly chapter: "Kubernetes Pod security";
        readonly title: "Immutable container file systems";
        readonly assessment: "automated";
    };
    readonly 'pod-security.secure-images': {
        readonly chapter: "Kubernetes Pod security";
        readonly title: "Building secure container images";
        readonly assessment: "automated";
    };
    readonly 'pod-security.enforcement': {
        readonly chapter: "Kubernetes Pod security";
        readonly title: "Pod security enforcement";
        readonly assessment: "automated";
    };
    readonly 'pod-security.service-account-tokens': {
        readonly chapter: "Kubernetes Pod security";
        readonly title: "Protecting Pod service account tokens";
        readonly assessment: "automated";
    };
    readonly 'pod-security.hardening-container-environments': {
        readonly chapter: "Kubernetes Pod security";
        readonly title: "Hardening container environments";
        readonly assessment: "automated";
    };
    readonly 'network.namespaces': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Namespaces";
        readonly assessment: "automated";
    };
    readonly 'network.network-policies': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Network policies";
        readonly assessment: "automated";
    };
    readonly 'network.resource-policies': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Resource policies";
        readonly assessment: "automated";
    };
    readonly 'network.control-plane-hardening': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Control plane hardening";
        readonly assessment: "automated";
    };
    readonly 'network.etcd': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Control plane hardening: Etcd";
        readonly assessment: "automated";
    };
    readonly 'network.kubeconfig-files': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Control plane hardening: Kubeconfig files";
        readonly assessment: "automated";
    };
    readonly 'network.worker-node-segmentation': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Worker node segmentation";
        readonly assessment: "automated";
    };
    readonly 'network.encryption': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Encryption";
        readonly assessment: "automated";
    };
    readonly 'network.secrets': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Secrets";
        readonly assessment: "automated";
    };
    readonly 'network.cloud-infrastructure': {
        readonly chapter: "Network separation and hardening";
        readonly title: "Protecting sensitive cloud infrastructure";
        readonly assessment: "automated";
    };
    readonly 'auth.authentication': {
        readonly chapter: "Authentication and authorization";
        readonly title: "Authentication";
        readonly assessment: "automated";
    };
    readonly 'auth.rbac': {
        readonly chapter: "Authentication and authorization";
        readonly title: "Role-based access control";
        readonly assessment: "automated";
    };
    readonly 'logging.audit-logging': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Logging: Kubernetes native audit logging configuration";
        readonly assessment: "automated";
    };
    readonly 'logging.node-and-container-logging': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Logging: Worker node and container logging";
        readonly assessment: "manual";
    };
    readonly 'logging.seccomp-audit-mode': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Logging: Seccomp: audit mode";
        readonly assessment: "manual";
    };
    readonly 'logging.syslog': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Logging: SYSLOG";
        readonly assessment: "manual";
    };
    readonly 'logging.siem': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Logging: SIEM platforms";
        readonly assessment: "manual";
    };
    readonly 'logging.service-meshes': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Logging: Service meshes";
        readonly assessment: "manual";
    };
    readonly 'logging.fault-tolerance': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Logging: Fault tolerance";
        readonly assessment: "automated";
    };
    readonly 'detection.alerting': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Threat detection: Alerting";
        readonly assessment: "automated";
    };
    readonly 'detection.tools': {
        readonly chapter: "Audit logging and threat detection";
        readonly title: "Threat detection: Tools";
        readonly assessment: "manual";
    };
    readonly 'upgrading.application-security': {
        readonly chapter: "Upgrading and application security practices";
        readonly title: "Upgrading and application security practices";
        readonly assessment: "automated";
    };
};
export type NsaKey = keyof typeof NSA_CONTROLS;
