/**
 * Escalation paths as text (step by step, with the proof of each step), Graphviz DOT and Mermaid.
 */
import { describeNode, type EscalationPath, type GrantProof, type PathNode, type PathStep } from '../../analysis/rbac/paths.js';
import type { Style } from '../style.js';
import { wrap } from '../text.js';

const refText = (r: { kind: string; namespace?: string; name: string }) => `${r.kind} ${r.namespace !== undefined ? `${r.namespace}/` : ''}${r.name}`;

function ruleText(r: Record<string, unknown>): string {
  const lists = ['apiGroups', 'resources', 'resourceNames', 'nonResourceURLs', 'verbs']
    .filter((k) => Array.isArray(r[k]))
    .map((k) => `${k}: [${(r[k] as string[]).map((x) => JSON.stringify(x)).join(', ')}]`)
    .join(', ');
  return `${r.kind} ${r.namespace !== undefined ? `${r.namespace}/` : ''}${r.name} rule ${Number(r.index) + 1} {${lists}}`;
}

/** `RoleBinding tools/shop-release (as Group system:serviceaccounts:shop) → Role tools/release-deployer`, then its rules. */
export function grantLines(g: GrantProof): { head: string; rules: string[] } {
  return { head: `${refText(g.binding)} (as ${refText(g.subject)}) → ${refText(g.role)}`, rules: g.rules.map(ruleText) };
}

/** Lines of `text` wrapped to `width`, the first after `first`, the others after `rest`. */
function hanging(text: string, width: number, first: string, rest: string): string[] {
  return wrap(text, width - rest.length).lines.map((l, i) => `${i === 0 ? first : rest}${l}`);
}

const goalText = (p: EscalationPath) => (p.goal === 'cluster-admin' ? 'cluster-admin' : "the Secrets of kube-system");

/** A path step by step, each with the binding and rules, or the fact, that allow it. */
export function pathText(path: EscalationPath, st: Style, width: number): string[] {
  const out = [st.bold(`${describeNode(path.source)}${path.exposure ? ` (exposed: ${path.exposure})` : ''} → ${goalText(path)}, ${path.steps.length} step${path.steps.length === 1 ? '' : 's'}`)];
  path.steps.forEach((step: PathStep, i) => {
    const lead = `  ${i + 1}. `;
    const pad = ' '.repeat(lead.length);
    out.push(...hanging(step.action, width, lead, pad));
    for (const g of step.grants) {
      const { head, rules } = grantLines(g);
      out.push(...hanging(head, width, `${pad}  `, `${pad}    `).map(st.dim));
      for (const r of rules) out.push(...hanging(r, width, `${pad}    `, `${pad}      `).map(st.dim));
    }
    if (step.fact) out.push(...hanging(step.fact, width, `${pad}  `, `${pad}  `).map(st.dim));
  });
  return out;
}

const key = (n: PathNode) => `${n.kind}/${n.workloadKind ?? ''}/${n.namespace ?? ''}/${n.name}`;

function union(paths: readonly EscalationPath[]): { nodes: Map<string, PathNode>; edges: Map<string, { from: PathNode; to: PathNode; label: string }> } {
  const nodes = new Map<string, PathNode>();
  const edges = new Map<string, { from: PathNode; to: PathNode; label: string }>();
  for (const p of paths) {
    for (const s of p.steps) {
      nodes.set(key(s.from), s.from);
      nodes.set(key(s.to), s.to);
      edges.set(`${key(s.from)}>${key(s.to)}`, { from: s.from, to: s.to, label: s.short });
    }
  }
  return { nodes, edges };
}

function q(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const SHAPES: Readonly<Record<PathNode['kind'], string>> = { ServiceAccount: 'box', User: 'box', Group: 'box', Workload: 'component', Pods: 'folder', Node: 'box3d', Goal: 'doubleoctagon' };

/** Graphviz DOT of every step of the paths; sources of exposed workloads are highlighted. */
export function pathsDot(paths: readonly EscalationPath[]): string {
  const { nodes, edges } = union(paths);
  const exposed = new Set(paths.filter((p) => p.exposure).map((p) => key(p.source)));
  const out = ['digraph rampart_rbac_paths {', '  rankdir=LR;', '  graph [fontname="Helvetica", fontsize=11];', '  node [fontname="Helvetica", fontsize=10, style=rounded];', '  edge [fontname="Helvetica", fontsize=9];'];
  for (const [k, n] of nodes) out.push(`  ${q(k)} [label=${q(describeNode(n))}, shape=${SHAPES[n.kind]}${n.kind === 'Goal' ? ', color=red, fontcolor=red' : exposed.has(k) ? ', color=orange' : ''}];`);
  for (const e of edges.values()) out.push(`  ${q(key(e.from))} -> ${q(key(e.to))} [label=${q(e.label)}];`);
  out.push('}');
  return out.join('\n') + '\n';
}

/** A Mermaid flowchart of every step of the paths. */
export function pathsMermaid(paths: readonly EscalationPath[]): string {
  const { nodes, edges } = union(paths);
  const ids = new Map<string, string>();
  [...nodes.keys()].forEach((k, i) => ids.set(k, `n${i}`));
  const text = (s: string) => s.replace(/"/g, '#quot;');
  const out = ['flowchart LR'];
  for (const [k, n] of nodes) out.push(n.kind === 'Goal' ? `  ${ids.get(k)}{{"${text(describeNode(n))}"}}` : `  ${ids.get(k)}["${text(describeNode(n))}"]`);
  for (const e of edges.values()) out.push(`  ${ids.get(key(e.from))} -->|"${text(e.label)}"| ${ids.get(key(e.to))}`);
  return out.join('\n') + '\n';
}
