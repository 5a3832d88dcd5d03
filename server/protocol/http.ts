/** HTTP bodies and responses shared by the server's routes and the web client. */
import { z } from 'zod';

export const createGameBody = z.object({
  setId: z.string().min(1).max(100),
  scoring: z.enum(['classic', 'accuracy']).default('classic'),
});
export type CreateGameBody = z.input<typeof createGameBody>;

export interface CreateGameResponse {
  code: string;
  hostToken: string;
  joinUrl: string;
}

export interface ScenarioSetSummary {
  id: string;
  title: string;
  description: string;
  /** Questions only. */
  questionCount: number;
  /** Everything the game plays: questions and puzzle rounds (the views' `stepCount`). */
  stepCount: number;
}
