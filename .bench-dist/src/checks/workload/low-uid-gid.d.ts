declare const _default: import("../check.js").Check<{
    minId: import("../options.js").OptionSpec<number>;
}>;
export default _default;
