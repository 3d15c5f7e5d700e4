import { Option } from 'commander';
import { addInputOptions } from '../inputs.js';
import { addSupplyChainOptions } from '../supply-chain-inputs.js';
import type { DefineCommand } from './command.js';

export const defineImages: DefineCommand = (program, { io, setExit }) => {
  const images = program.command('images').description('List every image with its workloads, digest pinning, signature status and known vulnerabilities');
  addInputOptions(images, { positional: true }).addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'));
  addSupplyChainOptions(images).action(async (paths: string[], opts) => {
    const { runImages } = await import('../commands/images.js');
    setExit(await runImages(opts, io, paths));
  });
};
