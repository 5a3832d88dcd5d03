import { describe, expect, it } from 'vitest';
import { forgetIdentity, loadIdentity, PRACTICE_KEY, saveIdentity } from './practice-identity.js';
import type { KeyValueStore } from './seat-storage.js';

const memory = (): KeyValueStore & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
};

const ada = { token: 'a'.repeat(32), learnerId: 3, nickname: 'Ada' };

describe('practice identity storage', () => {
  it('round-trips and forgets', () => {
    const store = memory();
    expect(loadIdentity(store)).toBeNull();
    saveIdentity(store, ada);
    expect(loadIdentity(store)).toEqual(ada);
    forgetIdentity(store);
    expect(loadIdentity(store)).toBeNull();
  });

  it('ignores unreadable or malformed values', () => {
    const store = memory();
    store.map.set(PRACTICE_KEY, '{not json');
    expect(loadIdentity(store)).toBeNull();
    store.map.set(PRACTICE_KEY, JSON.stringify({ ...ada, token: 'short' }));
    expect(loadIdentity(store)).toBeNull();
    store.map.set(PRACTICE_KEY, JSON.stringify({ ...ada, token: 'has spaces in it, not a token' }));
    expect(loadIdentity(store)).toBeNull();
  });

  it('survives a store that throws', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => saveIdentity(broken, ada)).not.toThrow();
    expect(loadIdentity(broken)).toBeNull();
    expect(() => forgetIdentity(broken)).not.toThrow();
    expect(loadIdentity(null)).toBeNull();
  });
});
