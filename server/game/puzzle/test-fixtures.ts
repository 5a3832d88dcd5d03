/** Fixtures for the puzzle-round tests: a small inline puzzle (stable whatever scenarios/puzzles holds). */
import { scenarioSetSchema, type ScenarioSet } from '../../content/schema.js';
import { parsePuzzleText, type Puzzle } from '../../puzzles/index.js';
import type { GameState } from '../state.js';
import { HOST, HOST_KEY, T0, fixtureInput, joinAll, run } from '../test-helpers.js';
import { createGame } from '../state.js';

/** A whole puzzle file (also written to disk by the socket-level test). */
export const PUZZLE_YAML = `
id: tiny-selector
title: The Service that selects nobody
summary: A selector asks for a label no pod has.
story: Calls to http://\${app} are refused. Make them work.
params:
  app: { choices: [shop, cart, till] }
  extra: { choices: [{ key: tier, value: web }, { key: role, value: ui }] }
manifests: |
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: \${app} }
  spec:
    replicas: 2
    selector: { matchLabels: { app: \${app} } }
    template:
      metadata: { labels: { app: \${app} } }
      spec: { containers: [{ name: nginx, image: nginx:1.27, ports: [{ containerPort: 80 }] }] }
  ---
  apiVersion: v1
  kind: Service
  metadata: { name: \${app} }
  spec:
    selector: { app: \${app}, \${extra.key}: \${extra.value} }
    ports: [{ port: 80, targetPort: 80 }]
goals:
  - id: endpoints
    kind: endpoints
    description: Service \${app} has 2 ready endpoints
    service: \${app}
    readyCount: 2
  - id: kept
    kind: deployment
    guard: true
    description: Deployment \${app} still runs 2 ready replicas
    name: \${app}
    readyReplicas: 2
hints:
  - Look at the endpoints of \${app}.
  - text: The selector asks for \${extra.key}=\${extra.value}.
    cost: 200
points: 1000
hintCost: 100
timeLimitSec: 600
solution:
  - kubectl set selector service \${app} app=\${app}
explanation: The selector needed a label the pods lacked (\${extra.key}).
`;

function parsePuzzle(): Puzzle {
  const parsed = parsePuzzleText('tiny-selector.yaml', PUZZLE_YAML);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.puzzle;
}

export const tinyPuzzle = parsePuzzle();
export const puzzles = { get: (id: string) => (id === tinyPuzzle.id ? tinyPuzzle : undefined) };

/** One question, then the puzzle round, then another question. */
export const mixedSet: ScenarioSet = scenarioSetSchema.parse({
  ...fixtureInput,
  id: 'mixed',
  questions: [fixtureInput.questions[0], { puzzle: 'tiny-selector' }, fixtureInput.questions[2]],
});

/** Only the puzzle round. */
export const puzzleOnlySet: ScenarioSet = scenarioSetSchema.parse({
  ...fixtureInput,
  id: 'puzzle-only',
  questions: [{ puzzle: 'tiny-selector', timeLimitSec: 300, points: 2000 }],
});

export const ROUND_AT = T0 + 5000;

/** A puzzle-only game in the lobby. */
export function lobbyGame(seed = 7): GameState {
  return createGame({
    code: 'PZL123',
    set: puzzleOnlySet,
    scoring: 'classic',
    seed,
    hostKey: HOST_KEY,
    now: T0,
    puzzles,
  });
}

/** A puzzle-only game in the 'teams' phase with these players joined. */
export function inTeams(nicknames: string[], seed = 7): { state: GameState; ids: string[] } {
  const joined = joinAll(lobbyGame(seed), nicknames);
  const { state } = run(joined.state, { type: 'start', viewer: HOST, now: T0 + 1000 });
  return { state, ids: joined.ids };
}

/** The round started at ROUND_AT with the given team assignment (playerId → team id). */
export function inRound(nicknames: string[], teams: Record<number, string> = {}, seed = 7) {
  const teamed = inTeams(nicknames, seed);
  const ids = teamed.ids;
  let state = teamed.state;
  for (const [i, teamId] of Object.entries(teams)) {
    state = run(state, {
      type: 'team-set',
      viewer: HOST,
      playerId: ids[Number(i)]!,
      teamId,
      now: T0 + 2000,
    }).state;
  }
  state = run(state, { type: 'next', viewer: HOST, now: ROUND_AT }).state;
  return { state, ids };
}

export function teamOf(state: GameState, teamId: string) {
  const team = state.puzzle.round?.teams.find((t) => t.teamId === teamId);
  if (!team) throw new Error(`no ${teamId} in the round`);
  return team;
}
