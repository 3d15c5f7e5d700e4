import { isAbsolute, resolve } from 'node:path';
import { collectNode, type CollectPaths } from '../../inventory/node/collect.js';
import { writeBundle } from '../../inventory/node/write.js';
import { UsageError } from '../../inventory/diagnostics.js';
import { VERSION } from '../../version.js';
import { EXIT, type CliIo } from '../io.js';
import { count } from '../../report/text.js';

export interface NodeCollectOptions {
  readonly root: string;
  readonly out?: string;
  readonly nodeName?: string;
  readonly manifests?: string;
  readonly kubernetesDir?: string;
  readonly pki?: string;
  readonly kubeletConfig?: string;
  readonly kubeletKubeconfig?: string;
  readonly etcdDataDir?: string;
  readonly proc?: string;
}

export function runNodeCollect(opts: NodeCollectOptions, io: CliIo): number {
  const paths: Partial<CollectPaths> = {
    ...(opts.manifests ? { manifests: opts.manifests } : {}),
    ...(opts.kubernetesDir ? { kubernetesDir: opts.kubernetesDir } : {}),
    ...(opts.pki ? { pki: opts.pki } : {}),
    ...(opts.kubeletConfig ? { kubeletConfig: opts.kubeletConfig } : {}),
    ...(opts.kubeletKubeconfig ? { kubeletKubeconfig: opts.kubeletKubeconfig } : {}),
    ...(opts.etcdDataDir ? { etcdDataDir: opts.etcdDataDir } : {}),
    ...(opts.proc ? { proc: opts.proc } : {}),
  };
  for (const [flag, value] of Object.entries(paths)) {
    if (typeof value === 'string' && !isAbsolute(value)) throw new UsageError(`--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: a path on the node must be absolute (it is read under --root)`);
  }
  const root = resolve(io.cwd, opts.root);
  const bundle = collectNode({ root, nodeName: opts.nodeName, paths, version: VERSION });
  const out = resolve(io.cwd, opts.out ?? `rampart-node-${bundle.document.metadata.name}.tgz`);
  const kind = writeBundle(bundle, out);
  const files = bundle.document.files;
  const copied = files.filter((f) => f.content === 'copied' || f.content === 'sanitized').length;
  const withheld = files.filter((f) => f.content === 'withheld').length;
  io.stderr.write(
    `rampart: node "${bundle.document.metadata.name}": ${count(files.length, 'file')} recorded (${copied} copied, ${withheld} by metadata only), ` +
      `${count(bundle.commandLines.size, 'command line')}; wrote ${kind === 'archive' ? 'the archive' : 'the directory'} ${out}\n`,
  );
  io.stdout.write(`${out}\n`);
  return EXIT.ok;
}
