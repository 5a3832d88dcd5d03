/**
 * A small inline puzzle for tests (stable whatever scenarios/puzzles holds): the attempt's, a classroom
 * round's and a practice run's tests all play it.
 */
import { parsePuzzleText } from './parse.js';
import type { Puzzle } from './schema.js';

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
