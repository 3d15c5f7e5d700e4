import { defineCheck } from '../check.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.events-delete',
    title: 'Can delete Events',
    severity: 'medium',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'Events record what happened to objects: a pod created, an image pulled, an exec denied, a container killed. Deleting them erases the trail ' +
      'an investigation starts from, and `kubectl describe` shows nothing. Only the controllers that garbage-collect events need to delete them.',
    remediation: 'Remove `delete` and `deletecollection` on `events` (core and events.k8s.io) from roles bound to people and workloads, and ship events to a store outside the cluster.',
    references: {
      nsa: ['logging.audit-logging'],
      mitre: ['T1070'],
      microsoft: ['MS-TA9022'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/'],
    },
    options: {
      severity: severityByScope({ cluster: 'medium', 'kube-system': 'medium', namespace: 'low' }, 'Event deletion'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [
        { verbs: ['delete', 'deletecollection'], apiGroup: '', resource: 'events' },
        { verbs: ['delete', 'deletecollection'], apiGroup: 'events.k8s.io', resource: 'events' },
      ],
      severity: ctx.options.severity,
      consequence: (grant) => (grant.namespace === undefined ? 'it can erase the event trail of the whole cluster' : `it can erase the event trail of ${grant.namespace}`),
    });
  },
});
