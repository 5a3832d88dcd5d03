import { describe, expect, it } from 'vitest';
import { clockText, hostTeamOptions, teamChoices } from './teams.js';

const team = (n: number, ...names: string[]) => ({
  id: `team-${n}`,
  name: `Team ${n}`,
  members: names.map((nickname, i) => ({ playerId: `${n}-${i}`, nickname, connected: true })),
});

describe('teamChoices', () => {
  it('lists teams by number, marks mine and full ones, and offers a new team', () => {
    const choices = teamChoices([team(2, 'a', 'b'), team(1, 'c')], 'team-1', 'team-3', 2);
    expect(choices.map((c) => [c.id, c.mine, c.full, c.isNew])).toEqual([
      ['team-1', true, false, false],
      ['team-2', false, true, false],
      ['team-3', false, false, true],
    ]);
    expect(choices[1]?.members).toEqual(['a', 'b']);
  });

  it('offers no new team when none can be started', () => {
    expect(teamChoices([team(1, 'a')], null, null, 5).map((c) => c.id)).toEqual(['team-1']);
  });
});

describe('hostTeamOptions', () => {
  it('lists teams by number and one new team', () => {
    expect(hostTeamOptions([team(10, 'a'), team(2, 'b')], 'team-1')).toEqual([
      { id: 'team-2', label: 'Team 2' },
      { id: 'team-10', label: 'Team 10' },
      { id: 'team-1', label: 'Team 1 (new)' },
    ]);
  });
});

describe('clockText', () => {
  it('shows minutes and zero-padded seconds, rounding up', () => {
    expect(clockText(245_000)).toBe('4:05');
    expect(clockText(8_100)).toBe('0:09');
    expect(clockText(-5)).toBe('0:00');
  });
});
