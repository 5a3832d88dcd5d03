import { describe, expect, it } from 'vitest';
import { forgetSeat, loadSeat, saveSeat, seatKey, type Seat } from './seat-storage.js';
import { memoryStore, throwingStore } from './store-fixtures.js';

const player: Seat = {
  code: 'abc123',
  role: 'player',
  token: 'tok-0123456789abcdef',
  playerId: 'p1',
  nickname: 'Ada',
};

describe('seat storage', () => {
  it('keys seats by normalised code and role', () => {
    expect(seatKey(' abc123 ', 'host')).toBe('kube-arena:seat:ABC123:host');
  });

  it('round-trips a seat regardless of code case', () => {
    const store = memoryStore();
    saveSeat(store, player);
    expect(loadSeat(store, 'ABC123', 'player')).toEqual({ ...player, code: 'ABC123' });
    expect(loadSeat(store, 'ABC123', 'host')).toBeNull();
  });

  it('keeps host and player seats of one game apart', () => {
    const store = memoryStore();
    saveSeat(store, player);
    saveSeat(store, {
      code: 'ABC123',
      role: 'host',
      token: 'host-token-0123456789',
      playerId: null,
      nickname: null,
    });
    expect(loadSeat(store, 'ABC123', 'player')?.token).toBe(player.token);
    expect(loadSeat(store, 'ABC123', 'host')?.token).toBe('host-token-0123456789');
  });

  it('forgets a seat', () => {
    const store = memoryStore();
    saveSeat(store, player);
    forgetSeat(store, 'abc123', 'player');
    expect(loadSeat(store, 'ABC123', 'player')).toBeNull();
  });

  it('ignores corrupt or foreign entries', () => {
    const store = memoryStore();
    store.setItem(seatKey('ABC123', 'player'), '{not json');
    expect(loadSeat(store, 'ABC123', 'player')).toBeNull();
    store.setItem(seatKey('ABC123', 'player'), JSON.stringify({ ...player, code: 'ZZZ999' }));
    expect(loadSeat(store, 'ABC123', 'player')).toBeNull();
    store.setItem(seatKey('ABC123', 'player'), JSON.stringify({ code: 'ABC123', role: 'player' }));
    expect(loadSeat(store, 'ABC123', 'player')).toBeNull();
  });

  it('survives a store that throws', () => {
    const broken = throwingStore();
    expect(() => saveSeat(broken, player)).not.toThrow();
    expect(loadSeat(broken, 'ABC123', 'player')).toBeNull();
    expect(() => forgetSeat(broken, 'ABC123', 'player')).not.toThrow();
    expect(loadSeat(null, 'ABC123', 'player')).toBeNull();
  });
});
