import type { Check } from '../check.js';
import anonymousAccess from './anonymous-access.js';
import clusterAdminBinding from './cluster-admin-binding.js';
import csrApproval from './csr-approval.js';
import defaultServiceAccount from './default-service-account.js';
import escalateBind from './escalate-bind.js';
import escalationPath from './escalation-path.js';
import eventsDelete from './events-delete.js';
import impersonate from './impersonate.js';
import legacyTokenSecretReadable from './legacy-token-secret-readable.js';
import missingRole from './missing-role.js';
import missingSubject from './missing-subject.js';
import namespaceUpdate from './namespace-update.js';
import nodesProxy from './nodes-proxy.js';
import persistentVolumeCreate from './persistent-volume-create.js';
import podCreate from './pod-create.js';
import podExec from './pod-exec.js';
import secretsRead from './secrets-read.js';
import serviceAccountTokenCreate from './serviceaccount-token-create.js';
import serviceStatusPatch from './service-status-patch.js';
import statusPatch from './status-patch.js';
import unusedRole from './unused-role.js';
import webhookConfigWrite from './webhook-config-write.js';
import wildcardPermissions from './wildcard-permissions.js';

export const RBAC_CHECKS: readonly Check[] = [
  anonymousAccess,
  clusterAdminBinding,
  csrApproval,
  defaultServiceAccount,
  escalateBind,
  escalationPath,
  eventsDelete,
  impersonate,
  legacyTokenSecretReadable,
  missingRole,
  missingSubject,
  namespaceUpdate,
  nodesProxy,
  persistentVolumeCreate,
  podCreate,
  podExec,
  secretsRead,
  serviceAccountTokenCreate,
  serviceStatusPatch,
  statusPatch,
  unusedRole,
  webhookConfigWrite,
  wildcardPermissions,
];
