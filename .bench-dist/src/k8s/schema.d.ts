/**
 * JSON Schemas for the fields Rampart reads, with the types the API server demands (core/v1,
 * apps/v1, batch/v1, rbac/v1 OpenAPI). An object that breaks them would be rejected by the API
 * server, so the loader reports it as bad input instead of handing checks a field of the wrong
 * type. Fields Rampart does not read are not described, and unknown fields are allowed.
 */
type Schema = Record<string, unknown>;
/** Shared parts, compiled once and referenced from every kind that embeds them. */
export declare const DEFINITIONS: Readonly<Record<string, Schema>>;
/** Schemas by kind; kinds not listed are checked for metadata only. */
export declare const KIND_SCHEMAS: Readonly<Record<string, Schema>>;
export declare const METADATA_SCHEMA: Schema;
export {};
