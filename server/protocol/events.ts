/**
 * Socket events: one zod schema per inbound event, shared by the server (validation) and the web client
 * (typing). Every inbound event carries one payload and an ack callback receiving a Result (see
 * result.ts); an event without an ack is ignored.
 * docs/protocol.md documents each event for bot writers.
 */
import { z } from 'zod';
import type { Result } from './result.js';
import type { GameView, TeamPuzzleView } from './views.js';

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

/** Puzzle rounds: teams of 1–5 players; team ids are `team-1` … `team-40`. */
export const MAX_TEAM_SIZE = 5;
export const MAX_TEAMS = 40;
export const teamIdSchema = z
  .string()
  .regex(/^team-([1-9]|[1-3][0-9]|40)$/, `a team id is team-1 … team-${MAX_TEAMS}`);
/**
 * The largest message the socket accepts (socket.io's `maxHttpBufferSize`): a bigger one closes the
 * connection, unanswered. Every payload, a command with its files included, must fit in it.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024;
/** A terminal line; `apply -f` files travel next to it (within MAX_MESSAGE_BYTES per message). */
export const MAX_COMMAND_LENGTH = 2000;
export const MAX_FILES = 4;
export const MAX_FILE_LENGTH = 48 * 1024;
const commandFileName = z
  .string()
  .regex(/^[\w.-]{1,100}$/, 'a file name is letters, digits, dot, dash or underscore (max 100)');

/**
 * The payload of an event that carries no data. A client may send `{}` or no payload at all
 * (`emit(event, ack)`: the server reads a missing payload as `{}`, so only events with this schema take
 * none); `null` and other non-objects are refused like any invalid payload.
 */
const noPayload = z.object({});

export const clientEvents = {
  'room:join': z.object({ code: joinCodeSchema, nickname: nicknameSchema }),
  'room:resume': z.object({ code: joinCodeSchema, token: tokenSchema }),
  'answer:submit': z.object({
    questionId: z.string().min(1).max(100),
    choiceIds: z.array(z.string().min(1).max(40)).min(1).max(8),
  }),
  'game:start': noPayload,
  'game:next': noPayload,
  'game:skip': noPayload,
  'game:pause': noPayload,
  'game:resume': noPayload,
  'game:end': noPayload,
  'player:kick': z.object({ playerId: z.string().min(1).max(40) }),
  // ---- puzzle rounds (docs/protocol.md, "Puzzle rounds")
  'team:set': z.object({ playerId: z.string().min(1).max(40), teamId: teamIdSchema.nullable() }),
  'team:choose': z.object({ teamId: teamIdSchema.nullable() }),
  'team:auto': z.object({ size: z.number().int().min(1).max(MAX_TEAM_SIZE) }),
  'puzzle:command': z.object({
    line: z.string().max(MAX_COMMAND_LENGTH, `a command line has at most ${MAX_COMMAND_LENGTH} characters`),
    /** Contents for `apply -f <name>` / `create -f <name>`, by the name used on the command line. */
    files: z
      .record(commandFileName, z.string().max(MAX_FILE_LENGTH))
      .refine((f) => Object.keys(f).length <= MAX_FILES, `at most ${MAX_FILES} files per command`)
      .optional(),
  }),
  'puzzle:hint': noPayload,
  'puzzle:watch': z.object({ teamId: teamIdSchema.nullable() }),
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
  'team:set': { playerId: string; teamId: string | null };
  'team:choose': { teamId: string | null };
  'team:auto': { teams: number };
  'puzzle:command': CommandData;
  'puzzle:hint': HintData;
  /** The watched team as the host now sees it (null when watching stopped). */
  'puzzle:watch': { team: TeamPuzzleView | null };
}

/** What ran: the same entry every team mate sees appended to the terminal. */
export interface CommandData {
  seq: number;
  exitCode: number;
  output: string;
  solved: boolean;
}
export interface HintData {
  index: number;
  text: string;
  cost: number;
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
