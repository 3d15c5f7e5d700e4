declare const _default: import("../check.js").Check<{
    maximumSeconds: import("../options.js").OptionSpec<number>;
}>;
export default _default;
