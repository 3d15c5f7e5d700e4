import { arr, isRec } from '../pod.js';
const V1_0 = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'];
const V1_27 = [...V1_0, 'net.ipv4.ip_local_reserved_ports'];
const V1_29 = [...V1_27, 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'];
const V1_32 = [...V1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const V1_37 = [...V1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];
/** The safe sysctls per policy version, for documentation and tests. */
export const SAFE_SYSCTLS = new Map([
    [0, V1_0],
    [27, V1_27],
    [29, V1_29],
    [32, V1_32],
    [37, V1_37],
]);
function sysctlsCheck(allowed) {
    return (pod) => {
        const sysctls = arr(pod.podSC?.sysctls);
        let forbidden;
        let pointers;
        for (let i = 0; i < sysctls.length; i++) {
            const s = sysctls[i];
            const name = isRec(s) && typeof s.name === 'string' ? s.name : '';
            if (!allowed.has(name)) {
                (forbidden ??= []).push(name);
                (pointers ??= []).push(pod.specField('securityContext', 'sysctls', i, 'name'));
            }
        }
        if (!forbidden)
            return null;
        return { reason: 'forbidden sysctls', detail: forbidden.join(', '), pointers: pointers };
    };
}
export const sysctls = {
    id: 'sysctls',
    level: 'baseline',
    versions: [...SAFE_SYSCTLS].map(([minimumVersion, names]) => ({ minimumVersion, check: sysctlsCheck(new Set(names)) })),
};
//# sourceMappingURL=sysctls.js.map