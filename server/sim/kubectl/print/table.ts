/**
 * A port of Go's text/tabwriter (left-aligned, space padding), which both `kubectl get` (min width 6,
 * padding 3) and `kubectl describe` (min width 0, padding 2) write through. Cells end with '\t'; the
 * text after a line's last tab is not a cell and is never padded; a column's width is decided per
 * "column block" (consecutive lines that have that cell), which is why describe's sections align
 * independently.
 */
export function tabwrite(text: string, minwidth: number, padding: number): string {
  const raw = text.split('\n');
  const trailingNewline = raw[raw.length - 1] === '';
  if (trailingNewline) raw.pop();
  const lines = raw.map((l) => l.split('\t'));
  const widthOf = (s: string) => [...s].length;
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i] as string[];
      let s = '';
      line.forEach((cell, j) => {
        s += cell;
        if (j < widths.length && j < line.length - 1)
          s += ' '.repeat(Math.max(0, (widths[j] as number) - widthOf(cell)));
      });
      out.push(s);
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= (lines[t] as string[]).length - 1) continue;
      writeLines(line0, t);
      line0 = t;
      let width = minwidth;
      for (; t < line1; t++) {
        const line = lines[t] as string[];
        if (column >= line.length - 1) break;
        width = Math.max(width, widthOf(line[column] as string) + padding);
      }
      widths.push(width);
      format(line0, t);
      widths.pop();
      line0 = t;
      t--; // the for-loop increment would skip the line that ended the block
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('\n') + (trailingNewline ? '\n' : '');
}

/** `kubectl get` tables: rows of cells, header first. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n', 6, 3);
}
