import { type DangerousCapability } from '../../analysis/capabilities.js';
declare const _default: import("../check.js").Check<{
    dangerousCapabilities: import("../options.js").OptionSpec<Readonly<Record<string, DangerousCapability>>>;
}>;
export default _default;
