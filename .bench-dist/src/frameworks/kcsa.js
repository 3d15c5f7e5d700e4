export const KCSA_DOMAINS = {
    'cloud-native-overview': {
        title: 'Overview of Cloud Native Security',
        weight: 14,
        competencies: ['The 4Cs of Cloud Native Security', 'Cloud Provider and Infrastructure Security', 'Controls and Frameworks', 'Isolation Techniques', 'Artifact Repository and Image Security', 'Workload and Application Code Security'],
    },
    'cluster-component-security': {
        title: 'Kubernetes Cluster Component Security',
        weight: 22,
        competencies: ['API Server', 'Controller Manager', 'Scheduler', 'Kubelet', 'Container Runtime', 'KubeProxy', 'Pod', 'Etcd', 'Container Networking', 'Client Security', 'Storage'],
    },
    'security-fundamentals': {
        title: 'Kubernetes Security Fundamentals',
        weight: 22,
        competencies: ['Pod Security Standards', 'Pod Security Admissions', 'Authentication', 'Authorization', 'Secrets', 'Isolation and Segmentation', 'Audit Logging', 'Network Policy'],
    },
    'threat-model': {
        title: 'Kubernetes Threat Model',
        weight: 16,
        competencies: ['Kubernetes Trust Boundaries and Data Flow', 'Persistence', 'Denial of Service', 'Malicious Code Execution and Compromised Applications in Containers', 'Attacker on the Network', 'Access to Sensitive Data', 'Privilege Escalation'],
    },
    'platform-security': {
        title: 'Platform Security',
        weight: 16,
        competencies: ['Supply Chain', 'Image Repository', 'Observability', 'Service Mesh', 'PKI', 'Connectivity', 'Admission Control'],
    },
    'compliance-frameworks': {
        title: 'Compliance and Security Frameworks',
        weight: 10,
        competencies: ['Compliance Frameworks', 'Threat Modelling Frameworks', 'Supply Chain Compliance', 'Automation and Tooling'],
    },
};
//# sourceMappingURL=kcsa.js.map