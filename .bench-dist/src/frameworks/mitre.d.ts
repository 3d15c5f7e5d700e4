/**
 * MITRE ATT&CK techniques that Kubernetes findings enable or that audit rules detect: every
 * technique of the Containers matrix (https://attack.mitre.org/matrices/enterprise/containers/,
 * ATT&CK v15), plus the Enterprise techniques Rampart's checks point at (marked `enterprise`).
 * And Microsoft's Threat Matrix for Kubernetes (https://microsoft.github.io/Threat-Matrix-for-Kubernetes/),
 * whose technique ids are MS-TA9001 to MS-TA9041.
 */
export type Tactic = 'initial-access' | 'execution' | 'persistence' | 'privilege-escalation' | 'defense-evasion' | 'credential-access' | 'discovery' | 'lateral-movement' | 'collection' | 'command-and-control' | 'exfiltration' | 'impact';
export interface Technique {
    readonly name: string;
    readonly tactics: readonly Tactic[];
    /** In the Containers matrix, or an Enterprise technique outside it. */
    readonly matrix: 'containers' | 'enterprise';
}
export declare const MITRE_TECHNIQUES: {
    readonly T1190: Technique;
    readonly T1133: Technique;
    readonly T1078: Technique;
    readonly 'T1078.001': Technique;
    readonly 'T1078.003': Technique;
    readonly 'T1078.004': Technique;
    readonly T1609: Technique;
    readonly T1610: Technique;
    readonly 'T1053.007': Technique;
    readonly 'T1204.003': Technique;
    readonly 'T1098.006': Technique;
    readonly 'T1136.001': Technique;
    readonly 'T1543.005': Technique;
    readonly T1525: Technique;
    readonly T1611: Technique;
    readonly T1068: Technique;
    readonly T1612: Technique;
    readonly 'T1562.001': Technique;
    readonly T1070: Technique;
    readonly 'T1036.005': Technique;
    readonly 'T1550.001': Technique;
    readonly T1110: Technique;
    readonly 'T1110.001': Technique;
    readonly 'T1110.003': Technique;
    readonly 'T1110.004': Technique;
    readonly T1528: Technique;
    readonly 'T1552.001': Technique;
    readonly 'T1552.007': Technique;
    readonly T1613: Technique;
    readonly T1046: Technique;
    readonly T1069: Technique;
    readonly T1485: Technique;
    readonly T1490: Technique;
    readonly T1496: Technique;
    readonly T1498: Technique;
    readonly T1499: Technique;
    readonly T1040: Technique;
    readonly T1049: Technique;
    readonly T1087: Technique;
    readonly T1090: Technique;
    readonly T1105: Technique;
    readonly 'T1195.002': Technique;
    readonly 'T1505.003': Technique;
    readonly 'T1548.001': Technique;
    readonly 'T1552.005': Technique;
    readonly T1557: Technique;
    readonly 'T1557.002': Technique;
    readonly 'T1562.008': Technique;
    readonly T1210: Technique;
    readonly T1212: Technique;
    readonly T1556: Technique;
    readonly T1565: Technique;
    readonly T1567: Technique;
    readonly T1059: Technique;
    readonly 'T1027.004': Technique;
    readonly T1572: Technique;
    readonly T1649: Technique;
};
export type MitreId = keyof typeof MITRE_TECHNIQUES;
/** Microsoft's Threat Matrix for Kubernetes: id, name and the tactics it lists the technique under. */
export interface MsTechnique {
    readonly name: string;
    readonly tactics: readonly Tactic[];
}
export declare const MS_THREAT_MATRIX: {
    readonly 'MS-TA9001': MsTechnique;
    readonly 'MS-TA9002': MsTechnique;
    readonly 'MS-TA9003': MsTechnique;
    readonly 'MS-TA9004': MsTechnique;
    readonly 'MS-TA9005': MsTechnique;
    readonly 'MS-TA9006': MsTechnique;
    readonly 'MS-TA9007': MsTechnique;
    readonly 'MS-TA9008': MsTechnique;
    readonly 'MS-TA9009': MsTechnique;
    readonly 'MS-TA9010': MsTechnique;
    readonly 'MS-TA9011': MsTechnique;
    readonly 'MS-TA9012': MsTechnique;
    readonly 'MS-TA9013': MsTechnique;
    readonly 'MS-TA9014': MsTechnique;
    readonly 'MS-TA9015': MsTechnique;
    readonly 'MS-TA9016': MsTechnique;
    readonly 'MS-TA9017': MsTechnique;
    readonly 'MS-TA9018': MsTechnique;
    readonly 'MS-TA9019': MsTechnique;
    readonly 'MS-TA9020': MsTechnique;
    readonly 'MS-TA9021': MsTechnique;
    readonly 'MS-TA9022': MsTechnique;
    readonly 'MS-TA9023': MsTechnique;
    readonly 'MS-TA9024': MsTechnique;
    readonly 'MS-TA9025': MsTechnique;
    readonly 'MS-TA9026': MsTechnique;
    readonly 'MS-TA9027': MsTechnique;
    readonly 'MS-TA9028': MsTechnique;
    readonly 'MS-TA9029': MsTechnique;
    readonly 'MS-TA9030': MsTechnique;
    readonly 'MS-TA9031': MsTechnique;
    readonly 'MS-TA9032': MsTechnique;
    readonly 'MS-TA9033': MsTechnique;
    readonly 'MS-TA9034': MsTechnique;
    readonly 'MS-TA9035': MsTechnique;
    readonly 'MS-TA9036': MsTechnique;
    readonly 'MS-TA9037': MsTechnique;
    readonly 'MS-TA9038': MsTechnique;
    readonly 'MS-TA9039': MsTechnique;
    readonly 'MS-TA9040': MsTechnique;
    readonly 'MS-TA9041': MsTechnique;
};
export type MsThreatId = keyof typeof MS_THREAT_MATRIX;
