/**
 * pflag-style flag parsing (what cobra gives kubectl): flags anywhere among the arguments,
 * `--flag=value`, `--flag value`, `-n value`, `-nvalue`, `-n=value`, combined boolean shorthands
 * (`-it`), and `--` ending flag parsing. Errors use pflag's exact wording so learners see what a
 * real terminal shows.
 */

/** `opt`: a string flag with pflag's NoOptDefVal (`--dry-run` alone means `unchanged`). */
export type FlagKind = 'bool' | 'string' | 'int' | 'strings' | 'opt';

export interface FlagSpec {
  name: string;
  short?: string;
  kind: FlagKind;
  /** The values the command accepts, when it has a fixed list (shell completion offers them). */
  values?: readonly string[];
}

export interface ParsedArgs {
  /** Raw values per long flag name, in order of appearance (repeated flags accumulate). */
  values: Map<string, string[]>;
  args: string[];
  /** Words after `--`, or null when there was no `--`. */
  dashArgs: string[] | null;
}

export class FlagError extends Error {}

export function parseFlags(words: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const values = new Map<string, string[]>();
  const args: string[] = [];
  let dashArgs: string[] | null = null;
  const put = (spec: FlagSpec, v: string) => {
    checkValue(spec, v);
    const list = values.get(spec.name) ?? [];
    list.push(v);
    values.set(spec.name, list);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') {
      dashArgs = words.slice(i + 1);
      break;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      const spec = byLong.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) put(spec, w.slice(eq + 1));
      else if (spec.kind === 'bool') put(spec, 'true');
      else if (spec.kind === 'opt') put(spec, 'unchanged');
      else if (i + 1 < words.length) put(spec, words[++i] as string);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      // Shorthand cluster: booleans may combine; the first value flag takes the rest of the word.
      let j = 1;
      while (j < w.length) {
        const ch = w[j] as string;
        const spec = byShort.get(ch);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${ch}' in ${w}`);
        const rest = w.slice(j + 1);
        if (spec.kind === 'bool') {
          if (rest.startsWith('=')) {
            put(spec, rest.slice(1));
            break;
          }
          put(spec, 'true');
          j++;
          continue;
        }
        if (rest.length > 0) put(spec, rest.startsWith('=') ? rest.slice(1) : rest);
        else if (i + 1 < words.length) put(spec, words[++i] as string);
        else throw new FlagError(`flag needs an argument: '${ch}' in -${ch}`);
        break;
      }
      continue;
    }
    args.push(w);
  }
  return { values, args, dashArgs };
}

function flagLabel(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

function checkValue(spec: FlagSpec, v: string): void {
  if (spec.kind === 'bool' && parseBool(v) === undefined)
    throw new FlagError(
      `invalid argument "${v}" for "${flagLabel(spec)}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`,
    );
  if (spec.kind === 'int' && !/^[+-]?\d+$/.test(v))
    throw new FlagError(
      `invalid argument "${v}" for "${flagLabel(spec)}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`,
    );
}

function parseBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v)) return false;
  return undefined;
}

/** Typed read access to parsed flags; the last occurrence wins, like pflag. */
export class Flags {
  constructor(private readonly parsed: ParsedArgs) {}
  has(name: string): boolean {
    return this.parsed.values.has(name);
  }
  str(name: string, dflt = ''): string {
    const v = this.parsed.values.get(name);
    return v && v.length > 0 ? (v[v.length - 1] as string) : dflt;
  }
  bool(name: string): boolean {
    return parseBool(this.str(name, 'false')) ?? false;
  }
  int(name: string, dflt: number): number {
    return this.has(name) ? Number.parseInt(this.str(name), 10) : dflt;
  }
  /** String-slice flags: every occurrence, each split on commas (pflag StringSlice). */
  list(name: string): string[] {
    return (this.parsed.values.get(name) ?? []).flatMap((v) => (v === '' ? [] : v.split(',')));
  }
  /** String-array flags: every occurrence verbatim (pflag StringArray, e.g. -f). */
  all(name: string): string[] {
    return this.parsed.values.get(name) ?? [];
  }
}
