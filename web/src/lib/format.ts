/** Small text formatters used on several screens. */

export function ordinal(rank: number): string {
  const mod100 = rank % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${rank}th`;
  switch (rank % 10) {
    case 1:
      return `${rank}st`;
    case 2:
      return `${rank}nd`;
    case 3:
      return `${rank}rd`;
    default:
      return `${rank}th`;
  }
}

export function formatPoints(points: number): string {
  return points > 0 ? `+${points.toLocaleString('en-US')}` : '0';
}

export function formatScore(score: number): string {
  return score.toLocaleString('en-US');
}

export function formatMs(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function csvFileName(code: string, setId: string): string {
  const slug = setId.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '') || 'game';
  return `kube-arena-${code}-${slug}-results.csv`;
}

/**
 * "After question 2 of 5", or "After round 3 of 6" in sets that mix questions and puzzle rounds (where
 * the question counter would stand still across a puzzle).
 */
export function progressLabel(v: {
  questionIndex: number;
  questionCount: number;
  stepIndex: number;
  stepCount: number;
}): string {
  if (v.stepCount > 0 && v.stepCount !== v.questionCount)
    return `After round ${v.stepIndex + 1} of ${v.stepCount}`;
  return `After question ${v.questionIndex + 1} of ${v.questionCount}`;
}

/** "12 questions", or "3 questions, 11 puzzle rounds" for sets with puzzles, so those never read as empty. */
export function setLength(s: { questionCount: number; stepCount: number }): string {
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const rounds = s.stepCount - s.questionCount;
  const questions = plural(s.questionCount, 'question');
  return rounds > 0 ? `${questions}, ${plural(rounds, 'puzzle round')}` : questions;
}
