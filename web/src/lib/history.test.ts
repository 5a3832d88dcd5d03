import { describe, expect, it } from 'vitest';
import { emptyHistory, historyFrom, newer, older, remember } from './history.js';

describe('history', () => {
  it('walks up through older lines and back down to the draft', () => {
    let h = emptyHistory(['kubectl get pods', 'kubectl get svc']);
    let r = older(h, 'kubectl desc');
    expect(r.text).toBe('kubectl get svc');
    r = older(r.history, r.text);
    expect(r.text).toBe('kubectl get pods');
    r = older(r.history, r.text);
    expect(r.text).toBe('kubectl get pods');
    r = newer(r.history, r.text);
    expect(r.text).toBe('kubectl get svc');
    r = newer(r.history, r.text);
    expect(r.text).toBe('kubectl desc');
    expect(r.history.index).toBeNull();
    h = r.history;
    expect(newer(h, 'same').text).toBe('same');
  });

  it('does nothing with no entries', () => {
    expect(older(emptyHistory(), 'x').text).toBe('x');
  });

  it('remembers non-blank lines once in a row and stops browsing', () => {
    let h = remember(emptyHistory(), 'kubectl get pods ');
    h = remember(h, 'kubectl get pods');
    h = remember(h, '   ');
    expect(h.entries).toEqual(['kubectl get pods']);
    h = older(h, '').history;
    expect(remember(h, 'x').index).toBeNull();
  });

  it('rebuilds my history from the team log', () => {
    const log = [
      { playerId: 'p1', line: 'a' },
      { playerId: 'p2', line: 'b' },
      { playerId: 'p1', line: 'a' },
      { playerId: 'p1', line: 'c' },
    ];
    expect(historyFrom(log, 'p1')).toEqual(['a', 'c']);
  });
});
