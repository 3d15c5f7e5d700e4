/** Where the ServiceAccount admission plugin mounts the token. */
export declare const TOKEN_MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
declare const _default: import("../check.js").Check<Record<never, never>>;
export default _default;
