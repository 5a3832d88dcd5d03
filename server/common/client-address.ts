/**
 * Who the client is, for rate limits: the peer's address, or — behind proxies the operator trusts
 * (TRUST_PROXY) — the address those proxies put in X-Forwarded-For. One computation for both edges:
 * the trust function compiled here is handed to express (`trust proxy`, so `req.ip` is this) and used
 * for socket.io handshakes (`clientAddress`), both through proxy-addr, so an HTTP limit and a socket
 * limit key the same client the same way. Untrusted, a header costs nothing to forge: with the default
 * (trust nobody) it is ignored.
 */
import proxyaddr from 'proxy-addr';
import { err, ok, type Result } from './result.js';

/**
 * TRUST_PROXY, parsed: `false` (nobody: the peer is the client), `true` (every hop: only behind a
 * proxy that overwrites the header), a number of proxy hops, or addresses, CIDR ranges and the names
 * `loopback`, `linklocal`, `uniquelocal` — the values express's `trust proxy` accepts.
 */
export type TrustProxy = boolean | number | readonly string[];

/** Whether the hop at `address`, `hop` steps from this server (0: the peer), is a trusted proxy. */
export type TrustFn = (address: string, hop: number) => boolean;

/** Parses a TRUST_PROXY value; the error says what is wrong with it. */
export function parseTrustProxy(text: string): Result<TrustProxy, string> {
  const value = text.trim();
  if (value === 'false') return ok(false);
  if (value === 'true') return ok(true);
  if (/^\d+$/.test(value)) return ok(Number(value));
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.some((entry) => entry === '')) return err('has an empty entry');
  try {
    proxyaddr.compile(entries);
  } catch (error) {
    return err(
      `${(error as Error).message}; use false, true, a hop count, or addresses / CIDR ranges / loopback, linklocal, uniquelocal separated by commas`,
    );
  }
  return ok(entries);
}

/** The trust function of a setting (what express builds from the same value). */
export function compileTrust(setting: TrustProxy): TrustFn {
  if (setting === false) return () => false;
  if (setting === true) return () => true;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyaddr.compile([...setting]);
}

/** The client's address from a connection's peer address and its X-Forwarded-For header. */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: TrustFn,
): string {
  // A repeated header arrives as an array only from odd clients; node joins it for HTTP requests.
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(', ') : forwardedFor;
  return proxyaddr({ headers: { 'x-forwarded-for': header }, socket: { remoteAddress } }, trust) ?? 'unknown';
}
