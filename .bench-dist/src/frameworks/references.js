import { cisId, LATEST_CIS_VERSION } from './cis/index.js';
export const DEFAULT_RESOLVE = { cisVersion: LATEST_CIS_VERSION };
/**
 * Typed references → what a user reads: CIS keys become that benchmark version's numbers (a
 * recommendation the version lacks is left out); the other frameworks' keys are their ids.
 */
export function resolveReferences(refs, { cisVersion } = DEFAULT_RESOLVE) {
    const cis = refs.cis?.map((k) => cisId(k, cisVersion)).filter((id) => id !== undefined);
    return {
        ...(cis?.length ? { cis } : {}),
        ...(refs.nsa?.length ? { nsa: refs.nsa } : {}),
        ...(refs.mitre?.length ? { mitre: refs.mitre } : {}),
        ...(refs.microsoft?.length ? { microsoft: refs.microsoft } : {}),
        ...(refs.kcsa?.length ? { kcsa: refs.kcsa } : {}),
        ...(refs.docs?.length ? { docs: refs.docs } : {}),
    };
}
//# sourceMappingURL=references.js.map