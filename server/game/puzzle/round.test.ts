/** A puzzle round: isolated team clusters, attributed commands, goal checks, hints, scoring and the end. */
import { describe, expect, it } from 'vitest';
import type { GameState } from '../state.js';
import { HOST, expectFail, joinAll, player, run } from '../test-helpers.js';
import { inRound, ROUND_AT, teamOf } from './test-fixtures.js';

const cmd = (state: GameState, playerId: string, line: string, at: number) =>
  run(state, { type: 'puzzle-command', viewer: player(playerId), line, now: ROUND_AT + at });
/** The team's own reference fix (its parameters differ from the other teams'). */
const fix = (state: GameState, teamId: string) => String(teamOf(state, teamId).puzzle.solution[0]);

describe('team clusters', () => {
  it('every team starts broken on its own fork, with its own parameters', () => {
    const { state } = inRound(
      ['a', 'b', 'c', 'd'],
      { 0: 'team-1', 1: 'team-2', 2: 'team-3', 3: 'team-4' },
      3,
    );
    const teams = state.puzzle.round!.teams;
    expect(new Set(teams.map((t) => t.seed)).size).toBe(4);
    expect(new Set(teams.map((t) => fix(state, t.teamId))).size).toBeGreaterThan(1);
    for (const t of teams) {
      expect(t.goals.find((g) => g.id === 'endpoints')?.met).toBe(false);
      expect(t.goals.find((g) => g.id === 'kept')?.met).toBe(true); // the guard holds from the start
    }
  });

  it("a command changes only its team's cluster", () => {
    const { state, ids } = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const before = teamOf(state, 'team-2');
    const after = cmd(state, ids[0]!, fix(state, 'team-1'), 1000).state;
    expect(teamOf(after, 'team-1').cluster).not.toBe(teamOf(state, 'team-1').cluster);
    expect(teamOf(after, 'team-2')).toBe(before);
    // The team-2 fix of team-1's service name does not exist in team-2's cluster (and vice versa).
    const other = cmd(after, ids[1]!, 'kubectl get endpoints', 2000).state;
    expect(teamOf(other, 'team-2').commands[0]?.output).toMatch(/<none>/);
  });
});

describe('commands', () => {
  it('are attributed, logged for the room, and re-check the goals', () => {
    const { state, ids } = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-1' });
    const first = cmd(state, ids[0]!, '  kubectl get endpoints  ', 1000);
    const entry = teamOf(first.state, 'team-1').commands[0]!;
    expect(entry).toMatchObject({ seq: 1, playerId: ids[0], nickname: 'ana', line: 'kubectl get endpoints' });
    expect(entry.exitCode).toBe(0);
    expect(entry.output).toContain('ENDPOINTS');
    expect(first.effects).toContainEqual({
      type: 'puzzle-command',
      command: expect.objectContaining({ teamId: 'team-1', playerId: ids[0], seq: 1, exitCode: 0 }),
    });
    const second = cmd(first.state, ids[1]!, fix(state, 'team-1'), 61_000);
    const team = teamOf(second.state, 'team-1');
    expect(team.commands.map((c) => c.nickname)).toEqual(['ana', 'ben']);
    expect(team.goals.every((g) => g.met)).toBe(true);
    expect(team.solvedInMs).toBe(61_000);
    expect(team.points).toBe(1797); // 2000 × (1 − 61/600), no hint
    expect(team.solvedBy).toEqual([ids[0], ids[1]]);
  });

  it('failing commands are logged with their exit code and kubectl message', () => {
    const { state, ids } = inRound(['ana']);
    const team = teamOf(cmd(state, ids[0]!, 'kubectl get svc nope', 1000).state, 'team-1');
    expect(team.commands[0]).toMatchObject({ exitCode: 1 });
    expect(team.commands[0]?.output).toContain('Error from server (NotFound): services "nope" not found');
  });

  it('are validated: text, length, team, pause, rate per player', () => {
    const setup = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const ids = setup.ids;
    let state = setup.state;
    const at = (line: string, ms = 500) => ({
      type: 'puzzle-command' as const,
      viewer: player(ids[0]!),
      line,
      now: ROUND_AT + ms,
    });
    expectFail(state, at('   '), 'puzzle/invalid-command');
    expectFail(state, at(`kubectl get pods ${'x'.repeat(2000)}`), 'puzzle/invalid-command');
    expectFail(
      state,
      { type: 'puzzle-command', viewer: HOST, line: 'kubectl get pods', now: ROUND_AT },
      'auth/not-player',
    );
    const late = joinAll(state, ['cy'], ROUND_AT + 1);
    expectFail(
      late.state,
      { type: 'puzzle-command', viewer: player(late.ids[0]!), line: 'kubectl get pods', now: ROUND_AT + 2 },
      'puzzle/not-in-team',
    );
    const paused = run(state, { type: 'pause', viewer: HOST, now: ROUND_AT + 100 }).state;
    expectFail(paused, at('kubectl get pods', 200), 'game/wrong-phase');
    // Ten at once pass, the eleventh within the same instant is refused; the other player is unaffected.
    for (let i = 0; i < 10; i++) state = cmd(state, ids[0]!, 'kubectl get pods', 1000).state;
    expectFail(state, at('kubectl get pods', 1000), 'rate/limited');
    state = cmd(state, ids[1]!, 'kubectl get pods', 1000).state;
    state = cmd(state, ids[0]!, 'kubectl get pods', 1600).state; // refilled at 2 per second
    expect(teamOf(state, 'team-1').commands).toHaveLength(11);
  });

  it('send manifests along for apply -f', () => {
    const { state, ids } = inRound(['ana']);
    const app = fix(state, 'team-1').split(' ')[4]!;
    const manifest = `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    app: ${app}\n  ports:\n    - port: 80\n      targetPort: 80\n`;
    const r = run(state, {
      type: 'puzzle-command',
      viewer: player(ids[0]!),
      line: 'kubectl apply -f svc.yaml',
      files: { 'svc.yaml': manifest },
      now: ROUND_AT + 1000,
    });
    const team = teamOf(r.state, 'team-1');
    expect(team.commands[0]).toMatchObject({ files: ['svc.yaml'], exitCode: 0 });
    expect(team.commands[0]?.output).toContain(`service/${app} configured`);
  });
});

describe('hints', () => {
  it('come in order, cost points, and run out', () => {
    const setup = inRound(['ana']);
    const ids = setup.ids;
    let state = setup.state;
    const hint = (s: GameState) =>
      run(s, { type: 'puzzle-hint', viewer: player(ids[0]!), now: ROUND_AT + 10 }).state;
    state = hint(hint(state));
    expect(teamOf(state, 'team-1').hintsTaken.map((h) => [h.index, h.nickname])).toEqual([
      [0, 'ana'],
      [1, 'ana'],
    ]);
    expectFail(
      state,
      { type: 'puzzle-hint', viewer: player(ids[0]!), now: ROUND_AT + 20 },
      'puzzle/no-more-hints',
    );
    state = cmd(state, ids[0]!, fix(state, 'team-1'), 0).state;
    // 2000 at once minus 100 + 200 for the hints; the round closes since the only team solved.
    expect(teamOf(state, 'team-1').points).toBe(1700);
    expect(state.phase).toBe('puzzle-reveal');
    expectFail(
      state,
      { type: 'puzzle-hint', viewer: player(ids[0]!), now: ROUND_AT + 30 },
      'game/wrong-phase',
    );
  });
});

describe('the end of a round', () => {
  it('ends when every team solved, and credits each solver', () => {
    const setup = inRound(['ana', 'ben', 'cy'], { 0: 'team-1', 1: 'team-1', 2: 'team-2' });
    const ids = setup.ids;
    let state = setup.state;
    state = cmd(state, ids[0]!, fix(state, 'team-1'), 30_000).state;
    expect(state.phase).toBe('puzzle');
    expectFail(
      state,
      { type: 'puzzle-command', viewer: player(ids[1]!), line: 'kubectl get pods', now: ROUND_AT + 31_000 },
      'puzzle/already-solved',
    );
    const last = cmd(state, ids[2]!, fix(state, 'team-2'), 150_000);
    state = last.state;
    expect(state.phase).toBe('puzzle-reveal');
    expect(state.players.map((p) => p.score)).toEqual([1900, 1900, 1500]);
    expect(last.effects.filter((e) => e.type === 'puzzle-result')).toHaveLength(2);
    expect(last.effects.at(-1)).toEqual({ type: 'broadcast' });
    expect(run(state, { type: 'next', viewer: HOST, now: ROUND_AT + 200_000 }).state.phase).toBe(
      'scoreboard',
    );
  });

  it('ends at the deadline: unsolved teams score 0', () => {
    const setup = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const ids = setup.ids;
    let state = setup.state;
    state = cmd(state, ids[0]!, fix(state, 'team-1'), 100_000).state;
    const early = run(state, { type: 'tick', now: ROUND_AT + 299_999 }).state;
    expect(early.phase).toBe('puzzle');
    const done = run(state, { type: 'tick', now: ROUND_AT + 300_000 });
    expect(done.state.phase).toBe('puzzle-reveal');
    expect(done.state.players.map((p) => p.score)).toEqual([1667, 0]);
    const results = done.effects.flatMap((e) => (e.type === 'puzzle-result' ? [e.result] : []));
    expect(results.map((r) => [r.teamId, r.solved, r.points])).toEqual([
      ['team-1', true, 1667],
      ['team-2', false, 0],
    ]);
  });

  it('asks the room for a tick at the deadline, and pausing moves it', () => {
    const { state } = inRound(['ana']);
    expect(state.wakeAt).toBe(ROUND_AT + 300_000);
    const paused = run(state, { type: 'pause', viewer: HOST, now: ROUND_AT + 1000 });
    expect(paused.effects).toContainEqual({ type: 'cancel-schedule' });
    const resumed = run(paused.state, { type: 'resume', viewer: HOST, now: ROUND_AT + 61_000 });
    expect(resumed.effects).toContainEqual({ type: 'schedule', at: ROUND_AT + 360_000 });
  });

  it('skip closes the round early and keeps what teams earned; end goes to the podium with it', () => {
    const setup = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const ids = setup.ids;
    let state = setup.state;
    state = cmd(state, ids[0]!, fix(state, 'team-1'), 0).state;
    const skipped = run(state, { type: 'skip', viewer: HOST, now: ROUND_AT + 5000 }).state;
    expect(skipped.phase).toBe('puzzle-reveal');
    expect(skipped.players.map((p) => p.score)).toEqual([2000, 0]);
    const ended = run(state, { type: 'end', viewer: HOST, now: ROUND_AT + 5000 });
    expect(ended.state.phase).toBe('podium');
    const finished = ended.effects.find((e) => e.type === 'game-finished');
    expect(finished?.type === 'game-finished' && finished.ranking[0]).toMatchObject({
      nickname: 'ana',
      score: 2000,
    });
  });

  it('survives a JSON round trip mid-round (a restored room plays on identically)', () => {
    const { state, ids } = inRound(['ana']);
    const restored = JSON.parse(JSON.stringify(state)) as GameState;
    const a = cmd(state, ids[0]!, 'kubectl get pods -o wide', 5000).state;
    const b = cmd(restored, ids[0]!, 'kubectl get pods -o wide', 5000).state;
    expect(teamOf(b, 'team-1').commands[0]?.output).toBe(teamOf(a, 'team-1').commands[0]?.output);
    expect(cmd(b, ids[0]!, fix(b, 'team-1'), 6000).state.phase).toBe('puzzle-reveal');
  });
});
