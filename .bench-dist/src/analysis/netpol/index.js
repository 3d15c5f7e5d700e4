import { NetpolEngine } from './engine.js';
import { buildModel, DEFAULT_NETPOL_OPTIONS } from './model.js';
export function networkAnalysis(inventory, options = DEFAULT_NETPOL_OPTIONS) {
    const model = buildModel(inventory, options);
    return { model, engine: new NetpolEngine(model) };
}
export { DEFAULT_NETPOL_OPTIONS } from './model.js';
export { NetpolEngine } from './engine.js';
export { WorkloadMap } from './map.js';
//# sourceMappingURL=index.js.map