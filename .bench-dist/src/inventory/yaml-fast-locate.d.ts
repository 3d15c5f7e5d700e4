/**
 * Locates a JSON pointer in plain block-style YAML (what kubectl, Helm and most people write) by
 * reading indentation, without building a syntax tree: tens of times cheaper than a full
 * positional parse. It answers only what it fully understands; anything else (anchors, tags,
 * explicit keys, descending into flow collections) returns undefined and the caller falls back to
 * the `yaml` library. A differential test holds the two to the same answers.
 */
export declare function fastYamlOffset(text: string, start: number, end: number, segments: readonly string[]): number | undefined;
