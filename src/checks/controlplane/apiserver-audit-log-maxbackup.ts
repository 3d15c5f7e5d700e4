import { componentCheck, describe, flagPointer } from './component-check.js';
import { option } from '../options.js';

export default componentCheck({
  id: 'controlplane.apiserver-audit-log-maxbackup',
  title: 'API server keeps too little audit log (audit-log-maxbackup)',
  severity: 'low',
  category: 'controlplane',
  area: 'api-server',
  component: 'kube-apiserver',
  rationale:
    'When the audit log is written to a file, --audit-log-maxbackup decides how many rotated audit log ' +
    'files are kept. Too little history means the events of an intrusion discovered weeks later are gone; ' +
    'the CIS Benchmark recommends at least 10 files. Unset, the API server keeps no limit for maxage but ' +
    'also deletes nothing on age, while maxbackup and maxsize fall back to values that rotate logs away ' +
    'quickly.',
  remediation: 'Set `--audit-log-maxbackup=10` (or more, as your retention policy requires).',
  references: {
      cis: ['apiserver.audit-log-maxbackup'],
      nsa: ['logging.audit-logging'],
      mitre: ['T1070'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend'],
  },
  options: {
    minimum: option.integer(10, 'The smallest acceptable value of --audit-log-maxbackup.', { minimum: 0 }),
  },
  evaluate(c, { options }) {
    const value = c.flags.int('audit-log-maxbackup');
    if (value !== undefined && !Number.isNaN(value) && value >= options.minimum) return undefined;
    const shown = value === undefined ? 'is not set' : Number.isNaN(value) ? `is "${c.flags.string('audit-log-maxbackup')}", not a number` : `is ${value}`;
    const path = c.flags.string('audit-log-path');
    // No log file (or stdout): nothing to rotate, but the benchmark (and kube-bench) still fails the flag.
    const noFile = path === undefined || path === '' || path === '-';
    return {
      ...(noFile && { severity: 'info' as const }),
      message: noFile
        ? `${describe(c)} writes no audit log file and --audit-log-maxbackup ${shown}: nothing to rotate yet, but CIS asks for at least ${options.minimum}`
        : `${describe(c)} writes an audit log but --audit-log-maxbackup ${shown} (at least ${options.minimum} recommended)`, pointer: flagPointer(c, 'audit-log-maxbackup'), evidence: { value: c.flags.string('audit-log-maxbackup') ?? null, minimum: options.minimum } };
  },
});
