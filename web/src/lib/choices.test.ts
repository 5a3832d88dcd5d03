import { describe, expect, it } from 'vitest';
import type { ChoiceView } from '../../../server/protocol/index.js';
import {
  choiceAriaLabel,
  choiceIndexForKey,
  choiceLetter,
  orderedSelection,
  revealBars,
  submitsOnTap,
  toggleChoice,
} from './choices.js';

const choices: ChoiceView[] = [
  { id: 'a', text: 'ClusterIP', shape: 'triangle', color: 'red' },
  { id: 'b', text: 'NodePort', shape: 'diamond', color: 'blue' },
  { id: 'c', text: 'LoadBalancer', shape: 'circle', color: 'yellow' },
];

describe('choice labels', () => {
  it('letters choices from A', () => {
    expect([0, 1, 3].map(choiceLetter)).toEqual(['A', 'B', 'D']);
  });

  it('names letter, shape and text for screen readers', () => {
    expect(choiceAriaLabel(choices[1]!, 1)).toBe('Choice B (diamond): NodePort');
  });
});

describe('choiceIndexForKey', () => {
  it('maps digits and letters to positions', () => {
    expect(choiceIndexForKey('1', 4)).toBe(0);
    expect(choiceIndexForKey('4', 4)).toBe(3);
    expect(choiceIndexForKey('b', 4)).toBe(1);
    expect(choiceIndexForKey('D', 4)).toBe(3);
  });

  it('ignores keys beyond the choices and other keys', () => {
    expect(choiceIndexForKey('3', 2)).toBeNull();
    expect(choiceIndexForKey('c', 2)).toBeNull();
    expect(choiceIndexForKey('0', 4)).toBeNull();
    expect(choiceIndexForKey('Enter', 4)).toBeNull();
  });
});

describe('selection', () => {
  it('submits on tap except for multiple choice', () => {
    expect(submitsOnTap('single')).toBe(true);
    expect(submitsOnTap('truefalse')).toBe(true);
    expect(submitsOnTap('multiple')).toBe(false);
  });

  it('toggles a choice in and out', () => {
    expect(toggleChoice([], 'a')).toEqual(['a']);
    expect(toggleChoice(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('orders a selection by display order', () => {
    expect(orderedSelection(choices, ['c', 'a'])).toEqual(['a', 'c']);
    expect(orderedSelection(choices, ['zzz'])).toEqual([]);
  });
});

describe('revealBars', () => {
  it('scales bars to the most-picked choice and marks correct ones', () => {
    const { bars, noAnswerShare } = revealBars(choices, { a: 4, b: 2 }, ['a'], 1);
    expect(noAnswerShare).toBe(0.25);
    expect(bars.map((b) => [b.count, b.share, b.correct])).toEqual([
      [4, 1, true],
      [2, 0.5, false],
      [0, 0, false],
    ]);
  });

  it('handles nobody answering', () => {
    expect(revealBars(choices, {}, ['b']).bars.every((b) => b.share === 0)).toBe(true);
    const allMissing = revealBars(choices, {}, ['b'], 3);
    expect(allMissing.noAnswerShare).toBe(1);
  });
});
