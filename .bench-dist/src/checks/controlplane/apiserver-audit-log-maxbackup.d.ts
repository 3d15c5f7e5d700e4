declare const _default: import("../check.js").Check<{
    minimum: import("../options.js").OptionSpec<number>;
}>;
export default _default;
