import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';

export default kubeletCheck({
  id: 'kubelet.event-qps',
  title: 'Kubelet event rate is unlimited',
  severity: 'low',
  category: 'kubelet',
  area: 'kubelet',
  rationale:
    'eventRecordQPS limits how many events per second the kubelet creates (default 50). At 0 the limit is ' +
    'off: a crash-looping pod or a hostile workload can make the kubelet flood the API server and etcd ' +
    'with events. Too low a value drops events that incident response needs, so pick a level that ' +
    'captures them without removing the limit. The CIS benchmark (4.2.8) accepts 0 as "capture every event", ' +
    'so a finding for 0 lists no CIS id; a negative value, which the kubelet refuses, fails 4.2.8.',
  remediation: 'Remove `eventRecordQPS: 0` to keep the default of 50, or set a positive value suited to the node.',
  references: {
      cis: ['kubelet.event-qps'],
      nsa: ['logging.node-and-container-logging'],
      mitre: ['T1499'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  evaluate(k) {
    const s = k.get('eventRecordQPS');
    if (!s || s.value > 0) return undefined;
    const what = s.value === 0 ? 'is unlimited (eventRecordQPS 0)' : `has an invalid eventRecordQPS ${s.value}`;
    // CIS 4.2.8 passes 0 ("all events are captured"): the flood risk is Rampart's, not the benchmark's.
    return { message: `${kubeletName(k)} event rate ${what} (${origin(s.from)})`, from: s.from, evidence: { eventRecordQPS: s.value }, ...(s.value === 0 && { cis: [] }) };
  },
});
