/**
 * Reports keys the schema does not know. zod strips them silently, so a misspelt `timelimitSec` or
 * `corect` would quietly fall back to a default; authors should hear about it instead.
 * Known keys are read from the schema objects, so fields added to schema.ts are picked up automatically.
 */
import {
  choiceQuestionSchema,
  choiceSchema,
  puzzleItemSchema,
  scenarioSetObject,
  trueFalseQuestionSchema,
} from './schema.js';
import type { PathSegment } from './parse.js';

export interface UnknownKey {
  path: PathSegment[];
  message: string;
}

const setKeys = Object.keys(scenarioSetObject.shape);
const choiceKeys = Object.keys(choiceSchema.shape);
const questionKeysByType: Record<string, string[]> = {
  single: Object.keys(choiceQuestionSchema.shape),
  multiple: Object.keys(choiceQuestionSchema.shape),
  truefalse: Object.keys(trueFalseQuestionSchema.shape),
  puzzle: Object.keys(puzzleItemSchema.shape),
};

export function findUnknownKeys(data: unknown): UnknownKey[] {
  const found: UnknownKey[] = [];
  if (!isRecord(data)) return found;
  check(data, setKeys, [], found);
  const questions = data['questions'];
  if (!Array.isArray(questions)) return found;
  questions.forEach((q: unknown, qi) => {
    if (!isRecord(q)) return;
    // An unknown `type` is already reported by the schema; without it we cannot tell which keys belong.
    // A puzzle round may leave out `type` (`- puzzle: <id>`).
    const type = typeof q['type'] === 'string' ? q['type'] : 'puzzle' in q ? 'puzzle' : undefined;
    const keys = type === undefined ? undefined : questionKeysByType[type];
    if (keys === undefined) return;
    check(q, keys, ['questions', qi], found);
    const choices = q['choices'];
    if (!Array.isArray(choices) || q['type'] === 'truefalse') return;
    choices.forEach((c: unknown, ci) => {
      if (isRecord(c)) check(c, choiceKeys, ['questions', qi, 'choices', ci], found);
    });
  });
  return found;
}

function check(obj: Record<string, unknown>, known: string[], at: PathSegment[], out: UnknownKey[]): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const hint = closest(key, known);
    out.push({
      path: [...at, key],
      message: `unknown field "${key}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`,
    });
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The known key within edit distance 2 (case-insensitive), if any: enough for typical typos. */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDist = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDist) {
      best = k;
      bestDist = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
