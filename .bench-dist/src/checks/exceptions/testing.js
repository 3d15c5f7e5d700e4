import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadText } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { loadConfig } from '../../config-file.js';
/** Writes a configuration file (test fixture) and returns its path. */
export function configFile(yaml, name = '.rampart.yaml') {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-config-'));
    const file = join(dir, name);
    writeFileSync(file, yaml);
    return file;
}
/** Scans manifests with a configuration file's settings, on a fixed date. */
export function scanWithConfig(manifests, configYaml, today = '2026-11-24', checks) {
    const { config } = loadConfig({ configFile: configFile(configYaml), cwd: process.cwd() });
    return scan(loadText(manifests, 'fixture.yaml'), { config: { ...config, today }, checks });
}
export const PRIVILEGED_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: debug-shell
  namespace: shop
  labels: {team: sre}
spec:
  template:
    spec:
      containers:
      - name: shell
        image: busybox:1.36
        securityContext: {privileged: true}
`;
//# sourceMappingURL=testing.js.map