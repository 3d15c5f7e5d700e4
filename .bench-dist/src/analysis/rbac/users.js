/**
 * Who a request is made by, as the authenticators tell the authorizer (k8s.io/apiserver
 * user.Info): a name and groups. What objects alone cannot say (which groups a User's certificate or
 * OIDC token puts it in) has to be stated by the caller; service accounts and anonymous requests
 * have fixed groups.
 */
export const AUTHENTICATED = 'system:authenticated';
export const UNAUTHENTICATED = 'system:unauthenticated';
export const ANONYMOUS = 'system:anonymous';
export const ALL_SERVICE_ACCOUNTS = 'system:serviceaccounts';
/** Members bypass authorization entirely (the API server's privileged-group authorizer runs before RBAC). */
export const MASTERS = 'system:masters';
const SA_PREFIX = 'system:serviceaccount:';
const SA_GROUP_PREFIX = 'system:serviceaccounts:';
/** `serviceaccount.MakeUsername`. */
export function serviceAccountUsername(namespace, name) {
    return `${SA_PREFIX}${namespace}:${name}`;
}
/** `serviceaccount.MakeNamespaceGroupName`. */
export function serviceAccountNamespaceGroup(namespace) {
    return `${SA_GROUP_PREFIX}${namespace}`;
}
/** `serviceaccount.SplitUsername`: namespace and name of a service account's username, if it is one. */
export function splitServiceAccountUsername(username) {
    if (!username.startsWith(SA_PREFIX))
        return undefined;
    const rest = username.slice(SA_PREFIX.length);
    const colon = rest.indexOf(':');
    if (colon <= 0 || colon === rest.length - 1 || rest.indexOf(':', colon + 1) !== -1)
        return undefined;
    return { namespace: rest.slice(0, colon), name: rest.slice(colon + 1) };
}
/** A service account's token authenticates as its username in these groups. */
export function serviceAccountUser(namespace, name) {
    return { name: serviceAccountUsername(namespace, name), groups: [ALL_SERVICE_ACCOUNTS, serviceAccountNamespaceGroup(namespace), AUTHENTICATED] };
}
/** A request without credentials, when the API server allows anonymous requests. */
export const ANONYMOUS_USER = { name: ANONYMOUS, groups: [UNAUTHENTICATED] };
/**
 * A user as certificates, OIDC or webhooks present it: its name, the groups the caller states, and
 * `system:authenticated`, which every authenticated request carries. A service account's username
 * gets its service account groups.
 */
export function namedUser(name, groups = []) {
    if (name === ANONYMOUS)
        return { name, groups: [...new Set([UNAUTHENTICATED, ...groups])] };
    const sa = splitServiceAccountUsername(name);
    const implicit = sa ? serviceAccountUser(sa.namespace, sa.name).groups : [AUTHENTICATED];
    return { name, groups: [...new Set([...implicit, ...groups])] };
}
/** Some member of a group: every authenticated identity is also in `system:authenticated`. */
export function groupMember(group, extra = []) {
    const base = group === UNAUTHENTICATED ? [group] : [group, AUTHENTICATED];
    return { groups: [...new Set([...base, ...extra])] };
}
/** Groups that every identity of some broad population is in: granting them anything grants it to all of them. */
export function describeBroadGroup(group) {
    if (group === UNAUTHENTICATED)
        return 'every unauthenticated (anonymous) request';
    if (group === AUTHENTICATED)
        return 'every authenticated identity, including every service account';
    if (group === ALL_SERVICE_ACCOUNTS)
        return 'every service account in every namespace';
    if (group.startsWith(SA_GROUP_PREFIX))
        return `every service account in namespace ${group.slice(SA_GROUP_PREFIX.length)}`;
    return undefined;
}
//# sourceMappingURL=users.js.map