import type { DefineCommand } from './command.js';

export const defineNode: DefineCommand = (program, { io, setExit }) => {
  const node = program.command('node').description('Work on a node: collect what the CIS Benchmark checks there');
  node
    .command('collect')
    .description(
      'Read-only: gather the static pod manifests, kubelet and kube-proxy configuration, component command lines (/proc) and the mode and owner of every file CIS names into a node bundle for `rampart scan`. Keys and credentials never leave the node: their files are recorded by mode, owner and size only.',
    )
    .option('--root <dir>', "the node's root file system", '/')
    .option('--out <path>', 'where to write the bundle: a .tgz file or a directory (default: rampart-node-<node>.tgz)')
    .option('--node-name <name>', "the node's name (default: <root>/etc/hostname)")
    .option('--manifests <dir>', 'static pod manifests (default: the kubelet\'s staticPodPath, else /etc/kubernetes/manifests)')
    .option('--kubernetes-dir <dir>', 'kubeconfigs of the control plane', '/etc/kubernetes')
    .option('--pki <dir>', 'certificates and keys', '/etc/kubernetes/pki')
    .option('--kubelet-config <path>', "the kubelet's config file (default: its --config, else /var/lib/kubelet/config.yaml)")
    .option('--kubelet-kubeconfig <path>', "the kubelet's kubeconfig (default: its --kubeconfig, else /etc/kubernetes/kubelet.conf)")
    .option('--etcd-data-dir <dir>', "etcd's data directory (default: its --data-dir, else /var/lib/etcd)")
    .option('--proc <dir>', 'where to read running processes', '/proc')
    .action(async (opts) => {
      const { runNodeCollect } = await import('../commands/node-collect.js');
      setExit(runNodeCollect(opts, io));
    });
};
