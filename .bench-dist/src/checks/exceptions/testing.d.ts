import { type ScanResult } from '../../scan.js';
/** Writes a configuration file (test fixture) and returns its path. */
export declare function configFile(yaml: string, name?: string): string;
/** Scans manifests with a configuration file's settings, on a fixed date. */
export declare function scanWithConfig(manifests: string, configYaml: string, today?: string, checks?: string[]): ScanResult;
export declare const PRIVILEGED_DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: debug-shell\n  namespace: shop\n  labels: {team: sre}\nspec:\n  template:\n    spec:\n      containers:\n      - name: shell\n        image: busybox:1.36\n        securityContext: {privileged: true}\n";
