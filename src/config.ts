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
  /** Registry and reference policy of the image checks (see `src/analysis/images/policy.ts`). */
  readonly images: ImagePolicy;
}

/**
 * Registry policy. Patterns are globs matched against the registry host (`ghcr.io`,
 * `*.azurecr.io`) when they hold no `/`, else against the normalized repository name
 * (`registry.example.com/team/*`, `docker.io/library/**`).
 */
export interface ImagePolicy {
  /**
   * Registries images may come from. Empty (the default) means unset: images from registries other
   * than the cluster's most common private registry are then reported as info only.
   */
  readonly trustedRegistries: readonly string[];
  /** Registries anyone can publish to and pull from over the internet. */
  readonly publicRegistries: readonly string[];
  /** What marks a namespace as production: any of these label values, or a name matching a glob. */
  readonly productionNamespaces: { readonly labels: Readonly<Record<string, readonly string[]>>; readonly names: readonly string[] };
}

export const DEFAULT_CONFIG: ScanConfig = {
  sensitivity: { key: 'rampart.dev/sensitivity', value: 'high' },
  pss: { level: 'restricted' },
  images: {
    trustedRegistries: [],
    publicRegistries: [
      'docker.io',
      'ghcr.io',
      'quay.io',
      'gcr.io',
      '*.gcr.io',
      'registry.k8s.io',
      'k8s.gcr.io',
      'public.ecr.aws',
      'mcr.microsoft.com',
      'registry.gitlab.com',
      'docker.elastic.co',
      'nvcr.io',
      'cgr.dev',
      'registry.access.redhat.com',
    ],
    productionNamespaces: {
      labels: { environment: ['production', 'prod'], env: ['production', 'prod'], 'app.kubernetes.io/environment': ['production', 'prod'] },
      names: ['production', 'prod', '*-prod', '*-production', 'prod-*'],
    },
  },
};
