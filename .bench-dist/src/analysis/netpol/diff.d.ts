import type { NetworkAnalysis } from './index.js';
import { type Connection, type MapOptions } from './map.js';
export interface MapDiff {
    /** Connections allowed after and not before, with only the newly allowed ports. */
    readonly opened: readonly Connection[];
    /** Connections allowed before and not after, with only the ports no longer allowed. */
    readonly closed: readonly Connection[];
}
export declare function diffMaps(before: NetworkAnalysis, after: NetworkAnalysis, options?: MapOptions): MapDiff;
