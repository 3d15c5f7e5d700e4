import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
import { formatDuration } from '../../analysis/components/duration.js';
export default kubeletCheck({
    id: 'kubelet.streaming-connection-idle-timeout',
    title: 'Kubelet keeps idle exec and port-forward sessions open forever',
    severity: 'medium',
    category: 'kubelet',
    area: 'kubelet',
    rationale: 'streamingConnectionIdleTimeout closes exec, attach and port-forward sessions that have been idle ' +
        'that long (default 4h). Set to 0 on the command line, idle sessions never close: forgotten shells ' +
        'and tunnels stay open, and a denial of service can exhaust the kubelet with idle connections. In a ' +
        'KubeletConfiguration file a zero value is replaced by the 4h default, so only the flag can disable ' +
        'the timeout.',
    remediation: 'Remove `--streaming-connection-idle-timeout=0`, or set `streamingConnectionIdleTimeout: 5m` (or another non-zero duration).',
    references: {
        cis: ['kubelet.streaming-connection-idle-timeout'],
        nsa: ['network.resource-policies'],
        mitre: ['T1499'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
    },
    evaluate(k) {
        const s = k.get('streamingConnectionIdleTimeout');
        if (!s)
            return undefined;
        if (Number.isNaN(s.value))
            return { message: `${kubeletName(k)} has a streaming connection idle timeout that is not a duration (${origin(s.from)})`, from: s.from, evidence: {} };
        if (s.value > 0)
            return undefined;
        return { message: `${kubeletName(k)} never closes idle streaming connections: timeout ${formatDuration(s.value)} (${origin(s.from)})`, from: s.from, evidence: { timeout: formatDuration(s.value) } };
    },
});
//# sourceMappingURL=streaming-connection-idle-timeout.js.map