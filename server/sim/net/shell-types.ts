/** Shared shapes of the simulated shell and its tools. */
import type { ProbeResult, ProbeSource } from '../api.js';
import type { RuntimeListener, Tx } from '../core/state.js';
import type { Container, Pod } from '../types.js';

export interface ShellCtx {
  tx: Tx;
  pod: Pod;
  container: Container;
  /** Binaries present in the image. */
  tools: Set<string>;
  /** True when this is the container's main process (kubelet start), false for `kubectl exec`. */
  atStart: boolean;
  stdin?: string;
  /** Where network requests come from when not from `pod` (a laptop outside, a node's host network). */
  source?: ProbeSource;
}

export interface ShellResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  traces: ProbeResult[];
  /** The process keeps running (sleep, a server loop...). */
  running?: boolean;
  listeners?: Omit<RuntimeListener, 'container'>[];
}

export const out = (stdout: string, exitCode = 0): ShellResult => ({
  stdout,
  stderr: '',
  exitCode,
  traces: [],
});
export const err = (stderr: string, exitCode = 1): ShellResult => ({
  stdout: '',
  stderr,
  exitCode,
  traces: [],
});

/** Byte length without Node's Buffer (the engine may also run in a browser). */
export const byteLength = (s: string): number => new TextEncoder().encode(s).length;

export interface Url {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

export function parseUrl(raw: string): Url | undefined {
  const m = /^(?:([a-z]+):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)?/i.exec(raw);
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  return { scheme, host: m[2] ?? '', port, path: m[4] || '/' };
}
