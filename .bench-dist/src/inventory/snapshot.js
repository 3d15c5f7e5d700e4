import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isRecord } from '../k8s/types.js';
import { InputError } from './diagnostics.js';
import { gapsOf, withoutSecretValues } from './live/read.js';
/** Bumped when a snapshot written by this version cannot be read by an older one. */
export const SNAPSHOT_VERSION = 1;
/**
 * A snapshot is a kubectl `List` (so `rampart scan -f` and other tools read its items) whose extra
 * `rampart` field records the server, its version, the time, the namespace and the kinds read or
 * refused. Secret values are never written, even when the read included them.
 */
export function snapshotJson(read) {
    const header = {
        snapshotVersion: SNAPSHOT_VERSION,
        server: read.server,
        context: read.context,
        ...(read.version ? { version: read.version } : {}),
        readAt: read.readAt,
        ...(read.namespace !== undefined ? { namespace: read.namespace } : {}),
        secretData: false,
        resources: read.resources,
    };
    const items = read.items.map((o) => JSON.stringify(o.kind === 'Secret' && o.apiVersion === 'v1' ? secretMetadataOnly(o) : o));
    // one object per line: diffable, and greppable after zcat
    return `{"apiVersion":"v1","kind":"List","metadata":{},"rampart":${JSON.stringify(header)},"items":[\n${items.join(',\n')}\n]}\n`;
}
export function writeSnapshotBuffer(read, gzip) {
    const text = Buffer.from(snapshotJson(read), 'utf8');
    return gzip ? gzipSync(text, { level: 6 }) : text;
}
function secretMetadataOnly(o) {
    const { apiVersion, kind, metadata, type } = o;
    return { apiVersion, kind, metadata: isRecord(metadata) ? withoutSecretValues(metadata) : metadata, ...(type !== undefined ? { type } : {}) };
}
/** Reads a snapshot file (gzip or plain JSON). A file that is not one is an InputError naming it. */
export function readSnapshot(file, content) {
    let raw;
    try {
        raw = content ?? readFileSync(file);
    }
    catch (e) {
        const code = e.code;
        throw new InputError(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e.message}`, file);
    }
    let text;
    try {
        text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
    }
    catch (e) {
        throw new InputError(`${file}: not a valid gzip file: ${e.message}`, file);
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new InputError(`${file}: not a Rampart snapshot: invalid JSON (${e.message.replace(/ in JSON at position \d+.*$/, '')})`, file);
    }
    if (!isRecord(doc) || !isRecord(doc.rampart) || !Array.isArray(doc.items)) {
        throw new InputError(`${file}: not a Rampart snapshot (no "rampart" header); read kubectl output with -f instead`, file);
    }
    const h = doc.rampart;
    if (typeof h.snapshotVersion !== 'number' || h.snapshotVersion > SNAPSHOT_VERSION) {
        throw new InputError(`${file}: snapshot version ${String(h.snapshotVersion)} is newer than this Rampart reads (${SNAPSHOT_VERSION}); upgrade Rampart`, file);
    }
    const resources = Array.isArray(h.resources) ? h.resources.filter(isResourceRead) : [];
    return {
        server: typeof h.server === 'string' ? h.server : '',
        context: typeof h.context === 'string' ? h.context : '',
        version: isRecord(h.version) && typeof h.version.gitVersion === 'string' ? h.version : undefined,
        readAt: typeof h.readAt === 'string' ? h.readAt : '',
        namespace: typeof h.namespace === 'string' ? h.namespace : undefined,
        secretData: false,
        resources,
        items: doc.items,
    };
}
function isResourceRead(r) {
    return isRecord(r) && typeof r.apiVersion === 'string' && typeof r.kind === 'string' && typeof r.resource === 'string' && (r.status === 'read' || r.status === 'forbidden' || r.status === 'failed');
}
/** What an inventory records about the cluster a read came from. */
export function clusterInfo(read) {
    return {
        server: read.server,
        context: read.context,
        ...(read.version ? { version: read.version } : {}),
        readAt: read.readAt,
        ...(read.namespace !== undefined ? { namespace: read.namespace } : {}),
        secretData: read.secretData,
        gaps: gapsOf(read),
    };
}
//# sourceMappingURL=snapshot.js.map