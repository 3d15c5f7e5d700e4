/** Renders with Graphviz's `dot` when installed (.ci/run installs Debian's graphviz); else checks the grammar this writer uses. */
export declare function assertValidDot(text: string): void;
