/** Settings a user can change; checks read them instead of hard-coding lists. */
export interface ScanConfig {
  /** Label or annotation that marks a workload as sensitive, and the value that does. */
  readonly sensitivity: { readonly key: string; readonly value: string };
  /**
   * Pod Security Standards checks: the strictest level whose controls are reported (restricted
   * reports every control, baseline only baseline's, namespace what each namespace's enforce label
   * covers: what admission would reject), and the policy version to evaluate at (default: each
   * namespace's enforce-version label, else latest).
   */
  readonly pss: { readonly level: 'baseline' | 'restricted' | 'namespace'; readonly version?: string };
}

export const DEFAULT_CONFIG: ScanConfig = {
  sensitivity: { key: 'rampart.dev/sensitivity', value: 'high' },
  pss: { level: 'restricted' },
};
