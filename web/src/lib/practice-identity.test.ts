import { describe, expect, it } from 'vitest';
import { forgetIdentity, loadIdentity, PRACTICE_KEY, saveIdentity } from './practice-identity.js';
import { memoryStore, throwingStore } from './store-fixtures.js';

const ada = { token: 'a'.repeat(32), learnerId: 3, nickname: 'Ada' };

describe('practice identity storage', () => {
  it('round-trips and forgets', () => {
    const store = memoryStore();
    expect(loadIdentity(store)).toBeNull();
    saveIdentity(store, ada);
    expect(loadIdentity(store)).toEqual(ada);
    forgetIdentity(store);
    expect(loadIdentity(store)).toBeNull();
  });

  it('ignores unreadable or malformed values', () => {
    const store = memoryStore();
    store.map.set(PRACTICE_KEY, '{not json');
    expect(loadIdentity(store)).toBeNull();
    store.map.set(PRACTICE_KEY, JSON.stringify({ ...ada, token: 'short' }));
    expect(loadIdentity(store)).toBeNull();
    store.map.set(PRACTICE_KEY, JSON.stringify({ ...ada, token: 'has spaces in it, not a token' }));
    expect(loadIdentity(store)).toBeNull();
  });

  it('survives a store that throws', () => {
    const broken = throwingStore();
    expect(() => saveIdentity(broken, ada)).not.toThrow();
    expect(loadIdentity(broken)).toBeNull();
    expect(() => forgetIdentity(broken)).not.toThrow();
    expect(loadIdentity(null)).toBeNull();
  });
});
