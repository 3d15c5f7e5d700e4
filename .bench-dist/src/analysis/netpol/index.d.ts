/**
 * The network analysis, shared by the checks and the `netpol` commands through
 * `inventory.analysis(networkAnalysis, options)`.
 */
import type { Inventory } from '../../inventory/inventory.js';
import { NetpolEngine } from './engine.js';
import { type NetpolModel, type NetpolOptions } from './model.js';
export interface NetworkAnalysis {
    readonly model: NetpolModel;
    readonly engine: NetpolEngine;
}
export declare function networkAnalysis(inventory: Inventory, options?: NetpolOptions): NetworkAnalysis;
export { DEFAULT_NETPOL_OPTIONS, type NetpolOptions, type NetpolModel } from './model.js';
export { NetpolEngine } from './engine.js';
export { WorkloadMap, type Connection, type MapEndpoint, type ExternalRange } from './map.js';
