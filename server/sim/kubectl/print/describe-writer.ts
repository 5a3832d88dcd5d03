/** kubectl describe's PrefixWriter over a tabwriter (min width 0, padding 2). */
import { tabwrite } from './table.js';

export class DescribeWriter {
  private text = '';
  /** One line at an indentation level; cells are separated by tabs like upstream's format strings. */
  line(level: number, ...cells: string[]): void {
    this.text += '  '.repeat(level) + cells.join('\t') + '\n';
  }
  /** `Labels:` style maps: the first entry on the title line, the rest aligned below it. */
  map(level: number, title: string, m: Record<string, string> | undefined, sep = '='): void {
    const keys = Object.keys(m ?? {}).sort();
    if (keys.length === 0) {
      this.line(level, `${title}:`, '<none>');
      return;
    }
    keys.forEach((k, i) =>
      this.line(level, i === 0 ? `${title}:` : '', `${k}${sep}${(m as Record<string, string>)[k]}`),
    );
  }
  toString(): string {
    return tabwrite(this.text, 0, 2);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Go's RFC1123Z in UTC (`Mon, 02 Jan 2006 15:04:05 +0000`), as describe prints timestamps. */
export function rfc1123z(ts: string | undefined): string {
  if (!ts) return '<unknown>';
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return '<unknown>';
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
