/** What a team's terminal keeps besides the text: probe traces per entry, and the current namespace. */
import { describe, expect, it } from 'vitest';
import type { GameState } from '../state.js';
import { player, run } from '../test-helpers.js';
import { inRound, ROUND_AT, teamOf } from './test-fixtures.js';
import { playerPuzzleView } from './views.js';

const cmd = (state: GameState, playerId: string, line: string, at: number) =>
  run(state, { type: 'puzzle-command', viewer: player(playerId), line, now: ROUND_AT + at }).state;

describe('terminal entries carry probe traces', () => {
  it("a request's hops are kept on the entry and shown in the view", () => {
    const { state, ids } = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const app = /http:\/\/(\w+)/.exec(teamOf(state, 'team-1').puzzle.story)?.[1] ?? '';
    const next = cmd(state, ids[0]!, `kubectl run t --rm -i --image=busybox -- wget -qO- -T 1 ${app}`, 1000);
    const entry = teamOf(next, 'team-1').commands[0]!;
    expect(entry.traces).toHaveLength(1);
    const trace = entry.traces![0]!;
    expect(trace.host).toBe(app);
    expect(trace.outcome).not.toBe('ok'); // the Service selects nobody: the picture shows where it stops
    expect(trace.hops.some((h) => !h.ok)).toBe(true);
    expect(trace.response).toBeUndefined(); // the body is in the output already
    expect(playerPuzzleView(next, ids[0]!)?.team?.terminal[0]?.traces).toEqual(entry.traces);
    // Only the team's own command: the other team's terminal has nothing.
    expect(playerPuzzleView(next, ids[1]!)?.team?.terminal).toEqual([]);
  });

  it('keeps at most the last 3 requests, and none for commands without requests', () => {
    const { state, ids } = inRound(['ana']);
    let s = cmd(state, ids[0]!, 'kubectl run c --image=busybox -- sleep 3600', 1000);
    s = cmd(s, ids[0]!, 'kubectl get pods', 2000);
    const hosts = ['h1', 'h2', 'h3', 'h4'];
    const loop = hosts.map((h) => `wget -qO- -T 1 http://${h}`).join('; ');
    s = cmd(s, ids[0]!, `kubectl exec c -- sh -c "${loop}"`, 3000);
    const [created, listed, probed] = teamOf(s, 'team-1').commands;
    expect(created?.traces).toBeUndefined();
    expect(listed?.traces).toBeUndefined();
    expect(probed?.traces?.map((t) => t.host)).toEqual(['h2', 'h3', 'h4']);
  });
});

describe('the terminal namespace', () => {
  it('set-context --current --namespace makes the next command run there, and the view shows it', () => {
    const { state, ids } = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const view = (s: GameState, i: number) => playerPuzzleView(s, ids[i]!)?.team?.namespace;
    expect(view(state, 0)).toBe('default');
    let s = cmd(state, ids[0]!, 'kubectl create namespace lab', 1000);
    s = cmd(s, ids[0]!, 'kubectl config set-context --current --namespace=lab', 2000);
    expect(view(s, 0)).toBe('lab');
    expect(view(s, 1)).toBe('default'); // per team
    s = cmd(s, ids[0]!, 'kubectl create deployment web --image=nginx', 3000);
    s = cmd(s, ids[0]!, 'kubectl get deploy -n lab', 4000);
    s = cmd(s, ids[0]!, 'kubectl get pods -n default', 5000);
    const out = teamOf(s, 'team-1').commands.map((c) => c.output);
    expect(out[3]).toMatch(/^web\s/m); // created in lab
    expect(out[4]).not.toMatch(/^web-/m);
    expect(view(s, 0)).toBe('lab'); // -n does not change the terminal's namespace
    s = cmd(s, ids[0]!, 'kubectl config set-context --current --namespace=default', 6000);
    expect(view(s, 0)).toBe('default');
  });
});
