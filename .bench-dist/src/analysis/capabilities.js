/**
 * Capabilities that break container isolation or give host-level power, by normalized name (no
 * `CAP_` prefix). NET_RAW is left out: it is in the runtimes' default set and has its own check,
 * workload.net-raw-not-dropped.
 */
export const DANGEROUS_CAPABILITIES = {
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
//# sourceMappingURL=capabilities.js.map