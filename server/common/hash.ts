/**
 * Deterministic, non-cryptographic hashing of text (for secrets see secrets.ts). The simulator names
 * objects with these exactly as Kubernetes does, so the names are part of its golden transcripts.
 */
import { SAFE_ALPHABET } from './rng.js';

/** FNV-1a 32-bit, as ComputeHash uses for the pod-template-hash. */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: maps each character of the decimal hash into SAFE_ALPHABET. */
export function safeEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += SAFE_ALPHABET[text.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}
