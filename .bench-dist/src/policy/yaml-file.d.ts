import { InputError } from '../inventory/diagnostics.js';
/** A Rampart file (configuration, exceptions) with the line of any field, for errors that point at it. */
export interface PositionedYaml {
    readonly file: string;
    readonly value: unknown;
    /** 1-based line of the field at a JSON pointer (or its nearest existing ancestor). */
    line(pointer: string): number;
}
/** An error in one of Rampart's own files: rendered as `file:line: message`, exit 2. */
export declare class FileError extends InputError {
    constructor(file: string, line: number | undefined, message: string);
}
export declare function readPositionedYaml(file: string, text?: string): PositionedYaml;
/** Validates against a JSON Schema; the first error becomes a FileError at the offending field's line. */
export declare function validateAgainst(source: PositionedYaml, schema: Readonly<Record<string, unknown>>, value?: unknown, at?: string): void;
