import type { Diagnostic } from './diagnostics.js';
import { Inventory, type InventoryOptions } from './inventory.js';
import { type LoadInput } from './files.js';
export { readInputs, type LoadInput } from './files.js';
/** Parses inputs into an inventory. Bad documents become diagnostics; the rest still load. */
export declare function loadInventory(inputs: readonly LoadInput[], initialDiagnostics?: readonly Diagnostic[], options?: InventoryOptions): Inventory;
/** Convenience for tests and the API: one YAML/JSON text. */
export declare function loadText(text: string, file?: string): Inventory;
/**
 * Reads `null` as the API server does, in place (the loader owns parsed values): Go's JSON decoding
 * leaves a struct field at its zero value, so a null field is the same as an absent one and is
 * removed; in a map of strings (labels, a ConfigMap's data) a null value is the empty string.
 */
export declare function dropNulls(value: Record<string, unknown>, kind?: string): void;
export interface YamlChunk {
    /** Offsets of the document's text, after its `---` line. */
    readonly start: number;
    readonly end: number;
    /** 1-based line of `start`. */
    readonly line: number;
    /** 1-based line of the first line that is not blank or a comment. */
    readonly firstContentLine: number;
}
/**
 * Splits a YAML stream at document markers. YAML forbids `---` and `...` at the start of a line
 * inside any scalar (c-forbidden, YAML 1.2 §9.1.3), so a line scan is exact, and each document
 * parses on its own: one broken document cannot take the others down with it.
 */
export declare function splitYamlDocuments(text: string, from?: number): YamlChunk[];
