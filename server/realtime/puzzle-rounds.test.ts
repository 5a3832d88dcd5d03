/**
 * A puzzle round over real sockets and a real SQLite file: two teams, commands visible to team mates
 * only, a hint, the host's progress and watch, one team solving with its reference solution, results and
 * command logs stored, commands.csv.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { PUZZLE_YAML } from '../puzzles/test-puzzle.js';
import type { CommandData, HintData } from '../protocol/events.js';
import type { GameView, HostView, PlayerView, TeamPuzzleView } from '../protocol/views.js';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { startServer, type RunningServer } from '../server.js';
import { connectClient, createGame, emit, type Client } from './test-sockets.js';

let server: RunningServer;
let dir: string;
const clock = new ManualClock();
const sockets: Client[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kube-arena-pz-'));
  const scenarios = path.join(dir, 'scenarios');
  mkdirSync(path.join(scenarios, 'puzzles'), { recursive: true });
  writeFileSync(path.join(scenarios, 'puzzles', 'tiny.yaml'), PUZZLE_YAML);
  writeFileSync(
    path.join(scenarios, 'set.yaml'),
    'id: puzzle-test\ntitle: Puzzle test\ndescription: One puzzle round\nquestions:\n  - puzzle: tiny-selector\n',
  );
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${dir}/pz.db`,
    SCENARIOS_DIR: scenarios,
    SKIP_WEB_BUILD: '1',
    BROADCAST_INTERVAL_MS: '0', // each step asserts the views it caused
  });
  server = await startServer(config, { clock, log: silentLogger });
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function client() {
  const { socket, views } = await connectClient(server.url, sockets);
  return { socket, views, last: <V extends GameView>() => views.at(-1) as V };
}

async function must<T>(socket: Client, event: string, payload: unknown = {}): Promise<T> {
  const r = await emit<T>(socket, event, payload);
  if (!r.ok) throw new Error(`${event}: ${r.error.code} ${r.error.message}`);
  return r.data;
}

describe('a puzzle round over sockets', () => {
  it('two teams play; team mates share a terminal; one team solves and scores; logs are stored', async () => {
    const game = await createGame(server.url, 'puzzle-test');
    const host = await client();
    await must(host.socket, 'room:resume', { code: game.code, token: game.hostToken });
    const [ana, ben, cy] = [await client(), await client(), await client()];
    const ids: string[] = [];
    for (const [c, nickname] of [
      [ana, 'ana'],
      [ben, 'ben'],
      [cy, 'cy'],
    ] as const)
      ids.push(
        (await must<{ playerId: string }>(c.socket, 'room:join', { code: game.code, nickname })).playerId,
      );
    const settle = async () => {
      await (await server.manager.get(game.code))?.idle();
      await new Promise((r) => setTimeout(r, 30));
    };

    await must(ana.socket, 'team:choose', { teamId: 'team-1' });
    await must(ben.socket, 'team:choose', { teamId: 'team-1' });
    expect((await emit(ben.socket, 'team:set', { playerId: ids[2], teamId: 'team-2' })).ok).toBe(false);
    await must(host.socket, 'team:set', { playerId: ids[2], teamId: 'team-2' });
    expect(await must(host.socket, 'game:start')).toEqual({ phase: 'teams' });
    expect(await must(host.socket, 'game:next')).toEqual({ phase: 'puzzle' });
    const bad = await emit(ana.socket, 'puzzle:command', { line: 'x'.repeat(2001) });
    expect(!bad.ok && bad.error.code).toBe('validation/invalid-payload');

    // ana runs a command: ben (same team) sees it attributed, cy (other team) does not.
    const ran = await must<CommandData>(ana.socket, 'puzzle:command', { line: 'kubectl get endpoints' });
    expect(ran).toMatchObject({ seq: 1, exitCode: 0, solved: false });
    await settle();
    const benTeam = ben.last<PlayerView>().puzzle?.team;
    expect(benTeam?.terminal.map((t) => [t.nickname, t.line])).toEqual([['ana', 'kubectl get endpoints']]);
    expect(benTeam?.goals.map((g) => g.met)).toEqual([false, true]);
    expect(cy.last<PlayerView>().puzzle?.team?.terminal).toEqual([]);
    expect(JSON.stringify(cy.views)).not.toContain('kubectl get endpoints');

    // cy takes a hint; the host sees both teams' progress and opens team 1 read-only.
    const hint = await must<HintData>(cy.socket, 'puzzle:hint');
    expect(hint).toMatchObject({ index: 0, cost: 100 });
    const watched = await must<{ team: TeamPuzzleView }>(host.socket, 'puzzle:watch', { teamId: 'team-1' });
    expect(watched.team.terminal[0]?.line).toBe('kubectl get endpoints');
    expect(watched.team.cluster.services.length).toBeGreaterThan(0);
    await settle();
    const progress = host.last<HostView>().puzzle?.progress;
    expect(progress?.map((p) => [p.teamId, p.hintsTaken, p.commandCount])).toEqual([
      ['team-1', 0, 1],
      ['team-2', 1, 0],
    ]);
    const refused = await emit(host.socket, 'puzzle:command', { line: 'kubectl get pods' });
    expect(!refused.ok && refused.error.code).toBe('auth/not-player');

    // ben types team 1's reference solution (read from the server: no client ever got it).
    const room = await server.manager.get(game.code);
    const fix = String(room!.state.puzzle.round!.teams[0]!.puzzle.solution[0]);
    expect(JSON.stringify([...ana.views, ...ben.views, ...cy.views, ...host.views])).not.toContain(fix);
    clock.advance(60_000);
    const solved = await must<CommandData>(ben.socket, 'puzzle:command', { line: fix });
    expect(solved.solved).toBe(true);
    expect((await emit(ana.socket, 'puzzle:command', { line: 'kubectl get pods' })).ok).toBe(false);

    expect(await must(host.socket, 'game:skip')).toEqual({ phase: 'puzzle-reveal' });
    await settle();
    const benEnd = ben.last<PlayerView>();
    expect(benEnd.me.score).toBe(950); // 1000 × (1 − 60/1200)
    expect(benEnd.puzzle?.team?.solution?.[0]?.command).toBe(fix);
    expect(cy.last<PlayerView>().me.score).toBe(0);
    expect(cy.last<PlayerView>().puzzle?.results?.map((r) => [r.teamId, r.solved, r.points])).toEqual([
      ['team-1', true, 950],
      ['team-2', false, 0],
    ]);

    const commands = await server.repo.getPuzzleCommands(game.code);
    expect(commands?.map((c) => [c.nickname, c.teamId, c.line])).toEqual([
      ['ana', 'team-1', 'kubectl get endpoints'],
      ['ben', 'team-1', fix],
    ]);
    const results = await server.repo.getPuzzleResults(game.code);
    expect(results?.map((r) => [r.teamId, r.solved, r.points, r.memberIds.length])).toEqual([
      ['team-1', true, 950, 2],
      ['team-2', false, 0, 1],
    ]);
    const csv = await fetch(`${server.url}/api/games/${game.code}/commands.csv`, {
      headers: { authorization: `Bearer ${game.hostToken}` },
    });
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // The UTF-8 byte order mark first, so spreadsheets read UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain(`,team-1,2,ben,`);
    // Without the host token a live game answers like a missing one (no probing for live codes).
    const denied = await fetch(`${server.url}/api/games/${game.code}/commands.csv`);
    expect(denied.status).toBe(404);
  });
});
