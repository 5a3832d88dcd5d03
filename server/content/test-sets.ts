/**
 * Scenario sets for the tests of the modules that play them (the classroom game, practice): four
 * questions of every kind, and two sets with a round of the test puzzle (server/puzzles/test-puzzle.ts).
 */
import { scenarioSetSchema, type ScenarioSet, type ScenarioSetInput } from './schema.js';

export const fixtureInput: ScenarioSetInput = {
  id: 'fixture',
  title: 'Fixture set',
  description: 'Four questions, one of each kind',
  questions: [
    {
      id: 'q-single',
      type: 'single',
      prompt: 'Which Service type is reachable only inside the cluster?',
      explanation: 'ClusterIP is the default and is internal only.',
      timeLimitSec: 20,
      choices: [
        { id: 'clusterip', text: 'ClusterIP', correct: true },
        { id: 'nodeport', text: 'NodePort' },
        { id: 'loadbalancer', text: 'LoadBalancer' },
        { id: 'externalname', text: 'ExternalName' },
      ],
    },
    {
      id: 'q-multi',
      type: 'multiple',
      prompt: 'Which fields belong to a Service port?',
      explanation: 'port and targetPort both do.',
      timeLimitSec: 10,
      points: 2,
      choices: [
        { id: 'port', text: 'port', correct: true },
        { id: 'targetport', text: 'targetPort', correct: true },
        { id: 'replicas', text: 'replicas' },
        { id: 'image', text: 'image' },
      ],
    },
    {
      id: 'q-tf',
      type: 'truefalse',
      prompt: 'A Service selects pods by name.',
      explanation: 'It selects them by labels.',
      answer: false,
    },
    {
      id: 'q-warmup',
      type: 'single',
      prompt: 'Warm-up: is kube-proxy a node component?',
      explanation: 'It runs on every node.',
      points: 0,
      choices: [
        { id: 'yes', text: 'Yes', correct: true },
        { id: 'no', text: 'No' },
      ],
    },
  ],
};

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
