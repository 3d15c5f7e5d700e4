/** RFC 6901 JSON pointers: how findings point into an object. */
export declare function escapeSegment(segment: string | number): string;
export declare function joinPointer(base: string, ...segments: (string | number)[]): string;
export declare function parsePointer(pointer: string): string[];
/** Reads the value at a pointer, or undefined. */
export declare function getAtPointer(root: unknown, pointer: string): unknown;
