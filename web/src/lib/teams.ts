/** Team choices for the team phase and for late joiners during a round. */
import type { TeamSummary } from '../../../server/protocol/index.js';

export interface TeamChoice {
  id: string;
  name: string;
  members: string[];
  full: boolean;
  mine: boolean;
  /** A new, empty team (the lowest free id). */
  isNew: boolean;
}

export const teamNumber = (id: string) => Number(id.replace(/^team-/, ''));
export const teamLabel = (id: string) => `Team ${teamNumber(id)}`;

/**
 * Teams a player can pick: the existing ones (full ones disabled), then a new team when one can still
 * be started (`newTeamId` null: not possible, e.g. during a round).
 */
export function teamChoices(
  teams: readonly TeamSummary[],
  myTeamId: string | null,
  newTeamId: string | null,
  maxSize: number,
): TeamChoice[] {
  const out: TeamChoice[] = [...teams]
    .sort((a, b) => teamNumber(a.id) - teamNumber(b.id))
    .map((t) => ({
      id: t.id,
      name: t.name,
      members: t.members.map((m) => m.nickname),
      full: t.members.length >= maxSize && t.id !== myTeamId,
      mine: t.id === myTeamId,
      isNew: false,
    }));
  if (newTeamId && !teams.some((t) => t.id === newTeamId))
    out.push({
      id: newTeamId,
      name: teamLabel(newTeamId),
      members: [],
      full: false,
      mine: false,
      isNew: true,
    });
  return out;
}

/** Team ids the host can put a player in: existing teams plus one new team. */
export function hostTeamOptions(
  teams: readonly TeamSummary[],
  newTeamId: string | null,
): { id: string; label: string }[] {
  const ids = teams.map((t) => t.id).sort((a, b) => teamNumber(a) - teamNumber(b));
  const out = ids.map((id) => ({ id, label: teamLabel(id) }));
  if (newTeamId && !ids.includes(newTeamId))
    out.push({ id: newTeamId, label: `${teamLabel(newTeamId)} (new)` });
  return out;
}

/** `4:05`, `0:09`: the round's time left. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
