declare const _default: import("../check.js").Check<Readonly<Record<string, import("../options.js").OptionSpec<unknown>>>>;
export default _default;
