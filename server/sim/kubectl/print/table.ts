/**
 * kubectl's tabwriter (min width 6, padding 3, pad with spaces): every column but the last is
 * padded to its widest cell + 3. Widths count characters, not bytes, like Go's rune counting.
 */
export function renderTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const widths: number[] = [];
  for (const row of rows)
    for (let c = 0; c < row.length - 1; c++) {
      const w = Math.max(6, [...(row[c] as string)].length + 3);
      if (w > (widths[c] ?? 0)) widths[c] = w;
    }
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as string;
      line += c === row.length - 1 ? cell : cell + ' '.repeat((widths[c] as number) - [...cell].length);
    }
    out += line + '\n';
  }
  return out;
}

export interface Column {
  header: string;
  /** Shown only with -o wide (priority 1 columns upstream). */
  wide?: boolean;
}
