import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RUN_WORDS, copiedRuns, fingerprintOf, runs, stringsIn, words } from './own-words.js';
import { buildFingerprint, defaultSeedDir, fingerprintFile, readSeedTexts } from './seed-fingerprint-cli.js';
import type { SeedFingerprint } from './seed-fingerprint-cli.js';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const stored = JSON.parse(readFileSync(fingerprintFile, 'utf8')) as SeedFingerprint;
const storedSet = new Set(stored.hashes.split(' '));

function scenarioStrings(): { where: string; text: string }[] {
  return readdirSync(scenariosDir)
    .filter((n) => /\.(ya?ml|json)$/i.test(n))
    .flatMap((name) => {
      const data: unknown = parse(readFileSync(path.join(scenariosDir, name), 'utf8'));
      return stringsIn(data).map((s) => ({ where: `${name}: ${s.path}`, text: s.text }));
    });
}

describe('own words: scenario text vs the teaching module', () => {
  it('shares no run of 8 consecutive words with the module', () => {
    const strings = scenarioStrings();
    expect(strings.length).toBeGreaterThan(200); // the check really looked at the content
    const copied = strings.flatMap((s) => copiedRuns(s.text, storedSet).map((run) => `${s.where}: "${run}"`));
    expect(copied).toEqual([]);
  });

  it('uses a fingerprint that matches the module, when the module is available', async () => {
    // A clean clone elsewhere may not have ../shared/seed; the committed fingerprint still guards it there.
    if (!existsSync(defaultSeedDir)) return;
    const fresh = buildFingerprint(await readSeedTexts(defaultSeedDir));
    expect(fresh).toEqual(stored);
  });

  it('catches a sentence lifted from the module', async () => {
    if (!existsSync(defaultSeedDir)) return;
    const [seed] = await readSeedTexts(defaultSeedDir);
    const lifted = words(seed?.text ?? '')
      .slice(200, 200 + RUN_WORDS)
      .join(' ');
    expect(copiedRuns(`Intro. ${lifted.toUpperCase()}!`, storedSet)).toHaveLength(1);
  });
});

describe('own-words helpers', () => {
  const module = 'Pods are ephemeral: they come and go, each with a brand new IP address every time.';
  const fp = new Set(fingerprintOf([module]));

  it('normalises case and punctuation before comparing', () => {
    expect(words("It's a Pod-IP, OK?")).toEqual(['it', 's', 'a', 'pod', 'ip', 'ok']);
    expect(copiedRuns('PODS ARE EPHEMERAL -- they come and go; each with a...', fp)).toEqual([
      'pods are ephemeral they come and go each',
      'are ephemeral they come and go each with',
      'ephemeral they come and go each with a',
    ]);
  });

  it('allows runs shorter than 8 words', () => {
    expect(runs('one two three four five six seven')).toEqual([]);
    expect(copiedRuns('they come and go each with a different address', fp)).toEqual([]);
  });

  it('finds every string in nested data', () => {
    expect(stringsIn({ a: 'x', b: [{ c: 'y' }, 3], d: true })).toEqual([
      { path: 'a', text: 'x' },
      { path: 'b[0].c', text: 'y' },
    ]);
  });
});
