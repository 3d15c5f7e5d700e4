/**
 * Positions in JSON text without building a syntax tree: jumps from one structural character to
 * the next with native searches, so locating a field costs only the bytes before it within its own
 * object, and finding the items of a 200 MB List is one quick pass.
 */
/** `i` at the first character of a value; returns the offset just after it. */
export declare function skipValue(text: string, i: number): number;
/**
 * Offset of the field at `segments` inside the value starting at `start`: a property's key (its
 * opening quote), an element's first character; or the nearest existing ancestor's.
 */
export declare function jsonFieldOffset(text: string, start: number, segments: readonly string[]): number;
/**
 * Ranges of the elements of a JSON array: the top-level array (`arrayKey` null) or the one under a
 * top-level key such as "items".
 */
export declare function jsonArrayElementRanges(text: string, arrayKey: string | null): [number, number][];
