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
  return (
    tabwriteCells(
      raw.map((l) => l.split('\t')),
      minwidth,
      padding,
    ) + (trailingNewline ? '\n' : '')
  );
}

// Characters, not UTF-16 units (Go counts runes); ASCII takes the fast path.
function widthOf(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return [...s].length;
  return s.length;
}

/** Same as `tabwrite`, for lines already split into cells; returns the lines joined by '\n'. */
export function tabwriteCells(
  lines: readonly (readonly string[])[],
  minwidth: number,
  padding: number,
): string {
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i] as readonly string[];
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
      if (column >= (lines[t] as readonly string[]).length - 1) continue;
      writeLines(line0, t);
      line0 = t;
      let width = minwidth;
      for (; t < line1; t++) {
        const line = lines[t] as readonly string[];
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
  return out.join('\n');
}

/** `kubectl get` tables: rows of cells, header first. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const n = rows[0]?.length ?? 0;
  // Every row has the same cells, so each column is one block: the general algorithm is not needed.
  if (!rows.every((r) => r.length === n)) return tabwriteCells(rows, 6, 3) + '\n';
  const widths = new Array<number>(n).fill(6);
  for (const r of rows)
    for (let c = 0; c < n - 1; c++) {
      const w = widthOf(r[c] as string) + 3;
      if (w > (widths[c] as number)) widths[c] = w;
    }
  const pads = widths.map((w) => ' '.repeat(w));
  const lines: string[] = [];
  for (const r of rows) {
    let line = '';
    for (let c = 0; c < n - 1; c++) {
      const cell = r[c] as string;
      line += cell + (pads[c] as string).slice(widthOf(cell));
    }
    lines.push(line + (r[n - 1] as string));
  }
  return lines.join('\n') + '\n';
}
