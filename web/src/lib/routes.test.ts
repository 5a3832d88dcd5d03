import { describe, expect, it } from 'vitest';
import { joinUrl, parseRoute, routePath } from './routes.js';

describe('parseRoute', () => {
  it('maps the home page', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('')).toEqual({ name: 'home' });
  });

  it('pre-fills a valid join code and upper-cases it', () => {
    expect(parseRoute('/join/abc123')).toEqual({ name: 'join', code: 'ABC123' });
    expect(parseRoute('/join')).toEqual({ name: 'join', code: null });
    expect(parseRoute('/join/')).toEqual({ name: 'join', code: null });
  });

  it('keeps the join form for a malformed code instead of a 404', () => {
    expect(parseRoute('/join/nope')).toEqual({ name: 'join', code: null });
  });

  it('parses host and play routes only with a well-formed code', () => {
    expect(parseRoute('/host/QWERTY')).toEqual({ name: 'host', code: 'QWERTY' });
    expect(parseRoute('/play/q1w2e3/')).toEqual({ name: 'play', code: 'Q1W2E3' });
    expect(parseRoute('/play/TOOLONG1')).toEqual({ name: 'not-found', path: '/play/TOOLONG1' });
    expect(parseRoute('/host')).toEqual({ name: 'not-found', path: '/host' });
  });

  it('rejects unknown and over-long paths', () => {
    expect(parseRoute('/admin')).toEqual({ name: 'not-found', path: '/admin' });
    expect(parseRoute('/play/ABC123/extra')).toEqual({ name: 'not-found', path: '/play/ABC123/extra' });
    expect(parseRoute('/%E0%A4%A')).toEqual({ name: 'not-found', path: '/%E0%A4%A' });
  });
});

describe('routePath', () => {
  it('round-trips every route', () => {
    for (const path of ['/', '/join', '/join/ABC123', '/host/ABC123', '/play/ABC123']) {
      expect(routePath(parseRoute(path))).toBe(path);
    }
  });
});

describe('joinUrl', () => {
  it('builds the shareable link from the page origin', () => {
    expect(joinUrl('http://10.0.0.5:3000', 'abc123')).toBe('http://10.0.0.5:3000/join/ABC123');
    expect(joinUrl('https://quiz.example/', 'ABC123')).toBe('https://quiz.example/join/ABC123');
  });
});
