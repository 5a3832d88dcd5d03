/**
 * Puzzle rounds in a set name puzzles by id; whether such a puzzle exists is only known once
 * scenarios/puzzles is loaded, so this check runs after both loaders (server start-up, scenarios:check).
 * Pure: the puzzle catalogue comes in as a lookup.
 */
import type { ContentError, ParsedFile } from '../content/parse.js';

export function checkPuzzleRefs(
  files: readonly ParsedFile[],
  hasPuzzle: (id: string) => boolean,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const f of files) {
    if (!f.ok) continue;
    for (const step of f.set.steps ?? []) {
      if (step.kind !== 'puzzle' || hasPuzzle(step.puzzleId)) continue;
      // Items are located by their position among `questions` (questions and puzzle rounds together).
      const index = f.set.steps?.indexOf(step) ?? 0;
      errors.push({
        file: f.file,
        path: `questions[${index}].puzzle`,
        message: `there is no puzzle "${step.puzzleId}" in scenarios/puzzles`,
      });
    }
  }
  return errors;
}
