declare const _default: import("../check.js").Check<{
    trustedRegistries: import("../options.js").OptionSpec<readonly string[]>;
    publicRegistries: import("../options.js").OptionSpec<readonly string[]>;
}>;
export default _default;
