import { goQuoteSlice, sortedSet } from '../go.js';
import { arr, isRec, str } from '../pod.js';
const ALLOWED = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];
/** Every field of corev1.VolumeSource: a volume setting none of them is defaulted to emptyDir. */
const VOLUME_SOURCES = [
    'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
    'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
    'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi',
    'ephemeral', 'image',
];
function isSet(v, field) {
    const value = v[field];
    return value !== undefined && value !== null;
}
function restrictedVolumes_1_0(pod) {
    let names;
    let pointers;
    const volumes = arr(pod.spec.volumes);
    for (let i = 0; i < volumes.length; i++) {
        const v = volumes[i];
        if (!isRec(v))
            continue;
        if (ALLOWED.some((f) => isSet(v, f)))
            continue;
        // SetDefaults_Volume: a volume with no source at all becomes an emptyDir before admission.
        if (!VOLUME_SOURCES.some((f) => isSet(v, f)))
            continue;
        (names ??= []).push(str(v.name));
        (pointers ??= []).push(pod.specField('volumes', i));
    }
    if (!names)
        return null;
    return { reason: 'restricted volume types', detail: `volumes ${goQuoteSlice(sortedSet(names))} have restricted types`, pointers: pointers };
}
export const restrictedVolumes = {
    id: 'restrictedVolumes',
    level: 'restricted',
    versions: [{ minimumVersion: 0, check: restrictedVolumes_1_0, overrides: ['hostPathVolumes'] }],
};
//# sourceMappingURL=restricted-volumes.js.map