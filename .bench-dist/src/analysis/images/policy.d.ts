import type { Inventory } from '../../inventory/inventory.js';
import type { ImageReference } from './reference.js';
/** Registries anyone can publish to and pull from over the internet (the image checks' default). */
export declare const PUBLIC_REGISTRIES: readonly string[];
export type RegistryMatcher = (ref: Pick<ImageReference, 'registry' | 'name'>) => string | undefined;
/**
 * A list of registry patterns as one matcher that returns the first pattern an image matches. A
 * pattern without `/` is a glob on the registry host (`registry.example.com`, `*.azurecr.io`), one
 * with `/` a glob on the normalized repository (`docker.io/library/*`, `ghcr.io/acme/**`).
 * Compiled once per list.
 */
export declare function registryMatcher(patterns: readonly string[]): RegistryMatcher;
/**
 * Why a namespace counts as production: one of its labels has one of the given values (any case),
 * or its name matches one of the globs; undefined when it does not.
 */
export declare function productionReason(namespace: string, labels: Readonly<Record<string, unknown>> | undefined, byLabel: Readonly<Record<string, readonly string[]>>, names: readonly string[]): string | undefined;
export declare function mainPrivateRegistry(inventory: Inventory, publicRegistries: readonly string[]): string | undefined;
