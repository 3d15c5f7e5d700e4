declare const _default: import("../check.js").Check<Record<never, never>>;
export default _default;
