import { describe, expect, it } from 'vitest';
import { CONTROL_PLACEHOLDER, neutraliseControls, neutraliseLine } from './terminal-text.js';

const ch = (code: number) => String.fromCharCode(code);
const hex = (code: number) => `0x${code.toString(16).padStart(4, '0')}`;

describe('neutraliseControls', () => {
  it('shows a neutralised character as ?', () => {
    expect(CONTROL_PLACEHOLDER).toBe('?');
  });

  it.each(
    (
      [
        // C0, either side of the two kept controls and of the printable range
        [0x00, true],
        [0x08, true],
        [0x09, false], // \t
        [0x0a, false], // \n
        [0x0b, true],
        [0x0d, true], // a lone CR
        [0x1b, true], // ESC
        [0x1f, true],
        [0x20, false],
        [0x7e, false],
        // DEL and C1
        [0x7f, true],
        [0x80, true],
        [0x90, true], // DCS
        [0x9b, true], // CSI
        [0x9c, true], // ST
        [0x9d, true], // OSC
        [0x9f, true], // APC
        [0xa0, false], // no-break space
        // bidi embeddings, overrides and isolates
        [0x2029, false],
        [0x202a, true],
        [0x202e, true],
        [0x202f, false],
        [0x2065, false],
        [0x2066, true],
        [0x2069, true],
        [0x206a, false],
      ] as const
    ).map(([code, neutralised]) => [hex(code), code, neutralised] as const),
  )('%s (%i) neutralised: %s', (_, code, neutralised) => {
    expect(neutraliseControls(`a${ch(code)}b`)).toBe(neutralised ? 'a?b' : `a${ch(code)}b`);
  });

  it('keeps \\r\\n as a line break and neutralises a CR that could overwrite the line', () => {
    expect(neutraliseControls('a\r\nb\r\n')).toBe('a\nb\n');
    expect(neutraliseControls('safe\rrm -rf')).toBe('safe?rm -rf');
    expect(neutraliseControls('a\r\r\nb\n\r')).toBe('a?\nb\n?');
  });

  it('breaks 7-bit escape sequences: CSI colour, OSC 8 link, OSC 11 recolour, DCS', () => {
    expect(neutraliseControls('\x1b[31mred\x1b[0m')).toBe('?[31mred?[0m');
    expect(neutraliseControls('\x1b]8;;https://evil.example\x07click\x1b]8;;\x07')).toBe(
      '?]8;;https://evil.example?click?]8;;?',
    );
    expect(neutraliseControls('\x1b]11;rgb:ff/00/00\x1b\\')).toBe('?]11;rgb:ff/00/00?\\');
    expect(neutraliseControls('\x1bP+q544e\x1b\\')).toBe('?P+q544e?\\');
  });

  it('breaks their 8-bit (C1) forms', () => {
    expect(neutraliseControls('\u009b31mred')).toBe('?31mred');
    expect(neutraliseControls('\u009d11;rgb:ff/00/00\u009c')).toBe('?11;rgb:ff/00/00?');
    expect(neutraliseControls('\u009d8;;https://evil.example\u009cclick\u009d8;;\u009c')).toBe(
      '?8;;https://evil.example?click?8;;?',
    );
    expect(neutraliseControls('\u0090+q544e\u009c')).toBe('?+q544e?');
    expect(neutraliseControls('\u0098sos\u009c\u009epm\u009c\u009fapc\u009c')).toBe('?sos??pm??apc?');
  });

  it('stops a line reordering itself on screen', () => {
    expect(neutraliseControls('kubectl get pods \u202e# ton si siht\u202c')).toBe(
      'kubectl get pods ?# ton si siht?',
    );
    expect(neutraliseControls('\u2067abc\u2069')).toBe('?abc?');
  });

  it('leaves plain text, tabs, line breaks and Unicode alone', () => {
    const plain = 'NAME\tTYPE\nweb  ClusterIP ~ café é 日本語 🚀 👩‍💻 \u00a0·\u200b\n';
    expect(neutraliseControls(plain)).toBe(plain);
    expect(neutraliseControls('')).toBe('');
  });
});

describe('neutraliseLine', () => {
  it('neutralises what neutraliseControls does', () => {
    for (let code = 0; code <= 0x206a; code++) {
      const c = ch(code);
      if (c === '\n') continue;
      expect(neutraliseLine(c), hex(code)).toBe(neutraliseControls(c));
    }
  });

  it("also neutralises line breaks, so a line cannot fake a team mate's next prompt", () => {
    expect(neutraliseLine('kubectl get pods\nbob $ kubectl delete svc web')).toBe(
      'kubectl get pods?bob $ kubectl delete svc web',
    );
    expect(neutraliseLine('a\r\nb')).toBe('a??b');
    expect(neutraliseLine('a\tb 日本 🚀')).toBe('a\tb 日本 🚀');
  });
});
