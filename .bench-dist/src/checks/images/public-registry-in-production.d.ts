declare const _default: import("../check.js").Check<{
    publicRegistries: import("../options.js").OptionSpec<readonly string[]>;
    allowedRegistries: import("../options.js").OptionSpec<readonly string[]>;
    productionLabels: import("../options.js").OptionSpec<Readonly<Record<string, readonly string[]>>>;
    productionNames: import("../options.js").OptionSpec<readonly string[]>;
}>;
export default _default;
