import { isRecord } from './types.js';

/**
 * A metav1.LabelSelector compiled as `metav1.LabelSelectorAsSelector` does
 * (k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go): matchLabels are equalities, matchExpressions
 * are In / NotIn / Exists / DoesNotExist, and every requirement must hold. An empty selector (`{}`)
 * matches everything. A malformed one (an unknown operator, In/NotIn without values,
 * Exists/DoesNotExist with values) is an error: callers decide what an error means (the aggregation
 * controller, for one, leaves the role as it is).
 */
export type LabelSelectorResult = { readonly ok: true; readonly matches: (labels: Readonly<Record<string, unknown>> | undefined) => boolean } | { readonly ok: false; readonly error: string };

interface Requirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values: readonly string[];
}

export function compileLabelSelector(selector: unknown): LabelSelectorResult {
  if (!isRecord(selector)) return { ok: false, error: 'a label selector must be a mapping' };
  const requirements: Requirement[] = [];
  if (selector.matchLabels !== undefined && selector.matchLabels !== null) {
    if (!isRecord(selector.matchLabels)) return { ok: false, error: 'matchLabels must be a mapping' };
    for (const [key, value] of Object.entries(selector.matchLabels)) {
      if (typeof value !== 'string') return { ok: false, error: `matchLabels["${key}"] must be a string` };
      requirements.push({ key, operator: 'In', values: [value] });
    }
  }
  if (selector.matchExpressions !== undefined && selector.matchExpressions !== null) {
    if (!Array.isArray(selector.matchExpressions)) return { ok: false, error: 'matchExpressions must be a list' };
    for (const [i, e] of selector.matchExpressions.entries()) {
      if (!isRecord(e) || typeof e.key !== 'string') return { ok: false, error: `matchExpressions[${i}] needs a key` };
      const values = Array.isArray(e.values) ? e.values.filter((v): v is string => typeof v === 'string') : [];
      switch (e.operator) {
        case 'In':
        case 'NotIn':
          if (values.length === 0) return { ok: false, error: `matchExpressions[${i}]: for '${e.operator}', 'values' must be non-empty` };
          requirements.push({ key: e.key, operator: e.operator, values });
          break;
        case 'Exists':
        case 'DoesNotExist':
          if (values.length > 0) return { ok: false, error: `matchExpressions[${i}]: values set must be empty for ${e.operator}` };
          requirements.push({ key: e.key, operator: e.operator, values });
          break;
        default:
          return { ok: false, error: `matchExpressions[${i}]: ${JSON.stringify(e.operator)} is not a valid label selector operator` };
      }
    }
  }
  return {
    ok: true,
    matches(labels) {
      for (const r of requirements) {
        const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
        const value = has ? labels[r.key] : undefined;
        switch (r.operator) {
          case 'In':
            if (!has || typeof value !== 'string' || !r.values.includes(value)) return false;
            break;
          case 'NotIn':
            if (has && typeof value === 'string' && r.values.includes(value)) return false;
            break;
          case 'Exists':
            if (!has) return false;
            break;
          case 'DoesNotExist':
            if (has) return false;
            break;
        }
      }
      return true;
    },
  };
}
