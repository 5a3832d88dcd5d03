/** A small scenario set for practice tests: five questions, one of each type plus two singles. */
import { scenarioSetSchema, type ScenarioSet } from '../content/schema.js';

const single = (id: string, points: 0 | 1 | 2 = 1) => ({
  id,
  type: 'single' as const,
  prompt: `Question ${id}?`,
  explanation: `Because ${id}.`,
  timeLimitSec: 20,
  points,
  choices: [
    { id: 'right', text: 'Right', correct: true },
    { id: 'wrong', text: 'Wrong', why: `wrong for ${id}` },
    { id: 'other', text: 'Other' },
  ],
});

export const testSet: ScenarioSet = scenarioSetSchema.parse({
  id: 'practice-test',
  title: 'Practice test set',
  description: 'Five questions for the practice tests.',
  questions: [
    single('q1'),
    single('q2', 2),
    single('q3', 0),
    {
      id: 'multi',
      type: 'multiple',
      prompt: 'Pick both.',
      explanation: 'Both a and b.',
      timeLimitSec: 10,
      choices: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: true },
        { id: 'c', text: 'C', why: 'C is never right' },
      ],
    },
    {
      id: 'tf',
      type: 'truefalse',
      prompt: 'True?',
      explanation: 'It is true.',
      timeLimitSec: 10,
      answer: true,
      why: 'False is the wrong side.',
    },
  ],
});

/** The right answer of each test question, by id. */
export const RIGHT: Record<string, string[]> = {
  q1: ['right'],
  q2: ['right'],
  q3: ['right'],
  multi: ['a', 'b'],
  tf: ['true'],
};
export const WRONG: Record<string, string[]> = {
  q1: ['wrong'],
  q2: ['wrong'],
  q3: ['wrong'],
  multi: ['a', 'c'],
  tf: ['false'],
};
