import { defineCheck, containerKey } from '../check.js';
import { capabilityEntries, describeContainer } from '../../analysis/security-context.js';
import type { Severity } from '../../findings/finding.js';

export interface DangerousCapability {
  readonly severity: Severity;
  /** What the capability lets an attacker do, for the message. */
  readonly risk: string;
}

/**
 * Capabilities that break container isolation or give host-level power, by normalized name (no
 * `CAP_` prefix). NET_RAW is left out: it is in the runtimes' default set and has its own check,
 * workload.net-raw-not-dropped.
 */
export const DANGEROUS_CAPABILITIES: Readonly<Record<string, DangerousCapability>> = {
  ALL: { severity: 'critical', risk: 'grants every capability, SYS_ADMIN included: as good as privileged' },
  SYS_ADMIN: { severity: 'critical', risk: 'mounts filesystems, uses cgroup release_agent and many other paths out of the container' },
  SYS_MODULE: { severity: 'high', risk: 'loads kernel modules: arbitrary code in the host kernel' },
  SYS_PTRACE: { severity: 'high', risk: 'traces and injects code into other processes, host processes too with hostPID' },
  SYS_RAWIO: { severity: 'high', risk: 'raw I/O to devices and ports, /dev/mem included' },
  SYS_BOOT: { severity: 'high', risk: 'reboots the node or loads a new kernel with kexec' },
  NET_ADMIN: { severity: 'high', risk: 'reconfigures interfaces, routes and iptables: sniffs or redirects traffic and sidesteps network policy' },
  DAC_READ_SEARCH: { severity: 'high', risk: 'bypasses file read permissions; with open_by_handle_at it reads host files (the "Shocker" escape)' },
  DAC_OVERRIDE: { severity: 'high', risk: 'bypasses file read, write and execute permission checks' },
  BPF: { severity: 'high', risk: 'loads BPF programs that can read kernel memory and observe every process on the node' },
  PERFMON: { severity: 'high', risk: 'attaches performance probes that observe the kernel and other processes' },
  MAC_ADMIN: { severity: 'high', risk: 'changes AppArmor or SELinux policy, the confinement meant to hold the container' },
  MAC_OVERRIDE: { severity: 'high', risk: 'overrides AppArmor or SELinux policy' },
};

export default defineCheck({
  meta: {
    id: 'workload.dangerous-capabilities',
    title: 'Container adds a dangerous Linux capability',
    severity: 'high',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'Linux splits root\'s power into capabilities, and a container gets only a small default set. Adding capabilities ' +
      'with securityContext.capabilities.add hands back pieces of root: SYS_ADMIN alone is close to privileged mode and has ' +
      'been used in many container escapes, SYS_MODULE loads code into the host kernel, SYS_PTRACE injects into other ' +
      'processes, NET_ADMIN rewrites the node\'s view of the network. Runtimes accept the names with or without the CAP_ ' +
      'prefix, so `cap_sys_admin` is SYS_ADMIN too.',
    remediation:
      'Remove the capability from `capabilities.add`, drop everything else, and add back only what the process provably needs:\n\n' +
      '```yaml\nsecurityContext:\n  capabilities:\n    drop: ["ALL"]\n    add: ["NET_BIND_SERVICE"]  # only if it binds a port below 1024\n```',
    references: {
      cis: ['5.2.9', '5.2.10'],
      nsa: ['Pod security: Pod security enforcement', 'Pod security: Hardening container environments'],
      mitre: ['T1611', 'T1055', 'T1547.006'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: [
        'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      ],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      for (const c of pod.containers) {
        for (const cap of capabilityEntries(c, 'add')) {
          const danger = DANGEROUS_CAPABILITIES[cap.name];
          if (!danger) continue;
          const spelled = cap.raw === cap.name ? '' : ` (written "${cap.raw}")`;
          ctx.report({
            object: pod.owner,
            pointer: cap.pointer,
            // One finding per capability: `SYS_ADMIN` and `cap_sys_admin` in one list are one finding.
            key: containerKey(c, `/capabilities/add/${cap.name}`),
            severity: danger.severity,
            message: `${describeContainer(c)} adds capability ${cap.name}${spelled} in securityContext.capabilities.add: it ${danger.risk}`,
            evidence: { container: c.name, capability: cap.name, written: cap.raw },
          });
        }
      }
    }
  },
});
