/**
 * Who a request is made by, as the authenticators tell the authorizer (k8s.io/apiserver
 * user.Info): a name and groups. What objects alone cannot say (which groups a User's certificate or
 * OIDC token puts it in) has to be stated by the caller; service accounts and anonymous requests
 * have fixed groups.
 */
export interface UserInfo {
    /** Absent for "some member of a group" (who has no User binding of its own). */
    readonly name?: string;
    readonly groups: readonly string[];
}
export declare const AUTHENTICATED = "system:authenticated";
export declare const UNAUTHENTICATED = "system:unauthenticated";
export declare const ANONYMOUS = "system:anonymous";
export declare const ALL_SERVICE_ACCOUNTS = "system:serviceaccounts";
/** Members bypass authorization entirely (the API server's privileged-group authorizer runs before RBAC). */
export declare const MASTERS = "system:masters";
/** `serviceaccount.MakeUsername`. */
export declare function serviceAccountUsername(namespace: string, name: string): string;
/** `serviceaccount.MakeNamespaceGroupName`. */
export declare function serviceAccountNamespaceGroup(namespace: string): string;
/** `serviceaccount.SplitUsername`: namespace and name of a service account's username, if it is one. */
export declare function splitServiceAccountUsername(username: string): {
    namespace: string;
    name: string;
} | undefined;
/** A service account's token authenticates as its username in these groups. */
export declare function serviceAccountUser(namespace: string, name: string): UserInfo;
/** A request without credentials, when the API server allows anonymous requests. */
export declare const ANONYMOUS_USER: UserInfo;
/**
 * A user as certificates, OIDC or webhooks present it: its name, the groups the caller states, and
 * `system:authenticated`, which every authenticated request carries. A service account's username
 * gets its service account groups.
 */
export declare function namedUser(name: string, groups?: readonly string[]): UserInfo;
/** Some member of a group: every authenticated identity is also in `system:authenticated`. */
export declare function groupMember(group: string, extra?: readonly string[]): UserInfo;
/** Groups that every identity of some broad population is in: granting them anything grants it to all of them. */
export declare function describeBroadGroup(group: string): string | undefined;
