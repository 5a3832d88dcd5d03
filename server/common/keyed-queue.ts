/**
 * One task at a time per key (a practice run, a room being restored), in call order; different keys run
 * side by side. A failed task does not block the ones queued behind it, and a key is forgotten once
 * its last task has settled, so the map holds only keys with work in flight.
 */
export class KeyedQueue<K> {
  private readonly tails = new Map<K, Promise<unknown>>();

  /** Runs `task` after every task queued earlier for `key`; settles as `task` does. */
  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const settled = result.catch(() => undefined);
    this.tails.set(key, settled);
    void settled.then(() => {
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task queued or running. */
  get size(): number {
    return this.tails.size;
  }
}
