import { type SensitiveHostPath } from '../../analysis/host-paths.js';
declare const _default: import("../check.js").Check<{
    sensitiveHostPaths: import("../options.js").OptionSpec<readonly SensitiveHostPath[]>;
}>;
export default _default;
