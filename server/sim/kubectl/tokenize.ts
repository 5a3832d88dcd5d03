/**
 * Shell-like splitting of one command line into words, the way bash would hand them to kubectl:
 * single quotes are literal, double quotes honour \" \\ \$ \`, a backslash outside quotes escapes
 * the next character. No expansion, globbing or pipes: the terminal only runs kubectl.
 */
import { err, type Err } from '../../common/result.js';
import { simError, type TokenizeError } from '../sim-error.js';

export type TokenizeResult = { ok: true; words: string[] } | Err<TokenizeError>;

export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let cur = '';
  // A word exists once we saw any character of it, even an empty '' pair.
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      i++;
      continue;
    }
    if (c === '#' && !inWord) break; // comment to end of line, as in bash
    inWord = true;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0)
        return err(
          simError('tokenize/unclosed-single-quote', "unexpected EOF while looking for matching `''"),
        );
      cur += line.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const d = line[i] as string;
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1] as string)) {
          cur += line[i + 1];
          i += 2;
          continue;
        }
        cur += d;
        i++;
      }
      if (!closed)
        return err(
          simError('tokenize/unclosed-double-quote', 'unexpected EOF while looking for matching `"\''),
        );
      continue;
    }
    if (c === '\\') {
      if (i + 1 < line.length) cur += line[i + 1];
      i += 2;
      continue;
    }
    cur += c;
    i++;
  }
  if (inWord) words.push(cur);
  return { ok: true, words };
}

/** Quote a word back for display (`$ ...` transcript lines keep what the user typed instead). */
export function quoteWord(w: string): string {
  if (w !== '' && /^[A-Za-z0-9_./:=,@%+-]+$/.test(w)) return w;
  return `'${w.replace(/'/g, `'\\''`)}'`;
}
