/**
 * Go formatting and set helpers the Pod Security checks use, so messages match Kubernetes byte for
 * byte: `pluralize` and `joinQuote` (policy/helpers.go), `%q` (strconv.Quote) and
 * `sets.NewString(...).List()` (sorted, deduplicated, byte order).
 */
export declare function pluralize(singular: string, plural: string, count: number): string;
/** `joinQuote`: `"a", "b"`. Go does not escape the items here, so neither do we. */
export declare function joinQuote(items: readonly string[]): string;
/** `strconv.Quote` / `%q` of a string. */
export declare function goQuote(s: string): string;
/** `%q` of a `[]string`: `["a" "b"]`. */
export declare function goQuoteSlice(items: readonly string[]): string;
/** Go's string order (UTF-8 bytes, i.e. code points), from JS's UTF-16 code units. */
export declare function compareGo(a: string, b: string): number;
/** `sets.NewString(items...).List()`: deduplicated and sorted in Go order. */
export declare function sortedSet(items: Iterable<string>): string[];
