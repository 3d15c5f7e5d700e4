import { defineCheck, type Check, type CheckMeta } from '../check.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import { isRecord } from '../../k8s/types.js';
import { formatMode, NODE_API_VERSION, NODE_BUNDLE_KIND, parseMode, type BundleFile, type FileRole } from '../../inventory/node/format.js';
import { LATEST_CIS_VERSION, type CisVersion } from '../../frameworks/cis/types.js';

export type FileRule =
  | {
      readonly kind: 'permissions';
      /** The most permissive acceptable mode; per benchmark version where versions differ. */
      readonly maxMode: number | ((version: CisVersion) => number);
    }
  | {
      readonly kind: 'ownership';
      /** `user:group`, e.g. `root:root`. */
      readonly owner: string;
    };

export interface FileCheckSpec extends Omit<CheckMeta, 'category' | 'area'> {
  readonly role: FileRole;
  /** What the file is, for messages: "the API server pod specification file". */
  readonly what: string;
  readonly rule: FileRule;
  readonly area?: CheckMeta['area'];
}

/** Files of a role in every node bundle of the input, with the bundle object and their index. */
export function bundleFiles(inventory: Inventory, role: FileRole): { bundle: InventoryObject; file: BundleFile; index: number }[] {
  const out: { bundle: InventoryObject; file: BundleFile; index: number }[] = [];
  for (const bundle of inventory.ofKind(NODE_BUNDLE_KIND)) {
    if (bundle.ref.apiVersion !== NODE_API_VERSION || !Array.isArray(bundle.object.files)) continue;
    bundle.object.files.forEach((f: unknown, index: number) => {
      if (isRecord(f) && Array.isArray(f.roles) && f.roles.includes(role) && f.type !== 'missing' && f.type !== 'unreadable') out.push({ bundle, file: f as unknown as BundleFile, index });
    });
  }
  return out;
}

/**
 * A CIS file permission or ownership recommendation (sections 1.1 and 4.1), checked against the
 * modes and owners a node bundle recorded. "600 or more restrictive" means no permission bit
 * beyond 0600 (the benchmark's bitmask test); ownership compares user and group names, or uid and
 * gid 0 for root when the node's names were not recorded.
 */
export function fileCheck(spec: FileCheckSpec): Check {
  const { role, what, rule, area, ...meta } = spec;
  return defineCheck({
    meta: { ...meta, category: 'node', area: area ?? 'node' },
    applies: (inventory) => bundleFiles(inventory, role).length > 0,
    run(ctx) {
      const version = ctx.config.cisVersion ?? LATEST_CIS_VERSION;
      for (const { bundle, file, index } of bundleFiles(ctx.inventory, role)) {
        const where = `${file.path} on node "${bundle.name}"`;
        if (rule.kind === 'permissions') {
          const max = typeof rule.maxMode === 'function' ? rule.maxMode(version) : rule.maxMode;
          const mode = parseMode(file.mode);
          if (mode === undefined || (mode & ~max & 0o7777) === 0) continue;
          ctx.report({
            object: bundle,
            pointer: `/files/${index}/mode`,
            message: `${where} (${what}) has mode ${formatMode(mode)}: ${excess(mode, max)} (${formatMode(max)} or stricter expected)`,
            evidence: { path: file.path, mode: formatMode(mode), expected: formatMode(max) },
            remediation: `On the node: \`chmod ${formatMode(max).slice(1)} ${file.path}\``,
            key: file.path,
          });
        } else {
          const [user, group] = rule.owner.split(':');
          const actualUser = file.user ?? (file.uid === 0 ? 'root' : file.uid !== undefined ? String(file.uid) : undefined);
          const actualGroup = file.group ?? (file.gid === 0 ? 'root' : file.gid !== undefined ? String(file.gid) : undefined);
          if (actualUser === undefined || actualGroup === undefined || (actualUser === user && actualGroup === group)) continue;
          ctx.report({
            object: bundle,
            pointer: `/files/${index}/user`,
            message: `${where} (${what}) is owned by ${actualUser}:${actualGroup}, not ${rule.owner}`,
            evidence: { path: file.path, owner: `${actualUser}:${actualGroup}`, expected: rule.owner },
            remediation: `On the node: \`chown ${rule.owner} ${file.path}\``,
            key: file.path,
          });
        }
      }
    },
  });
}

/** "group can write, others can read" */
function excess(mode: number, max: number): string {
  const extra = mode & ~max;
  const parts: string[] = [];
  const who = [
    ['owner', 6],
    ['group', 3],
    ['others', 0],
  ] as const;
  for (const [name, shift] of who) {
    const bits = (extra >> shift) & 7;
    if (!bits) continue;
    const can = [bits & 4 ? 'read' : '', bits & 2 ? 'write' : '', bits & 1 ? 'execute' : ''].filter(Boolean).join(' and ');
    parts.push(`${name} can ${can}`);
  }
  if (extra & 0o7000) parts.push('setuid, setgid or sticky bits are set');
  return parts.join(', ');
}
