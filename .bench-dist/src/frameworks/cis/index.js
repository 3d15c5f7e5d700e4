export * from './types.js';
export { CIS_RECOMMENDATIONS } from './recommendations.js';
import { CIS_RECOMMENDATIONS } from './recommendations.js';
/** The recommendation's number in a benchmark version, or undefined where that version lacks it. */
export function cisId(key, version) {
    const ids = CIS_RECOMMENDATIONS[key].ids;
    return ids[version];
}
//# sourceMappingURL=index.js.map