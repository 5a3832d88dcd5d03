import { describe, expect, it } from 'vitest';
import { inlineCodeSegments, plainText } from './inline-code.js';

describe('inlineCodeSegments', () => {
  it('splits backtick spans into code segments', () => {
    expect(inlineCodeSegments('Set `targetPort` to `8080`.')).toEqual([
      { text: 'Set ', code: false },
      { text: 'targetPort', code: true },
      { text: ' to ', code: false },
      { text: '8080', code: true },
      { text: '.', code: false },
    ]);
  });

  it('leaves text without backticks alone', () => {
    expect(inlineCodeSegments('plain')).toEqual([{ text: 'plain', code: false }]);
  });

  it('keeps an unmatched backtick literally', () => {
    expect(inlineCodeSegments('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
  });

  it('does not interpret markup', () => {
    expect(inlineCodeSegments('`<img src=x>`')).toEqual([{ text: '<img src=x>', code: true }]);
  });
});

describe('plainText', () => {
  it('drops balanced markers only', () => {
    expect(plainText('port vs `targetPort`')).toBe('port vs targetPort');
    expect(plainText('a ` b')).toBe('a ` b');
  });
});
