import { dirname } from 'node:path';
import { joinPointer } from '../../inventory/pointer.js';
import { nodeOrigin } from '../../inventory/node/origin.js';
import { isRecord } from '../../k8s/types.js';
import { componentsOf } from './components.js';
import { parseGoBool, splitCsv } from './flags.js';
import { parseGoDuration } from './duration.js';
const HOUR = 3_600_000;
export const KUBELET_FIELDS = {
    anonymousAuth: { flag: 'anonymous-auth', path: ['authentication', 'anonymous', 'enabled'], type: 'bool', fileDefault: false, flagDefault: true },
    webhookAuthentication: { flag: 'authentication-token-webhook', path: ['authentication', 'webhook', 'enabled'], type: 'bool', fileDefault: true, flagDefault: false },
    clientCAFile: { flag: 'client-ca-file', path: ['authentication', 'x509', 'clientCAFile'], type: 'string', fileDefault: '', flagDefault: '' },
    authorizationMode: { flag: 'authorization-mode', path: ['authorization', 'mode'], type: 'string', fileDefault: 'Webhook', flagDefault: 'AlwaysAllow', zeroMeansDefault: true },
    readOnlyPort: { flag: 'read-only-port', path: ['readOnlyPort'], type: 'int', fileDefault: 0, flagDefault: 10255 },
    address: { flag: 'address', path: ['address'], type: 'string', fileDefault: '0.0.0.0', flagDefault: '0.0.0.0', zeroMeansDefault: true },
    streamingConnectionIdleTimeout: {
        flag: 'streaming-connection-idle-timeout',
        path: ['streamingConnectionIdleTimeout'],
        type: 'duration',
        fileDefault: 4 * HOUR,
        flagDefault: 4 * HOUR,
        zeroMeansDefault: true,
    },
    protectKernelDefaults: { flag: 'protect-kernel-defaults', path: ['protectKernelDefaults'], type: 'bool', fileDefault: false, flagDefault: false },
    makeIPTablesUtilChains: { flag: 'make-iptables-util-chains', path: ['makeIPTablesUtilChains'], type: 'bool', fileDefault: true, flagDefault: true },
    hostnameOverride: { flag: 'hostname-override', type: 'string', fileDefault: '', flagDefault: '' },
    eventRecordQPS: { flag: 'event-qps', path: ['eventRecordQPS'], type: 'int', fileDefault: 50, flagDefault: 50 },
    tlsCertFile: { flag: 'tls-cert-file', path: ['tlsCertFile'], type: 'string', fileDefault: '', flagDefault: '' },
    tlsPrivateKeyFile: { flag: 'tls-private-key-file', path: ['tlsPrivateKeyFile'], type: 'string', fileDefault: '', flagDefault: '' },
    rotateCertificates: { flag: 'rotate-certificates', path: ['rotateCertificates'], type: 'bool', fileDefault: false, flagDefault: false },
    serverTLSBootstrap: { flag: 'rotate-server-certificates', path: ['serverTLSBootstrap'], type: 'bool', fileDefault: false, flagDefault: false },
    tlsCipherSuites: { flag: 'tls-cipher-suites', path: ['tlsCipherSuites'], type: 'list', fileDefault: [], flagDefault: [] },
    tlsMinVersion: { flag: 'tls-min-version', path: ['tlsMinVersion'], type: 'string', fileDefault: '', flagDefault: '' },
    podPidsLimit: { flag: 'pod-max-pids', path: ['podPidsLimit'], type: 'int', fileDefault: -1, flagDefault: -1 },
    seccompDefault: { flag: 'seccomp-default', path: ['seccompDefault'], type: 'bool', fileDefault: false, flagDefault: false },
};
/** Every kubelet the input describes: command lines paired with their config files, and lone config files. */
export function findKubelets(inventory) {
    const configs = inventory.ofKind('KubeletConfiguration').filter((o) => o.ref.apiVersion.startsWith('kubelet.config.k8s.io/'));
    const paired = new Set();
    const out = [];
    for (const cl of componentsOf(inventory, 'kubelet')) {
        const configPath = cl.flags.string('config');
        let config;
        if (configPath !== undefined) {
            const origin = nodeOrigin(cl.object);
            config = origin
                ? configs.find((c) => nodeOrigin(c)?.node === origin.node && nodeOrigin(c)?.path === configPath)
                : (configs.find((c) => !nodeOrigin(c) && dirname(c.file) === cl.directory && baseName(c.file) === baseName(configPath)) ??
                    configs.find((c) => !nodeOrigin(c) && dirname(c.file) === cl.directory));
        }
        if (config)
            paired.add(config);
        out.push(kubelet(cl, config, configPath !== undefined && !config ? configPath : undefined));
    }
    for (const c of configs)
        if (!paired.has(c))
            out.push(kubelet(undefined, c, undefined));
    return out;
}
function baseName(p) {
    return p.slice(p.lastIndexOf('/') + 1);
}
function kubelet(commandLine, config, configMissing) {
    const object = config ?? commandLine.object;
    const name = commandLine?.node ?? (config && nodeOrigin(config)?.node) ?? object.name;
    const file = config?.object;
    const flagValue = (field) => {
        if (!commandLine)
            return undefined;
        const o = commandLine.flags.last(field.flag);
        if (!o)
            return undefined;
        const value = field.type === 'list' ? commandLine.flags.list(field.flag) : parseText(field.type, o.value);
        return { value, from: { source: 'flag', object: commandLine.object, pointer: commandLine.pointerOf(o.index), text: `--${o.name}=${o.value}` } };
    };
    const get = (key) => {
        const field = KUBELET_FIELDS[key];
        const fromFlag = flagValue(field);
        if (fromFlag)
            return fromFlag;
        if (config && file && field.path) {
            const raw = at(file, field.path);
            const pointer = joinPointer('', ...field.path);
            if (raw !== undefined && raw !== null) {
                const value = parseFileValue(field.type, raw);
                if (field.zeroMeansDefault && isZero(value))
                    return { value: field.fileDefault, from: { source: 'default', object: config, pointer, defaults: 'file' } };
                return { value, from: { source: 'file', object: config, pointer } };
            }
            return { value: field.fileDefault, from: { source: 'default', object: config, pointer: existingParent(file, field.path), defaults: 'file' } };
        }
        if (config && !field.path)
            return { value: field.flagDefault, from: { source: 'default', object: commandLine?.object ?? config, pointer: commandLine?.flagsPointer ?? '', defaults: 'command-line' } };
        if (configMissing !== undefined)
            return undefined;
        return { value: field.flagDefault, from: { source: 'default', object: commandLine.object, pointer: commandLine.flagsPointer, defaults: 'command-line' } };
    };
    const featureGate = (gate) => {
        const fromFlag = commandLine?.flags.map('feature-gates')?.get(gate);
        if (fromFlag !== undefined && commandLine) {
            const o = [...commandLine.flags.all('feature-gates')].reverse().find((x) => splitCsv(x.value).some((kv) => kv.split('=')[0].trim() === gate));
            return { value: parseGoBool(fromFlag) ?? false, from: { source: 'flag', object: commandLine.object, pointer: commandLine.pointerOf(o.index), text: `--feature-gates=${o.value}` } };
        }
        const gates = file?.featureGates;
        if (config && isRecord(gates) && typeof gates[gate] === 'boolean')
            return { value: gates[gate], from: { source: 'file', object: config, pointer: joinPointer('/featureGates', gate) } };
        return undefined;
    };
    return {
        name,
        commandLine,
        config,
        configMissing,
        object,
        get: get,
        featureGate,
    };
}
function at(root, path) {
    let v = root;
    for (const seg of path)
        v = isRecord(v) ? v[seg] : undefined;
    return v;
}
function existingParent(root, path) {
    let v = root;
    const segs = [];
    for (const seg of path) {
        if (!isRecord(v) || !(seg in v))
            break;
        v = v[seg];
        segs.push(seg);
    }
    return joinPointer('', ...segs);
}
function isZero(v) {
    return v === 0 || v === '' || v === false;
}
function parseText(type, text) {
    switch (type) {
        case 'bool':
            return parseGoBool(text);
        case 'int':
            return /^[+-]?\d+$/.test(text.trim()) ? Number(text) : NaN;
        case 'duration':
            return parseGoDuration(text);
        case 'list':
            return splitCsv(text);
        default:
            return text;
    }
}
function parseFileValue(type, raw) {
    switch (type) {
        case 'bool':
            return typeof raw === 'boolean' ? raw : undefined;
        case 'int':
            return typeof raw === 'number' ? raw : NaN;
        case 'duration':
            return typeof raw === 'string' ? parseGoDuration(raw) : NaN;
        case 'list':
            return Array.isArray(raw) ? raw.map(String) : [];
        default:
            return typeof raw === 'string' ? raw : String(raw);
    }
}
//# sourceMappingURL=kubelet.js.map