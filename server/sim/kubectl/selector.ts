/**
 * Label selector strings (`-l`), a port of k8s.io/apimachinery/pkg/labels/selector.go: same lexer,
 * same recursive-descent parser, same error texts, same canonical String(), so `kubectl get -l`
 * fails and matches exactly like the API server.
 */

import { err, type Err } from '../../common/result.js';
import { simError, type SelectorErrorCode, type SelectorParseError } from '../sim-error.js';
import { validateLabelKey, validateLabelValue } from './validate.js';

export type Operator = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

export interface Requirement {
  key: string;
  op: Operator;
  /** Sorted, de-duplicated (a Go sets.String). */
  values: string[];
}

export type Selector = Requirement[];

export type ParseResult = { ok: true; selector: Selector } | Err<SelectorParseError>;

type Tok = 'eos' | 'ident' | 'in' | 'notin' | '!' | '=' | '==' | '!=' | '>' | '<' | '(' | ')' | ',';

const SPECIALS = new Set(['=', '!', '(', ')', ',', '>', '<']);
const SYMBOLS = new Set(['!', '!=', '(', ')', ',', '=', '==', '>', '<']);
const WS = new Set([' ', '\t', '\r', '\n']);

function lex(s: string): Array<[Tok, string]> {
  const out: Array<[Tok, string]> = [];
  let i = 0;
  for (;;) {
    while (i < s.length && WS.has(s[i] as string)) i++;
    if (i >= s.length) {
      out.push(['eos', '']);
      return out;
    }
    if (SPECIALS.has(s[i] as string)) {
      // Longest match among the known symbols.
      let lit = s[i] as string;
      i++;
      while (i < s.length && SPECIALS.has(s[i] as string) && SYMBOLS.has(lit + s[i])) lit += s[i++];
      out.push([lit as Tok, lit]);
      continue;
    }
    const start = i;
    while (i < s.length && !WS.has(s[i] as string) && !SPECIALS.has(s[i] as string)) i++;
    const word = s.slice(start, i);
    out.push([word === 'in' ? 'in' : word === 'notin' ? 'notin' : 'ident', word]);
  }
}

/** Thrown inside the parser; `parseSelector` returns it as a `SelectorParseError`. */
class ParseError extends Error {
  constructor(
    readonly code: SelectorErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const syntax = (message: string) => new ParseError('selector/syntax', message);

class Parser {
  private pos = 0;
  constructor(private readonly items: Array<[Tok, string]>) {}

  /** In "values" context the keywords are plain identifiers (`a in (in,notin)` is valid). */
  private peek(values: boolean): [Tok, string] {
    const it = this.items[Math.min(this.pos, this.items.length - 1)] as [Tok, string];
    return values && (it[0] === 'in' || it[0] === 'notin') ? ['ident', it[1]] : it;
  }
  private next(values: boolean): [Tok, string] {
    const it = this.peek(values);
    if (this.pos < this.items.length - 1) this.pos++;
    return it;
  }

  parse(): Selector {
    const reqs: Selector = [];
    for (;;) {
      const [tok, lit] = this.peek(true);
      if (tok === 'eos') return reqs;
      if (tok !== 'ident' && tok !== '!')
        throw syntax(`found '${lit}', expected: !, identifier, or 'end of string'`);
      try {
        reqs.push(this.requirement());
      } catch (e) {
        const code = e instanceof ParseError ? e.code : 'selector/syntax';
        throw new ParseError(code, `unable to parse requirement: ${(e as Error).message}`);
      }
      const [t, l] = this.next(true);
      if (t === 'eos') return reqs;
      if (t !== ',') throw syntax(`found '${l}', expected: ',' or 'end of string'`);
      const [t2, l2] = this.peek(true);
      if (t2 !== 'ident' && t2 !== '!') throw syntax(`found '${l2}', expected: identifier after ','`);
    }
  }

  private requirement(): Requirement {
    let [tok, key] = this.next(true);
    let op: Operator | undefined;
    if (tok === '!') {
      op = '!';
      [tok, key] = this.next(true);
    }
    if (tok !== 'ident') throw syntax(`found '${key}', expected: identifier`);
    const keyErr = validateLabelKey(key);
    if (keyErr) throw new ParseError('selector/invalid-key', `key: Invalid value: "${key}": ${keyErr}`);
    const [la] = this.peek(true);
    if (op === '!') return { key, op, values: [] };
    if (la === 'eos' || la === ',') return { key, op: 'exists', values: [] };
    const [opTok, opLit] = this.next(false);
    const ops: Partial<Record<Tok, Operator>> = {
      in: 'in',
      notin: 'notin',
      '=': '=',
      '==': '==',
      '!=': '!=',
      '>': 'gt',
      '<': 'lt',
    };
    op = ops[opTok];
    if (!op) throw syntax(`found '${opLit}', expected: in, notin, =, ==, !=, gt, lt`);
    const values = op === 'in' || op === 'notin' ? this.valueSet() : this.exactValue();
    return newRequirement(key, op, values);
  }

  private valueSet(): string[] {
    const [tok, lit] = this.next(true);
    if (tok !== '(') throw syntax(`found '${lit}' expected: '('`);
    const [la, laLit] = this.peek(true);
    if (la === ')') {
      this.next(true);
      return [''];
    }
    if (la !== 'ident' && la !== ',') throw syntax(`found '${laLit}', expected: ',', ')' or identifier`);
    const set = new Set<string>();
    for (;;) {
      const [t, l] = this.next(true);
      if (t === 'ident') {
        set.add(l);
        const [t2, l2] = this.peek(true);
        if (t2 === ',') continue;
        if (t2 === ')') break;
        throw syntax(`found '${l2}', expected: ',' or ')'`);
      } else if (t === ',') {
        if (set.size === 0) set.add('');
        const [t2] = this.peek(true);
        if (t2 === ')') {
          set.add('');
          break;
        }
        if (t2 === ',') {
          this.next(true);
          set.add('');
        }
      } else throw syntax(`found '${l}', expected: ',', or identifier`);
    }
    // Upstream reports the token seen right after '(' here, not the offending one.
    if (this.next(true)[0] !== ')') throw syntax(`found '${laLit}', expected: ')'`);
    return [...set];
  }

  private exactValue(): string[] {
    const [la] = this.peek(true);
    if (la === 'eos' || la === ',') return [''];
    const [t, l] = this.next(true);
    if (t === 'ident') return [l];
    throw syntax(`found '${l}', expected: identifier`);
  }
}

function newRequirement(key: string, op: Operator, vals: string[]): Requirement {
  const values = [...new Set(vals)].sort();
  if (op === 'gt' || op === 'lt') {
    if (!/^[+-]?\d+$/.test(values[0] ?? ''))
      throw new ParseError(
        'selector/invalid-value',
        `values[0]: Invalid value: "${values[0] ?? ''}": for 'Gt', 'Lt' operators, the value must be an integer`,
      );
  } else {
    for (const [i, v] of values.entries()) {
      const err = validateLabelValue(v);
      if (err)
        throw new ParseError('selector/invalid-value', `values[${i}][${key}]: Invalid value: "${v}": ${err}`);
    }
  }
  return { key, op, values };
}

export function parseSelector(input: string): ParseResult {
  try {
    const selector = new Parser(lex(input)).parse();
    // Upstream sorts by key (sort.Sort on a small slice behaves stably here).
    selector.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { ok: true, selector };
  } catch (e) {
    if (e instanceof ParseError) return err(simError(e.code, e.message));
    throw e;
  }
}

export function requirementString(r: Requirement): string {
  const vals = r.values.join(',');
  switch (r.op) {
    case '!':
      return `!${r.key}`;
    case 'exists':
      return r.key;
    case 'in':
    case 'notin':
      return `${r.key} ${r.op} (${vals})`;
    case 'gt':
      return `${r.key}>${vals}`;
    case 'lt':
      return `${r.key}<${vals}`;
    default:
      return `${r.key}${r.op}${vals}`;
  }
}

export function selectorString(sel: Selector): string {
  return sel.map(requirementString).join(',');
}

export function matchesRequirement(r: Requirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = has ? (labels[r.key] as string) : undefined;
  switch (r.op) {
    case '=':
    case '==':
    case 'in':
      return v !== undefined && r.values.includes(v);
    case '!=':
    case 'notin':
      return v === undefined || !r.values.includes(v);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt':
    case 'lt': {
      if (v === undefined || !/^[+-]?\d+$/.test(v)) return false;
      const a = BigInt(v);
      const b = BigInt(r.values[0] as string);
      return r.op === 'gt' ? a > b : a < b;
    }
  }
}

export function matches(sel: Selector, labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  return sel.every((r) => matchesRequirement(r, l));
}

/** A Service's `spec.selector`: equality AND over a plain map; empty matches everything. */
export function matchesMap(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  const l = labels ?? {};
  return Object.entries(selector).every(([k, v]) => l[k] === v);
}

/** labels.FormatLabels: sorted `k=v` joined by commas, `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(',');
}

export { validateLabelKey, validateLabelValue };
