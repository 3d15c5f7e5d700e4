import { isRecord } from '../k8s/types.js';
import { joinPointer } from './pointer.js';
/** Where each pod-bearing kind keeps its pod template (metadata sits beside `spec`). */
const TEMPLATE_PATHS = {
    Pod: [],
    PodTemplate: ['template'],
    Deployment: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    Job: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
export const POD_BEARING_KINDS = Object.keys(TEMPLATE_PATHS);
/** Path of the pod template (the object holding `spec` and `metadata`) inside an object of `kind`. */
export function podTemplatePath(kind) {
    return TEMPLATE_PATHS[kind];
}
export function podSpecView(owner) {
    const path = TEMPLATE_PATHS[owner.kind];
    if (!path)
        return undefined;
    let template = owner.object;
    for (const seg of path)
        template = isRecord(template) ? template[seg] : undefined;
    if (!isRecord(template) || !isRecord(template.spec))
        return undefined;
    const spec = template.spec;
    const base = joinPointer('', ...path);
    const pointer = joinPointer(base, 'spec');
    const containers = [];
    for (const kind of ['containers', 'initContainers', 'ephemeralContainers']) {
        const list = spec[kind];
        if (!Array.isArray(list))
            continue;
        list.forEach((container, index) => {
            if (!isRecord(container))
                return;
            containers.push({ container, kind, index, name: typeof container.name === 'string' ? container.name : `#${index}`, pointer: joinPointer(pointer, kind, index) });
        });
    }
    const metadata = isRecord(template.metadata) ? template.metadata : {};
    return {
        owner,
        spec,
        metadata,
        namespace: owner.namespace ?? 'default',
        pointer,
        metadataPointer: joinPointer(base, 'metadata'),
        containers,
    };
}
//# sourceMappingURL=pod-spec.js.map