/**
 * The Kubernetes and Cloud Native Security Associate (KCSA) exam's domains, with their weights and
 * competencies, so that a learner can place each finding. Source: CNCF curriculum,
 * https://github.com/cncf/curriculum (KCSA_Curriculum.pdf).
 */
export interface KcsaDomainInfo {
    readonly title: string;
    /** Share of the exam, in percent. */
    readonly weight: number;
    readonly competencies: readonly string[];
}
export declare const KCSA_DOMAINS: {
    readonly 'cloud-native-overview': {
        readonly title: "Overview of Cloud Native Security";
        readonly weight: 14;
        readonly competencies: readonly ["The 4Cs of Cloud Native Security", "Cloud Provider and Infrastructure Security", "Controls and Frameworks", "Isolation Techniques", "Artifact Repository and Image Security", "Workload and Application Code Security"];
    };
    readonly 'cluster-component-security': {
        readonly title: "Kubernetes Cluster Component Security";
        readonly weight: 22;
        readonly competencies: readonly ["API Server", "Controller Manager", "Scheduler", "Kubelet", "Container Runtime", "KubeProxy", "Pod", "Etcd", "Container Networking", "Client Security", "Storage"];
    };
    readonly 'security-fundamentals': {
        readonly title: "Kubernetes Security Fundamentals";
        readonly weight: 22;
        readonly competencies: readonly ["Pod Security Standards", "Pod Security Admissions", "Authentication", "Authorization", "Secrets", "Isolation and Segmentation", "Audit Logging", "Network Policy"];
    };
    readonly 'threat-model': {
        readonly title: "Kubernetes Threat Model";
        readonly weight: 16;
        readonly competencies: readonly ["Kubernetes Trust Boundaries and Data Flow", "Persistence", "Denial of Service", "Malicious Code Execution and Compromised Applications in Containers", "Attacker on the Network", "Access to Sensitive Data", "Privilege Escalation"];
    };
    readonly 'platform-security': {
        readonly title: "Platform Security";
        readonly weight: 16;
        readonly competencies: readonly ["Supply Chain", "Image Repository", "Observability", "Service Mesh", "PKI", "Connectivity", "Admission Control"];
    };
    readonly 'compliance-frameworks': {
        readonly title: "Compliance and Security Frameworks";
        readonly weight: 10;
        readonly competencies: readonly ["Compliance Frameworks", "Threat Modelling Frameworks", "Supply Chain Compliance", "Automation and Tooling"];
    };
};
export type KcsaDomain = keyof typeof KCSA_DOMAINS;
