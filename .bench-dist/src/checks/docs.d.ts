import type { Check } from './check.js';
/** The documentation page of a check, generated from its metadata (docs/checks/<id>.md). */
export declare function renderCheckDoc({ meta }: Check): string;
/** docs/checks/README.md: the index of every check. */
export declare function renderCheckIndex(checks: readonly Check[]): string;
