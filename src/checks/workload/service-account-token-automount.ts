import { byDesign } from '../../analysis/components/by-design.js';
import { defineCheck } from '../check.js';
import { podServiceAccount, quoteNames } from '../../analysis/security-context.js';
import { isRecord } from '../../k8s/types.js';
import { joinPointer } from '../../inventory/pointer.js';
import type { ContainerView, PodSpecView } from '../../inventory/pod-spec.js';
import { serviceAccountBindings } from '../../analysis/service-account-bindings.js';
import { isStaticPod } from '../../analysis/static-pods.js';

/** Where the ServiceAccount admission plugin mounts the token. */
export const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * Containers that get the token: regular and init containers, except those that already mount
 * something at the token path (the admission plugin leaves them alone). Ephemeral containers
 * are added later through a subresource and get no automatic mount.
 */
function tokenRecipients(pod: PodSpecView): ContainerView[] {
  return pod.containers.filter(
    (c) =>
      c.kind !== 'ephemeralContainers' &&
      !(Array.isArray(c.container.volumeMounts) && c.container.volumeMounts.some((m) => isRecord(m) && m.mountPath === TOKEN_MOUNT_PATH)),
  );
}

export default defineCheck({
  meta: {
    id: 'workload.service-account-token-automount',
    title: 'Pod mounts a service account token it may not need',
    severity: 'low',
    category: 'workload',
    area: 'rbac',
    rationale:
      'Unless told otherwise, Kubernetes mounts a token for the pod\'s service account at ' +
      `${TOKEN_MOUNT_PATH} in every container. Anyone who gets code execution in the container (or can read its files ` +
      'through a path traversal bug) can use that token to call the Kubernetes API with whatever permissions the account has. ' +
      'Most applications never talk to the API server. A workload whose service account no RoleBinding or ClusterRoleBinding ' +
      'in the input names is taken not to call the API, and is reported; one whose account is bound is left alone. ' +
      'Turn the mount off with automountServiceAccountToken: false on the ' +
      'ServiceAccount or on the pod; when both say something, the pod\'s value wins.',
    remediation:
      'Turn off the automatic mount on the ServiceAccount, and on pods that do not call the API:\n\n' +
      '```yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: app}\nautomountServiceAccountToken: false\n---\n' +
      'spec:\n  serviceAccountName: app\n  automountServiceAccountToken: false\n```\n\n' +
      'A pod that needs the API can mount a short-lived, audience-bound token explicitly with a projected serviceAccountToken volume.',
    references: {
      cis: ['policies.service-account-token-mounts'],
      nsa: ['pod-security.service-account-tokens'],
      mitre: ['T1552.007', 'T1528'],
      microsoft: ['MS-TA9016'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: [
        'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
        'https://kubernetes.io/docs/concepts/security/service-accounts/',
      ],
    },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      if (byDesign(ctx.inventory, pod)?.staticPod) continue; // a static pod cannot use a service account
      const podSetting = pod.spec.automountServiceAccountToken;
      if (podSetting === false) continue;
      // Static pods get no service account and no token.
      if (isStaticPod(ctx.inventory, pod)) continue;
      const recipients = tokenRecipients(pod);
      if (!recipients.length) continue;
      const sa = podServiceAccount(pod);
      const account = ctx.inventory.get('ServiceAccount', pod.namespace, sa.name);
      const saSetting: unknown = account?.object.automountServiceAccountToken;
      // The pod's field wins over the ServiceAccount's when set.
      if (podSetting !== true && saSetting === false) continue;
      // An account that RBAC grants something is one the workload uses to call the API.
      const bindings = ctx.inventory.analysis(serviceAccountBindings, undefined).get(`${pod.namespace}/${sa.name}`) ?? [];
      if (bindings.length > 0) continue;
      const why =
        podSetting === true
          ? `automountServiceAccountToken: true on the pod spec${saSetting === false ? ` overrides false on ServiceAccount "${sa.name}"` : ''}`
          : `automountServiceAccountToken is unset on the pod spec and ${
              account ? `ServiceAccount "${sa.name}" ${saSetting === true ? 'sets it to true' : 'does not set it to false'}` : `ServiceAccount "${sa.name}" is not in the input, so it defaults to true`
            }`;
      const names = recipients.map((c) => c.name);
      const unused = ctx.inventory.ofKind('RoleBinding').length + ctx.inventory.ofKind('ClusterRoleBinding').length > 0 ? '; no RoleBinding or ClusterRoleBinding in the input grants it anything, so the workload does not appear to call the API' : '';
      ctx.report({
        object: pod.owner,
        pointer: joinPointer(pod.pointer, 'automountServiceAccountToken'),
        key: 'automountServiceAccountToken',
        message: `pod mounts the API token of service account "${sa.name}" into container${names.length === 1 ? '' : 's'} ${quoteNames(names)}: ${why}${unused}`,
        evidence: {
          serviceAccount: sa.name,
          podAutomount: podSetting ?? null,
          serviceAccountAutomount: saSetting ?? null,
          serviceAccountFound: account !== undefined,
          containers: names,
        },
      });
    }
  },
});
