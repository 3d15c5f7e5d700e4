import { componentCheck, describe, flagPointer } from './component-check.js';
import { parseGoDuration } from '../../analysis/components/duration.js';
import { option } from '../options.js';
export default componentCheck({
    id: 'controlplane.apiserver-request-timeout',
    title: 'API server request timeout is not appropriate',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: '--request-timeout bounds how long the API server works on a request (watches excepted); the default ' +
        'is 60s. A value of zero or less makes requests fail at once, and a very long one lets slow or ' +
        'hostile clients hold server resources for that long. The CIS Benchmark leaves the value to the ' +
        'operator; Rampart reports values that do not parse, are not positive, or exceed the configured ' +
        'maximum.',
    remediation: 'Remove `--request-timeout` to keep the 60s default, or set a value such as `--request-timeout=300s`.',
    references: {
        cis: ['apiserver.request-timeout'],
        nsa: ['network.resource-policies'],
        mitre: ['T1499'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
    },
    options: {
        maximumSeconds: option.integer(300, 'The longest acceptable --request-timeout, in seconds.', { minimum: 1 }),
    },
    evaluate(c, { options }) {
        const text = c.flags.string('request-timeout');
        if (text === undefined)
            return undefined;
        const ms = parseGoDuration(text);
        if (Number.isNaN(ms))
            return { message: `${describe(c)} has --request-timeout=${text}, which is not a duration (e.g. 60s)`, pointer: flagPointer(c, 'request-timeout'), evidence: { value: text } };
        if (ms <= 0)
            return { message: `${describe(c)} has --request-timeout=${text}: requests time out at once`, pointer: flagPointer(c, 'request-timeout'), evidence: { value: text } };
        if (ms > options.maximumSeconds * 1000)
            return { message: `${describe(c)} has --request-timeout=${text}, longer than ${options.maximumSeconds}s`, pointer: flagPointer(c, 'request-timeout'), evidence: { value: text, maximumSeconds: options.maximumSeconds } };
        return undefined;
    },
});
//# sourceMappingURL=apiserver-request-timeout.js.map