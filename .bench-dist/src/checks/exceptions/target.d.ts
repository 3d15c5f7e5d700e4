import type { ReportTarget } from '../check.js';
import type { WaiverEntry } from '../../policy/exceptions.js';
/** An exception as the target of a finding: named after the checks it waives, at its file and line. */
export declare function exceptionTarget(w: WaiverEntry): ReportTarget;
/** Stable across file moves and reordering: what the waiver says, not where. */
export declare function waiverKey(w: WaiverEntry): string;
