/** Choice presentation and selection rules, shared by the host and player screens. */
import type { ChoiceView, QuestionType } from '../../../server/protocol/index.js';
import { plainText } from './inline-code.js';

export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Screen readers hear letter and shape first, so a player can match what the projector shows. */
export function choiceAriaLabel(choice: ChoiceView, index: number): string {
  return `Choice ${choiceLetter(index)} (${choice.shape}): ${plainText(choice.text)}`;
}

/** Keyboard shortcut: 1–8 or A–H picks the choice at that position (null for any other key). */
export function choiceIndexForKey(key: string, count: number): number | null {
  const k = key.toLowerCase();
  let index = -1;
  if (/^[1-8]$/.test(k)) index = Number(k) - 1;
  else if (/^[a-h]$/.test(k)) index = k.charCodeAt(0) - 97;
  return index >= 0 && index < count ? index : null;
}

/** Single-choice and true/false answer on tap; multiple choice collects a selection first. */
export function submitsOnTap(type: QuestionType): boolean {
  return type !== 'multiple';
}

export function toggleChoice(selected: readonly string[], choiceId: string): string[] {
  return selected.includes(choiceId) ? selected.filter((id) => id !== choiceId) : [...selected, choiceId];
}

/** Keep the submitted ids in display order so the payload does not depend on tap order. */
export function orderedSelection(choices: readonly ChoiceView[], selected: readonly string[]): string[] {
  return choices.map((c) => c.id).filter((id) => selected.includes(id));
}

export interface ChoiceBar {
  choice: ChoiceView;
  index: number;
  count: number;
  correct: boolean;
  /** Bar length relative to the most-picked choice, in [0, 1]. */
  share: number;
}

export interface RevealBarsData {
  bars: ChoiceBar[];
  /** The "no answer" bar, on the same scale as the choices. */
  noAnswerShare: number;
}

export function revealBars(
  choices: readonly ChoiceView[],
  counts: Readonly<Record<string, number>>,
  correctIds: readonly string[],
  noAnswerCount = 0,
): RevealBarsData {
  const max = Math.max(noAnswerCount, ...choices.map((c) => counts[c.id] ?? 0));
  const share = (n: number) => (max === 0 ? 0 : n / max);
  const bars = choices.map((choice, index) => {
    const count = counts[choice.id] ?? 0;
    return { choice, index, count, correct: correctIds.includes(choice.id), share: share(count) };
  });
  return { bars, noAnswerShare: share(noAnswerCount) };
}
