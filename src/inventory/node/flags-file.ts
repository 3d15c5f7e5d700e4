import { basename, dirname } from 'node:path';
import { InventoryObject } from '../object.js';
import { SourceText, type Locator } from '../source.js';
import { parsePointer } from '../pointer.js';
import type { Diagnostic } from '../diagnostics.js';
import { recognize, COMMAND_LINE_KIND, NODE_API_VERSION } from '../../analysis/components/components.js';

/** A word of a command line and where it starts in the text. */
interface Word {
  readonly value: string;
  readonly offset: number;
}

/**
 * Splits a command line as a POSIX shell would for a simple command: blanks separate words,
 * single quotes keep everything, double quotes keep all but `\"` `\\` `\$` `` \` ``, a backslash
 * outside quotes escapes the next character, and a backslash-newline joins lines. No expansion.
 */
export function splitCommandLine(text: string): { words: Word[]; error?: string } {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    if (text[i] === '#') {
      // a comment to the end of the line: `# from /proc/1234/cmdline`
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol + 1;
      continue;
    }
    const start = i;
    let value = '';
    while (i < text.length && !/\s/.test(text[i])) {
      const ch = text[i];
      if (ch === "'") {
        const end = text.indexOf("'", i + 1);
        if (end === -1) return { words, error: `unterminated single quote at offset ${i}` };
        value += text.slice(i + 1, end);
        i = end + 1;
      } else if (ch === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
            if (text[i + 1] !== '\n') value += text[i + 1];
            i += 2;
          } else value += text[i++];
        }
        if (i >= text.length) return { words, error: `unterminated double quote at offset ${start}` };
        i++;
      } else if (ch === '\\' && i + 1 < text.length) {
        if (text[i + 1] !== '\n') value += text[i + 1];
        i += 2;
      } else value += text[i++];
    }
    words.push({ value, offset: start });
  }
  return { words };
}

class CommandLineLocator implements Locator {
  constructor(private readonly offsets: readonly number[]) {}
  offsetsOf(pointers: readonly string[]): number[] {
    return pointers.map((p) => {
      const segs = parsePointer(p);
      if (segs[0] === 'command' && segs.length > 1) {
        const i = Number(segs[1]);
        if (Number.isInteger(i) && i >= 0 && i < this.offsets.length) return this.offsets[i];
      }
      return this.offsets[0] ?? 0;
    });
  }
}

/**
 * A `*.flags` file: one component's command line (`kubelet --config=... --kubeconfig=...`), as
 * `rampart node collect` records it from /proc, or as written by hand. It becomes a CommandLine
 * object named `<component>-<node>` (the node bundle's node, else the file's directory), whose
 * `/command/N` points at the Nth word of the file.
 */
export function readFlagsFile(file: string, text: string, node?: string): { object?: InventoryObject; diagnostics: Diagnostic[] } {
  const { words, error } = splitCommandLine(text);
  if (error) return { diagnostics: [{ severity: 'error', code: 'invalid-field', file, message: `cannot read the command line: ${error}` }] };
  const source = new SourceText(file, text);
  const argv = words.map((w) => w.value);
  const recognized = recognize(argv);
  if (!recognized) {
    const first = words[0];
    const line = first ? source.position(first.offset).line : 1;
    const what = first ? `"${first.value}" is not kube-apiserver, kube-controller-manager, kube-scheduler, etcd, kube-proxy or kubelet` : 'the file is empty';
    return { diagnostics: [{ severity: 'error', code: 'invalid-field', file, line, message: `not a Kubernetes component's command line: ${what}` }] };
  }
  const where = node ?? (basename(dirname(file)) || 'local');
  const name = `${recognized.type}-${where}`;
  const object = {
    apiVersion: NODE_API_VERSION,
    kind: COMMAND_LINE_KIND,
    metadata: { name },
    ...(node ? { node } : {}),
    command: argv,
  };
  return { object: new InventoryObject(object, { apiVersion: NODE_API_VERSION, kind: COMMAND_LINE_KIND, name }, source, new CommandLineLocator(words.map((w) => w.offset))), diagnostics: [] };
}
