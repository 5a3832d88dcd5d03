/** Who sees what in a puzzle round: own team only, host overview and watch, no solution before the end. */
import { describe, expect, it } from 'vitest';
import type { GameState } from '../state.js';
import { HOST, expectFail, player, run } from '../test-helpers.js';
import { hostView, playerView } from '../views.js';
import { inRound, inTeams, ROUND_AT, teamOf } from './test-fixtures.js';

const NOW = ROUND_AT + 2000;

describe('puzzle views', () => {
  it("players see their own team's terminal, goals and cluster, nothing of the other team", () => {
    const setup = inRound(['ana', 'ben', 'cy'], { 0: 'team-1', 1: 'team-1', 2: 'team-2' });
    const ids = setup.ids;
    let state = setup.state;
    state = run(state, {
      type: 'puzzle-command',
      viewer: player(ids[0]!),
      line: 'kubectl get svc',
      now: NOW,
    }).state;
    const ben = playerView(state, ids[1]!, NOW);
    const cy = playerView(state, ids[2]!, NOW);
    expect(ben.myTeamId).toBe('team-1');
    expect(ben.puzzle?.team?.terminal.map((t) => [t.nickname, t.line])).toEqual([['ana', 'kubectl get svc']]);
    expect(ben.puzzle?.team?.cluster.nodes.length).toBeGreaterThan(0);
    expect(ben.puzzle?.team?.goals.map((g) => [g.id, g.met, g.detail])).toEqual([
      ['endpoints', false, null],
      ['kept', true, null],
    ]);
    expect(cy.puzzle?.team?.teamId).toBe('team-2');
    expect(cy.puzzle?.team?.terminal).toEqual([]);
    expect(JSON.stringify(cy)).not.toContain('kubectl get svc');
    expect(ben.clock).toMatchObject({ paused: false, remainingMs: 300_000 - 2000 });
    expect(ben.teams.map((t) => t.members.map((m) => m.nickname))).toEqual([['ana', 'ben'], ['cy']]);
  });

  it('never carries the reference solution or the explanation before the round ends', () => {
    const setup = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const ids = setup.ids;
    let state = setup.state;
    state = run(state, { type: 'puzzle-watch', viewer: HOST, teamId: 'team-2', now: NOW }).state;
    const secrets = (s: GameState) =>
      s.puzzle.round!.teams.flatMap((t) => [String(t.puzzle.solution[0]), t.puzzle.explanation]);
    const leaks = (view: unknown, s: GameState) => secrets(s).filter((x) => JSON.stringify(view).includes(x));
    expect(leaks(hostView(state, NOW), state)).toEqual([]);
    expect(leaks(playerView(state, ids[0]!, NOW), state)).toEqual([]);
    // Solved by one team: still nothing for anyone while the other team plays.
    const fix = String(teamOf(state, 'team-1').puzzle.solution[0]);
    const solved = run(state, { type: 'puzzle-command', viewer: player(ids[0]!), line: fix, now: NOW }).state;
    expect(leaks(playerView(solved, ids[1]!, NOW), solved)).toEqual([]);
    expect(playerView(solved, ids[0]!, NOW).puzzle?.team?.solution).toBeNull();
    // After the round: each team gets its own explanation and solution, and the results.
    const over = run(solved, { type: 'skip', viewer: HOST, now: NOW }).state;
    const ben = playerView(over, ids[1]!, NOW).puzzle!;
    expect(ben.team?.solution?.[0]?.command).toBe(String(teamOf(over, 'team-2').puzzle.solution[0]));
    expect(ben.team?.explanation).toBe(teamOf(over, 'team-2').puzzle.explanation);
    expect(ben.team?.goals[0]?.detail).not.toBeNull();
    expect(ben.results?.map((r) => [r.teamId, r.solved])).toEqual([
      ['team-1', true],
      ['team-2', false],
    ]);
  });

  it("the host sees every team's progress and can watch one team read-only", () => {
    const setup = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const ids = setup.ids;
    let state = setup.state;
    state = run(state, { type: 'puzzle-hint', viewer: player(ids[1]!), now: NOW }).state;
    state = run(state, {
      type: 'puzzle-command',
      viewer: player(ids[1]!),
      line: 'kubectl get ep',
      now: NOW,
    }).state;
    const host = hostView(state, NOW).puzzle!;
    expect(
      host.progress.map((p) => [p.teamId, p.goalsMet, p.goalCount, p.hintsTaken, p.commandCount]),
    ).toEqual([
      ['team-1', 1, 2, 0, 0],
      ['team-2', 1, 2, 1, 1],
    ]);
    expect(host.progress[1]?.lastCommands[0]).toMatchObject({ nickname: 'ben', line: 'kubectl get ep' });
    expect(host.progress[1]?.goals[0]?.detail).toMatch(/ready endpoints/);
    expect(host.watching).toBeNull();
    expectFail(
      state,
      { type: 'puzzle-watch', viewer: HOST, teamId: 'team-7', now: NOW },
      'puzzle/unknown-team',
    );
    expectFail(
      state,
      { type: 'puzzle-watch', viewer: player(ids[0]!), teamId: 'team-2', now: NOW },
      'auth/not-host',
    );
    state = run(state, { type: 'puzzle-watch', viewer: HOST, teamId: 'team-2', now: NOW }).state;
    const watching = hostView(state, NOW).puzzle?.watching;
    expect(watching?.terminal[0]?.line).toBe('kubectl get ep');
    expect(watching?.hints[0]).toMatchObject({ index: 0, takenBy: 'ben', cost: 100 });
    expect(watching?.cluster.services.length).toBeGreaterThan(0);
    // Watching is read-only: the host has no command of its own.
    expectFail(
      state,
      { type: 'puzzle-command', viewer: HOST, line: 'kubectl get ep', now: NOW },
      'auth/not-player',
    );
  });

  it('in the teams phase: round info, unassigned players, no team round yet', () => {
    const { state, ids } = inTeams(['ana', 'ben']);
    const moved = run(state, {
      type: 'team-choose',
      viewer: player(ids[0]!),
      teamId: 'team-1',
      now: NOW,
    }).state;
    const host = hostView(moved, NOW).puzzle!;
    expect(host.round).toMatchObject({
      puzzleId: 'tiny-selector',
      timeLimitMs: 300_000,
      points: 2000,
      maxTeamSize: 5,
    });
    expect(host.round.newTeamId).toBe('team-2');
    expect(host.unassigned.map((m) => m.nickname)).toEqual(['ben']);
    expect(host.progress).toEqual([]);
    expect(playerView(moved, ids[0]!, NOW).puzzle?.team).toBeNull();
    expect(playerView(moved, ids[0]!, NOW).clock).toBeNull();
  });

  it('views outside puzzle phases carry no puzzle part', () => {
    const { state, ids } = inRound(['ana']);
    const fix = String(teamOf(state, 'team-1').puzzle.solution[0]);
    const over = run(state, { type: 'puzzle-command', viewer: player(ids[0]!), line: fix, now: NOW }).state;
    const board = run(over, { type: 'next', viewer: HOST, now: NOW }).state;
    expect(board.phase).toBe('scoreboard');
    expect(playerView(board, ids[0]!, NOW).puzzle).toBeNull();
    expect(hostView(board, NOW).puzzle).toBeNull();
    expect(hostView(board, NOW).stepCount).toBe(1);
  });
});
