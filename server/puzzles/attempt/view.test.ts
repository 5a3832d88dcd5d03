/** What an attempt's people see: no answer before the owner says so, entries and hints as recorded. */
import { describe, expect, it } from 'vitest';
import type { Result } from './errors.js';
import { tinyPuzzle } from '../test-puzzle.js';
import { attemptView, runCommand, startAttempt, takeHint, type AttemptViewOptions } from './index.js';

const T0 = 1_800_000_000_000;
const ana = { id: 'p-ana', nickname: 'ana' };
const playing: AttemptViewOptions = {
  details: false,
  reveal: false,
  solved: false,
  points: 0,
  hintsOpen: true,
};

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

describe('attemptView', () => {
  const start = startAttempt(tinyPuzzle, 7);
  const played = unwrap(
    runCommand(unwrap(takeHint(start, { author: ana, now: T0 })), {
      line: 'kubectl get svc',
      author: ana,
      now: T0 + 1,
      elapsedMs: 1,
    }),
  ).attempt;

  it('while playing: no goal details, explanation or solution anywhere in the view', () => {
    const view = attemptView(played, playing);
    expect(view.goals.map((g) => g.detail)).toEqual([null, null]);
    expect(view.explanation).toBeNull();
    expect(view.solution).toBeNull();
    const json = JSON.stringify(view);
    expect(json).not.toContain(String(played.puzzle.solution[0]));
    expect(json).not.toContain(played.puzzle.explanation);
    expect(view.terminal.map((t) => [t.nickname, t.line])).toEqual([['ana', 'kubectl get svc']]);
    expect(view.hints).toEqual([
      { index: 0, text: played.hints[0]!.text, cost: 100, takenBy: 'ana', at: T0 },
    ]);
    expect(view).toMatchObject({ goalsMet: 1, hintCount: 2, nextHintCost: 200, commandCount: 1 });
    expect(view.namespace).toBe('default');
    expect(view.cluster.services.length).toBeGreaterThan(0);
  });

  it('shows details, explanation and the solution as typed when told, and the owner verdict', () => {
    const view = attemptView(played, {
      details: true,
      reveal: true,
      solved: true,
      points: 42,
      hintsOpen: false,
    });
    expect(view.goals[0]?.detail).toMatch(/ready endpoints/);
    expect(view.explanation).toBe(played.puzzle.explanation);
    expect(view.solution).toEqual([{ command: String(played.puzzle.solution[0]) }]);
    expect(view).toMatchObject({ solved: true, points: 42, nextHintCost: null });
  });

  it('names a fallback taker for hints recorded without an author', () => {
    const old = { ...played, hintsTaken: [{ index: 0, at: T0 }] };
    expect(attemptView(old, { ...playing, unattributedTo: 'you' }).hints[0]?.takenBy).toBe('you');
  });
});
