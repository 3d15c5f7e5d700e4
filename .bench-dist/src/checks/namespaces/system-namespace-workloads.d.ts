declare const _default: import("../check.js").Check<{
    systemComponents: import("../options.js").OptionSpec<readonly string[]>;
}>;
export default _default;
