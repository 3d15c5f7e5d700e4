/**
 * MITRE ATT&CK techniques that Kubernetes findings enable or that audit rules detect: every
 * technique of the Containers matrix (https://attack.mitre.org/matrices/enterprise/containers/,
 * ATT&CK v15), plus the Enterprise techniques Rampart's checks point at (marked `enterprise`).
 * And Microsoft's Threat Matrix for Kubernetes (https://microsoft.github.io/Threat-Matrix-for-Kubernetes/),
 * whose technique ids are MS-TA9001 to MS-TA9041.
 */
export type Tactic =
  | 'initial-access'
  | 'execution'
  | 'persistence'
  | 'privilege-escalation'
  | 'defense-evasion'
  | 'credential-access'
  | 'discovery'
  | 'lateral-movement'
  | 'collection'
  | 'command-and-control'
  | 'exfiltration'
  | 'impact';

export interface Technique {
  readonly name: string;
  readonly tactics: readonly Tactic[];
  /** In the Containers matrix, or an Enterprise technique outside it. */
  readonly matrix: 'containers' | 'enterprise';
}

const c = (name: string, ...tactics: Tactic[]): Technique => ({ name, tactics, matrix: 'containers' });
const e = (name: string, ...tactics: Tactic[]): Technique => ({ name, tactics, matrix: 'enterprise' });

export const MITRE_TECHNIQUES = {
  T1190: c('Exploit Public-Facing Application', 'initial-access'),
  T1133: c('External Remote Services', 'initial-access', 'persistence'),
  T1078: c('Valid Accounts', 'initial-access', 'persistence', 'privilege-escalation', 'defense-evasion'),
  'T1078.001': c('Valid Accounts: Default Accounts', 'initial-access', 'persistence', 'privilege-escalation', 'defense-evasion'),
  'T1078.003': c('Valid Accounts: Local Accounts', 'initial-access', 'persistence', 'privilege-escalation', 'defense-evasion'),
  'T1078.004': e('Valid Accounts: Cloud Accounts', 'initial-access', 'persistence', 'privilege-escalation', 'defense-evasion'),
  T1609: c('Container Administration Command', 'execution'),
  T1610: c('Deploy Container', 'execution', 'defense-evasion'),
  'T1053.007': c('Scheduled Task/Job: Container Orchestration Job', 'execution', 'persistence', 'privilege-escalation'),
  'T1204.003': c('User Execution: Malicious Image', 'execution'),
  'T1098.006': c('Account Manipulation: Additional Container Cluster Roles', 'persistence', 'privilege-escalation'),
  'T1136.001': c('Create Account: Local Account', 'persistence'),
  'T1543.005': c('Create or Modify System Process: Container Service', 'persistence', 'privilege-escalation'),
  T1525: c('Implant Internal Image', 'persistence'),
  T1611: c('Escape to Host', 'privilege-escalation'),
  T1068: c('Exploitation for Privilege Escalation', 'privilege-escalation'),
  T1612: c('Build Image on Host', 'defense-evasion'),
  'T1562.001': c('Impair Defenses: Disable or Modify Tools', 'defense-evasion'),
  T1070: c('Indicator Removal', 'defense-evasion'),
  'T1036.005': c('Masquerading: Match Legitimate Name or Location', 'defense-evasion'),
  'T1550.001': c('Use Alternate Authentication Material: Application Access Token', 'defense-evasion', 'lateral-movement'),
  T1110: c('Brute Force', 'credential-access'),
  'T1110.001': c('Brute Force: Password Guessing', 'credential-access'),
  'T1110.003': c('Brute Force: Password Spraying', 'credential-access'),
  'T1110.004': c('Brute Force: Credential Stuffing', 'credential-access'),
  T1528: c('Steal Application Access Token', 'credential-access'),
  'T1552.001': c('Unsecured Credentials: Credentials In Files', 'credential-access'),
  'T1552.007': c('Unsecured Credentials: Container API', 'credential-access'),
  T1613: c('Container and Resource Discovery', 'discovery'),
  T1046: c('Network Service Discovery', 'discovery'),
  T1069: c('Permission Groups Discovery', 'discovery'),
  T1485: c('Data Destruction', 'impact'),
  T1490: c('Inhibit System Recovery', 'impact'),
  T1496: c('Resource Hijacking', 'impact'),
  T1498: c('Network Denial of Service', 'impact'),
  T1499: c('Endpoint Denial of Service', 'impact'),
  // Enterprise techniques outside the Containers matrix that Kubernetes findings enable.
  T1040: e('Network Sniffing', 'credential-access', 'discovery'),
  T1049: e('System Network Connections Discovery', 'discovery'),
  T1087: e('Account Discovery', 'discovery'),
  T1090: e('Proxy', 'command-and-control'),
  T1105: e('Ingress Tool Transfer', 'command-and-control'),
  'T1195.002': e('Supply Chain Compromise: Compromise Software Supply Chain', 'initial-access'),
  'T1505.003': e('Server Software Component: Web Shell', 'persistence'),
  'T1548.001': e('Abuse Elevation Control Mechanism: Setuid and Setgid', 'privilege-escalation', 'defense-evasion'),
  'T1552.005': e('Unsecured Credentials: Cloud Instance Metadata API', 'credential-access'),
  T1557: e('Adversary-in-the-Middle', 'credential-access', 'collection'),
  'T1557.002': e('Adversary-in-the-Middle: ARP Cache Poisoning', 'credential-access', 'collection'),
  'T1562.008': e('Impair Defenses: Disable or Modify Cloud Logs', 'defense-evasion'),
  T1210: e('Exploitation of Remote Services', 'lateral-movement'),
  T1212: e('Exploitation for Credential Access', 'credential-access'),
  T1556: e('Modify Authentication Process', 'credential-access', 'defense-evasion', 'persistence'),
  T1565: e('Data Manipulation', 'impact'),
  T1567: e('Exfiltration Over Web Service', 'exfiltration'),
  T1059: e('Command and Scripting Interpreter', 'execution'),
  'T1027.004': e('Obfuscated Files or Information: Compile After Delivery', 'defense-evasion'),
  T1572: e('Protocol Tunneling', 'command-and-control'),
  T1649: e('Steal or Forge Authentication Certificates', 'credential-access'),
} as const satisfies Record<string, Technique>;

export type MitreId = keyof typeof MITRE_TECHNIQUES;

/** Microsoft's Threat Matrix for Kubernetes: id, name and the tactics it lists the technique under. */
export interface MsTechnique {
  readonly name: string;
  readonly tactics: readonly Tactic[];
}

const ms = (name: string, ...tactics: Tactic[]): MsTechnique => ({ name, tactics });

export const MS_THREAT_MATRIX = {
  'MS-TA9001': ms('Using Cloud Credentials', 'initial-access'),
  'MS-TA9002': ms('Compromised Image In Registry', 'initial-access'),
  'MS-TA9003': ms('Kubeconfig file', 'initial-access'),
  'MS-TA9004': ms('Application Vulnerability', 'initial-access'),
  'MS-TA9005': ms('Exposed Sensitive Interfaces', 'initial-access'),
  'MS-TA9006': ms('Exec into container', 'execution'),
  'MS-TA9007': ms('bash/cmd inside container', 'execution'),
  'MS-TA9008': ms('New Container', 'execution'),
  'MS-TA9009': ms('Application Exploit (RCE)', 'execution'),
  'MS-TA9010': ms('SSH server running inside container', 'execution'),
  'MS-TA9011': ms('Sidecar Injection', 'execution'),
  'MS-TA9012': ms('Backdoor container', 'persistence'),
  'MS-TA9013': ms('Writable hostPath mount', 'persistence', 'privilege-escalation', 'lateral-movement'),
  'MS-TA9014': ms('Kubernetes CronJob', 'persistence'),
  'MS-TA9015': ms('Malicious admission controller', 'persistence', 'credential-access'),
  'MS-TA9016': ms('Container service account', 'persistence', 'credential-access', 'lateral-movement'),
  'MS-TA9017': ms('Static Pods', 'persistence'),
  'MS-TA9018': ms('Privileged container', 'privilege-escalation'),
  'MS-TA9019': ms('Cluster-admin binding', 'privilege-escalation'),
  'MS-TA9020': ms('Access cloud resources', 'privilege-escalation', 'lateral-movement'),
  'MS-TA9021': ms('Clear container logs', 'defense-evasion'),
  'MS-TA9022': ms('Delete K8S events', 'defense-evasion'),
  'MS-TA9023': ms('Pod / container name similarity', 'defense-evasion'),
  'MS-TA9024': ms('Connect from Proxy server', 'defense-evasion'),
  'MS-TA9025': ms('List K8S secrets', 'credential-access'),
  'MS-TA9026': ms('Mount service principal', 'credential-access'),
  'MS-TA9027': ms('Application credentials in configuration files', 'credential-access', 'lateral-movement'),
  'MS-TA9028': ms('Access managed identity credentials', 'credential-access'),
  'MS-TA9029': ms('Access Kubernetes API server', 'discovery'),
  'MS-TA9030': ms('Access Kubelet API', 'discovery'),
  'MS-TA9031': ms('Network mapping', 'discovery'),
  'MS-TA9032': ms('Access Kubernetes dashboard', 'discovery'),
  'MS-TA9033': ms('Instance Metadata API', 'discovery'),
  'MS-TA9034': ms('Cluster internal networking', 'lateral-movement'),
  'MS-TA9035': ms('CoreDNS poisoning', 'lateral-movement'),
  'MS-TA9036': ms('ARP poisoning and IP spoofing', 'lateral-movement'),
  'MS-TA9037': ms('Images from a private registry', 'collection'),
  'MS-TA9038': ms('Data destruction', 'impact'),
  'MS-TA9039': ms('Resource hijacking', 'impact'),
  'MS-TA9040': ms('Denial of service', 'impact'),
  'MS-TA9041': ms('Collecting data from pod', 'collection'),
} as const satisfies Record<string, MsTechnique>;

export type MsThreatId = keyof typeof MS_THREAT_MATRIX;
