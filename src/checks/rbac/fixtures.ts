/**
 * Builders for the RBAC checks' test fixtures: each returns one YAML document in flow style, so a
 * fixture reads as a list of roles and bindings. Rules are `'verbs|apiGroups|resources[|resourceNames]'`
 * with comma-separated lists (`'get,list||secrets'` is get and list on core secrets).
 */

const list = (s: string) => `[${s.split(',').map((x) => JSON.stringify(x)).join(', ')}]`;

function rules(specs: readonly string[]): string {
  if (specs.length === 0) return 'rules: []';
  return (
    'rules:\n' +
    specs
      .map((spec) => {
        const [verbs, groups, resources, names] = spec.split('|');
        if (groups === 'url') return `- {verbs: ${list(verbs)}, nonResourceURLs: ${list(resources)}}`;
        return `- {verbs: ${list(verbs)}, apiGroups: ${list(groups)}, resources: ${list(resources)}${names ? `, resourceNames: ${list(names)}` : ''}}`;
      })
      .join('\n')
  );
}

export function clusterRole(name: string, ...specs: string[]): string {
  return `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: ${JSON.stringify(name)}}\n${rules(specs)}\n---\n`;
}

export function role(namespace: string, name: string, ...specs: string[]): string {
  return `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: ${JSON.stringify(name)}, namespace: ${namespace}}\n${rules(specs)}\n---\n`;
}

/** `User:jane`, `Group:devs`, `ServiceAccount:ns/name`. */
function subjects(specs: readonly string[]): string {
  return `subjects: [${specs
    .map((s) => {
      const [kind, rest] = [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1)];
      if (kind === 'ServiceAccount') {
        const [ns, name] = rest.includes('/') ? rest.split('/') : [undefined, rest];
        return `{kind: ServiceAccount, name: ${JSON.stringify(name)}${ns ? `, namespace: ${ns}` : ''}}`;
      }
      return `{kind: ${kind}, name: ${JSON.stringify(rest)}, apiGroup: rbac.authorization.k8s.io}`;
    })
    .join(', ')}]`;
}

export function clusterRoleBinding(name: string, roleName: string, ...subjectSpecs: string[]): string {
  return `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: ${JSON.stringify(name)}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${JSON.stringify(roleName)}}\n${subjects(subjectSpecs)}\n---\n`;
}

/** `roleRef` is `ClusterRole/name` or `Role/name`. */
export function roleBinding(namespace: string, name: string, roleRef: string, ...subjectSpecs: string[]): string {
  const [kind, roleName] = roleRef.split('/');
  return `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: ${JSON.stringify(name)}, namespace: ${namespace}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ${kind}, name: ${JSON.stringify(roleName)}}\n${subjects(subjectSpecs)}\n---\n`;
}

export function serviceAccount(namespace: string, name: string): string {
  return `apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: ${name}, namespace: ${namespace}}\n---\n`;
}
