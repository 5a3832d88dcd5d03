import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('KeyedQueue', () => {
  it('runs one task at a time per key, in call order, and keys side by side', async () => {
    const queue = new KeyedQueue<string>();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const all = Promise.all([
      queue.run('a', task('a1')),
      queue.run('a', task('a2')),
      queue.run('b', task('b1')),
    ]);
    expect(await all).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a2 start')).toBeGreaterThan(log.indexOf('a1 end'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('lets the next task run after a failure and forgets idle keys', async () => {
    const queue = new KeyedQueue<number>();
    const failed = queue.run(1, () => Promise.reject(new Error('boom')));
    const next = queue.run(1, async () => 'ran');
    expect(queue.size).toBe(1);
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('ran');
    await tick();
    expect(queue.size).toBe(0);
  });
});
