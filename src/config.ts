import type { Severity } from './findings/finding.js';
import type { CisVersion } from './frameworks/cis/types.js';
import type { Exception } from './policy/exceptions.js';

/** What the configuration file can say about one check (keyed by check id, or a glob for `enabled`/`severity`). */
export interface CheckSettings {
  /** false turns the check off; true turns it on even when `--checks` would not select it. */
  readonly enabled?: boolean;
  /** Replaces the severity of every finding of the check. */
  readonly severity?: Severity;
  /** Overrides of the check's options (see `rampart checks explain <id>`). */
  readonly options?: Readonly<Record<string, unknown>>;
}

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
  /** Per-check settings by check id or glob; a later entry wins over an earlier one. */
  readonly checks?: Readonly<Record<string, CheckSettings>>;
  /** The CIS Kubernetes Benchmark version whose numbers references carry (default: the latest). */
  readonly cisVersion?: CisVersion;
  /** Waivers: findings they match stay in the report, marked waived, and do not count. */
  readonly exceptions?: readonly Exception[];
  /** Whether `rampart.dev/waive.<check-id>` annotations on objects waive findings (default: no). */
  readonly annotationWaivers?: boolean;
  /** YYYY-MM-DD that exception expiries are compared with (default: today, UTC). */
  readonly today?: string;
  /** The cluster's Kubernetes version when the input does not say it (`--kubernetes-version`). */
  readonly kubernetesVersion?: string;
  /** Release and CVE reference data older than this many days is reported as stale (default 90). */
  readonly versionDataMaxAgeDays?: number;
}

export const DEFAULT_CONFIG: ScanConfig = {
  sensitivity: { key: 'rampart.dev/sensitivity', value: 'high' },
  pss: { level: 'restricted' },
};
