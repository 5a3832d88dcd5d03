/** Test doubles for browser storage, shared by the seat and practice-identity tests. */
import type { KeyValueStore } from './seat-storage.js';

/** An in-memory store whose map the tests can poke directly (e.g. to plant corrupt JSON). */
export function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** Storage that refuses everything, as in some private-browsing modes or when the quota is full. */
export function throwingStore(): KeyValueStore {
  return {
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
}
