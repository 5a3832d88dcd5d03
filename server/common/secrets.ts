import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Join codes avoid look-alikes (0/O, 1/I) so they can be read off a projector. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A seat token: the only credential a host or player holds. Only its hash is kept server-side. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The read-only key of a game's result link: derived from the stored host hash, so the server can check
 * it without storing another secret, and it reveals nothing that would let its holder act as the host.
 */
export function resultKeyOf(hostSecretHash: string): string {
  return createHash('sha256').update(`kube-arena:results:${hostSecretHash}`).digest('base64url').slice(0, 24);
}

export function newSeed(): number {
  return randomInt(0, 2 ** 31 - 1);
}
