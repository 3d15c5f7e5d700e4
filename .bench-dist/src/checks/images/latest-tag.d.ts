declare const _default: import("../check.js").Check<{
    floatingTags: import("../options.js").OptionSpec<readonly string[]>;
}>;
export default _default;
