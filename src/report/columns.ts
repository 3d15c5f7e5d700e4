import { visibleLength } from './text.js';

export interface ColumnOptions {
  /** Total width to fit (default 100); the widest columns are cut with "…" until the table fits. */
  readonly width?: number;
  /** Styles the header row (bold). */
  readonly header?: (s: string) => string;
  /** Columns never cut below this many characters. */
  readonly minWidth?: number;
}

/**
 * A plain-text table: columns separated by two spaces, padded, the widest columns cut with "…" so
 * that every line fits the width. Cells may hold ANSI styling; widths count visible characters.
 */
export function renderColumns(header: readonly string[], rows: readonly (readonly string[])[], options: ColumnOptions = {}): string[] {
  const width = options.width ?? 100;
  const min = options.minWidth ?? 6;
  const widths = header.map((h, i) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[i] ?? ''))));
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  // one character at a time from the widest column, so that wide columns end up equally cut
  for (let excess = total() - width; excess > 0; excess--) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= min) break;
    widths[widest]--;
  }
  const fit = (cell: string, w: number) => {
    const len = visibleLength(cell);
    if (len <= w) return cell + ' '.repeat(w - len);
    // eslint-disable-next-line no-control-regex
    const plain = cell.replace(/\x1b\[[0-9;]*m/g, '');
    return `${plain.slice(0, Math.max(w - 1, 0))}…`;
  };
  const line = (cells: readonly string[]) => cells.map((c, i) => fit(c ?? '', widths[i])).join('  ').trimEnd();
  return [(options.header ?? ((s: string) => s))(line(header)), ...rows.map(line)];
}
