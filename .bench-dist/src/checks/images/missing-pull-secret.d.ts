declare const _default: import("../check.js").Check<{
    secretGenerators: import("../options.js").OptionSpec<readonly string[]>;
}>;
export default _default;
