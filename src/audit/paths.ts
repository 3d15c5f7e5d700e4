/**
 * Field paths (`user.username`, `sourceIPs[0]`, `annotations["authorization.k8s.io/decision"]`)
 * used for window keys and output templates: cheaper than a CEL evaluation, which matters for
 * rules that look at every event. A segment applied to a list maps over its elements, as Falco's
 * `ka.req.pod.containers.image` does.
 */

type Segment = string | number;

export function parsePath(path: string): Segment[] | undefined {
  const out: Segment[] = [];
  let i = 0;
  const s = path.trim();
  while (i < s.length) {
    if (s[i] === '[') {
      const close = s.indexOf(']', i);
      if (close === -1) return undefined;
      const inner = s.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) out.push(Number(inner));
      else if (/^"[^"]*"$/.test(inner) || /^'[^']*'$/.test(inner)) out.push(inner.slice(1, -1));
      else return undefined;
      i = close + 1;
      if (s[i] === '.') i++;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
    if (!m) return undefined;
    out.push(m[0]);
    i += m[0].length;
    if (s[i] === '.') {
      i++;
      if (i === s.length) return undefined;
    } else if (i < s.length && s[i] !== '[') return undefined;
  }
  return out.length > 0 ? out : undefined;
}

/** Follows a path; lists are mapped over for name segments. Undefined when any step is missing. */
export function getPath(value: unknown, path: readonly Segment[]): unknown {
  let v: unknown = value;
  for (let i = 0; i < path.length; i++) {
    if (v === null || v === undefined) return undefined;
    const seg = path[i];
    if (Array.isArray(v) && typeof seg === 'string') {
      const rest = path.slice(i);
      return v.map((x) => getPath(x, rest)).filter((x) => x !== undefined).flat();
    }
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** A value as text for a key or a message: lists joined with commas, objects as JSON. */
export function pathText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(pathText).join(',');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A compiled `{path}` template. `{{` and `}}` are literal braces. */
export function compileTemplate(template: string): { render(value: unknown): string; paths: string[]; bad: string[] } {
  const parts: (string | Segment[])[] = [];
  const paths: string[] = [];
  const bad: string[] = [];
  const re = /\{\{|\}\}|\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    parts.push(template.slice(last, m.index));
    if (m[0] === '{{') parts.push('{');
    else if (m[0] === '}}') parts.push('}');
    else {
      const p = parsePath(m[1]);
      if (p) {
        parts.push(p);
        paths.push(m[1].trim());
      } else bad.push(m[1]);
    }
    last = re.lastIndex;
  }
  parts.push(template.slice(last));
  return {
    paths,
    bad,
    render(value: unknown): string {
      let out = '';
      for (const p of parts) out += typeof p === 'string' ? p : pathText(getPath(value, p));
      return out;
    },
  };
}
