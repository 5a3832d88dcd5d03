/**
 * Socket events: one zod schema per inbound event, shared by the server (validation) and the web client
 * (typing). Every inbound event carries an ack callback receiving a Result (see result.ts).
 * docs/protocol.md documents each event for bot writers.
 */
import { z } from 'zod';
import type { Result } from './result.js';
import type { GameView } from './views.js';

export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6}$/, 'a join code is 6 letters or digits');

/** Trimmed, 1–20 visible characters; control characters are rejected. Uniqueness is checked by the core. */
export const nicknameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), 'a nickname cannot contain control characters')
  .refine((s) => [...s].length >= 1, 'a nickname needs at least 1 visible character')
  .refine((s) => [...s].length <= 20, 'a nickname has at most 20 characters');

export const tokenSchema = z.string().min(16).max(128);

export const clientEvents = {
  'room:join': z.object({ code: joinCodeSchema, nickname: nicknameSchema }),
  'room:resume': z.object({ code: joinCodeSchema, token: tokenSchema }),
  'answer:submit': z.object({
    questionId: z.string().min(1).max(100),
    choiceIds: z.array(z.string().min(1).max(40)).min(1).max(8),
  }),
  'game:start': z.object({}),
  'game:next': z.object({}),
  'game:skip': z.object({}),
  'game:pause': z.object({}),
  'game:resume': z.object({}),
  'game:end': z.object({}),
  'player:kick': z.object({ playerId: z.string().min(1).max(40) }),
} as const;

export type ClientEventName = keyof typeof clientEvents;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof clientEvents)[E]>;

export interface JoinData {
  token: string;
  playerId: string;
  view: GameView;
}
export interface ResumeData {
  role: 'host' | 'player';
  playerId: string | null;
  view: GameView;
}
export interface AnswerData {
  responseMs: number;
}

/** What each inbound event's ack carries on success. */
export interface AckData {
  'room:join': JoinData;
  'room:resume': ResumeData;
  'answer:submit': AnswerData;
  'game:start': { phase: string };
  'game:next': { phase: string };
  'game:skip': { phase: string };
  'game:pause': { phase: string };
  'game:resume': { phase: string };
  'game:end': { phase: string };
  'player:kick': { playerId: string };
}

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (result: Result<AckData[E]>) => void) => void;
};

export interface ServerToClientEvents {
  /** The viewer's full current view; sent after every change that affects it. */
  'state:update': (view: GameView) => void;
  /** This seat was removed by the host; the client should forget its token. */
  'room:kicked': (info: { reason: string }) => void;
}
