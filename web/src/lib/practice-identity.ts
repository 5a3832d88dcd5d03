/**
 * The practice identity: a nickname plus the token the server handed out when the first run started.
 * Kept in localStorage like classroom seats, so closing the browser and coming back resumes the run.
 */
import { z } from 'zod';
import type { KeyValueStore } from './seat-storage.js';

export const PRACTICE_KEY = 'kube-arena:practice';

const identitySchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
  learnerId: z.number().int().positive(),
  nickname: z.string().min(1),
});
export type PracticeIdentity = z.output<typeof identitySchema>;

export function loadIdentity(store: KeyValueStore | null): PracticeIdentity | null {
  const raw = safe(() => store?.getItem(PRACTICE_KEY) ?? null, null);
  if (raw === null) return null;
  // A value we cannot read is ignored rather than sent as a bogus token.
  const parsed = identitySchema.safeParse(safe(() => JSON.parse(raw) as unknown, null));
  return parsed.success ? parsed.data : null;
}

export function saveIdentity(store: KeyValueStore | null, identity: PracticeIdentity): void {
  // Private browsing or a full quota: the run still works, it just won't survive a reload.
  safe(() => store?.setItem(PRACTICE_KEY, JSON.stringify(identity)), undefined);
}

export function forgetIdentity(store: KeyValueStore | null): void {
  safe(() => store?.removeItem(PRACTICE_KEY), undefined);
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
