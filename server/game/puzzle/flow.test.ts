/** A set that mixes questions and a puzzle round plays in file order. */
import { describe, expect, it } from 'vitest';
import { checkPuzzleRefs } from '../../puzzles/index.js';
import { parseScenarioText } from '../../content/parse.js';
import { createGame } from '../state.js';
import { HOST, HOST_KEY, T0, correctIds, joinAll, player, run } from '../test-helpers.js';
import { mixedSet, puzzles, teamOf } from './test-fixtures.js';

describe('mixed sets', () => {
  it('question → teams → puzzle → puzzle-reveal → scoreboard → question → podium', () => {
    const game = createGame({
      code: 'MIX123',
      set: mixedSet,
      scoring: 'accuracy',
      seed: 1,
      hostKey: HOST_KEY,
      now: T0,
      puzzles,
    });
    expect(game.steps.map((s) => s.kind)).toEqual(['question', 'puzzle', 'question']);
    expect(game.questions).toHaveLength(2);
    const setup = joinAll(game, ['ana']);
    const ids = setup.ids;
    let state = setup.state;
    const step = (type: 'start' | 'next' | 'skip', at: number) =>
      (state = run(state, { type, viewer: HOST, now: T0 + at }).state);
    step('start', 1);
    state = run(state, {
      type: 'answer',
      viewer: player(ids[0]!),
      questionId: state.round!.questionId,
      choiceIds: correctIds(state),
      now: T0 + 2,
    }).state;
    expect(state.phase).toBe('reveal');
    step('next', 3);
    step('next', 4);
    expect(state.phase).toBe('teams');
    expect(state.stepIndex).toBe(1);
    step('next', 5);
    expect(state.phase).toBe('puzzle');
    const fix = String(teamOf(state, 'team-1').puzzle.solution[0]);
    state = run(state, { type: 'puzzle-command', viewer: player(ids[0]!), line: fix, now: T0 + 6 }).state;
    expect(state.phase).toBe('puzzle-reveal');
    expect(state.players[0]?.score).toBe(1000 + 1000);
    step('next', 7);
    step('next', 8);
    expect(state.phase).toBe('question');
    expect(state.stepIndex).toBe(2);
    expect(state.round?.questionId).toBe('q-tf');
    step('skip', 9);
    step('next', 10);
    step('next', 11);
    expect(state.phase).toBe('podium');
  });

  it('skipping in the teams phase skips the whole puzzle round', () => {
    const game = createGame({
      code: 'MIX123',
      set: mixedSet,
      scoring: 'classic',
      seed: 1,
      hostKey: HOST_KEY,
      now: T0,
      puzzles,
    });
    let state = joinAll(game, ['ana']).state;
    for (const type of ['start', 'skip', 'next', 'next'] as const)
      state = run(state, { type, viewer: HOST, now: T0 }).state;
    expect(state.phase).toBe('teams');
    state = run(state, { type: 'skip', viewer: HOST, now: T0 }).state;
    expect(state.phase).toBe('question');
    expect(state.puzzle.round).toBeNull();
  });
});

describe('puzzle rounds in scenario files', () => {
  const file = (items: string) =>
    parseScenarioText('s.yaml', `id: s\ntitle: S\ndescription: D\nquestions:\n${items}`);
  const question = `  - id: q1\n    type: truefalse\n    prompt: P\n    explanation: E\n    answer: true\n`;

  it('accept `puzzle: <id>` (with optional overrides) among the questions', () => {
    const parsed = file(
      `${question}  - puzzle: tiny-selector\n    timeLimitSec: 120\n  - type: puzzle\n    puzzle: tiny-selector\n    id: again\n`,
    );
    expect(parsed.ok && parsed.set.steps).toEqual([
      { kind: 'question', id: 'q1' },
      { kind: 'puzzle', id: 'tiny-selector', puzzleId: 'tiny-selector', timeLimitSec: 120 },
      { kind: 'puzzle', id: 'again', puzzleId: 'tiny-selector' },
    ]);
    expect(parsed.ok && parsed.set.questions.map((q) => q.id)).toEqual(['q1']);
  });

  it('report typos, duplicate rounds and unknown puzzles with their place', () => {
    const typo = file(`  - puzzle: tiny-selector\n    timelimitSec: 120\n`);
    expect(!typo.ok && typo.errors.map((e) => e.message)).toEqual([
      'unknown field "timelimitSec" (did you mean "timeLimitSec"?)',
    ]);
    const twice = file(`  - puzzle: tiny-selector\n  - puzzle: tiny-selector\n`);
    expect(!twice.ok && twice.errors[0]?.path).toBe('questions[1].puzzle');
    const unknown = file(`${question}  - puzzle: no-such-puzzle\n`);
    expect(unknown.ok).toBe(true);
    expect(checkPuzzleRefs([unknown], (id) => puzzles.get(id) !== undefined)).toEqual([
      {
        file: 's.yaml',
        path: 'questions[1].puzzle',
        message: 'there is no puzzle "no-such-puzzle" in scenarios/puzzles',
      },
    ]);
  });
});
