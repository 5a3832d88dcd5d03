/**
 * The REST layer's allocators: ClusterIPs from 10.96.0.0/12, NodePorts from 30000-32767 (one bitmap for
 * all protocols; ports of one Service with the same number share a nodePort), and load balancer IPs from
 * the simulated cloud. Messages are the allocator's, raised as field.Invalid like the API server does.
 */
import type { FieldError } from '../errors.js';
import type { Service } from '../types.js';
import { invalidValue } from '../validation/field.js';
import type { Rng } from '../../common/rng.js';
import type { Tx } from './state.js';

const SVC_BASE = (10 << 24) | (96 << 16); // 10.96.0.0
const SVC_SIZE = 1 << 20; // /12
const STATIC_BAND = 256; // low addresses are left for explicit requests (static subrange)
export const NODEPORT_MIN = 30000;
export const NODEPORT_MAX = 32767;
const LB_POOL = ['172.18.255.200', 50] as const;

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0);
}
export function intToIP(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function inServiceRange(ip: string): boolean {
  const n = ipToInt(ip);
  return n > SVC_BASE && n < SVC_BASE + SVC_SIZE - 1;
}

export function allocateClusterIP(
  tx: Tx,
  rng: Rng,
  svcKey: string,
  requested: string | undefined,
): FieldError | string {
  const table = tx.table<Record<string, string>>('serviceIPs');
  if (requested) {
    if (!inServiceRange(requested))
      return invalidValue(
        'spec.clusterIPs',
        [requested],
        `failed to allocate IP ${requested}: the provided IP (${requested}) is not in the valid range. The range of valid IPs is 10.96.0.0/12`,
      );
    if (table[requested] && table[requested] !== svcKey)
      return invalidValue(
        'spec.clusterIPs',
        [requested],
        `failed to allocate IP ${requested}: provided IP is already allocated`,
      );
    table[requested] = svcKey;
    return requested;
  }
  for (;;) {
    const ip = intToIP(SVC_BASE + STATIC_BAND + rng.int(SVC_SIZE - STATIC_BAND - 1));
    if (!table[ip]) {
      table[ip] = svcKey;
      return ip;
    }
  }
}

export function releaseClusterIP(tx: Tx, ip: string | undefined): void {
  if (!ip || ip === 'None' || !tx.s.serviceIPs[ip]) return;
  tx.dropFromTable('serviceIPs', ip);
}

/**
 * initNodePorts: explicit ports are checked (range, taken by another Service); missing ones are picked at
 * random, reusing the nodePort of another port of this Service with the same number (TCP+UDP 53).
 */
export function allocateNodePorts(tx: Tx, rng: Rng, svc: Service, svcKey: string): FieldError[] {
  const table = tx.table<Record<string, string>>('nodePorts');
  const errs: FieldError[] = [];
  const ports = svc.spec.ports ?? [];
  const byPort = new Map<number, number>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const f = `spec.ports[${i}].nodePort`;
    if (p.nodePort < NODEPORT_MIN || p.nodePort > NODEPORT_MAX)
      errs.push(
        invalidValue(
          f,
          p.nodePort,
          `provided port is not in the valid range. The range of valid ports is ${NODEPORT_MIN}-${NODEPORT_MAX}`,
        ),
      );
    else if (table[p.nodePort] && table[p.nodePort] !== svcKey)
      errs.push(invalidValue(f, p.nodePort, 'provided port is already allocated'));
    else {
      table[p.nodePort] = svcKey;
      byPort.set(p.port, p.nodePort);
    }
  });
  if (errs.length) return errs;
  svc.spec.ports = ports.map((p) => {
    if (p.nodePort) return p;
    let np = byPort.get(p.port);
    if (np === undefined) {
      do np = NODEPORT_MIN + rng.int(NODEPORT_MAX - NODEPORT_MIN + 1);
      while (table[np]);
      table[np] = svcKey;
      byPort.set(p.port, np);
    }
    return { ...p, nodePort: np };
  });
  return [];
}

export function releaseNodePorts(tx: Tx, svc: Service, keep: Set<number> = new Set()): void {
  for (const p of svc.spec.ports ?? [])
    if (p.nodePort && !keep.has(p.nodePort) && tx.s.nodePorts[p.nodePort])
      tx.dropFromTable('nodePorts', String(p.nodePort));
}

/** The simulated cloud controller: the next free address of its pool (undefined when exhausted). */
export function allocateLoadBalancerIP(tx: Tx, svcKey: string): string | undefined {
  const table = tx.table<Record<string, string>>('lbIPs');
  const base = ipToInt(LB_POOL[0]);
  for (let i = 0; i < LB_POOL[1]; i++) {
    const ip = intToIP(base + i);
    if (!table[ip] || table[ip] === svcKey) {
      table[ip] = svcKey;
      return ip;
    }
  }
  return undefined;
}

export function releaseLoadBalancerIP(tx: Tx, svc: Service): void {
  for (const ing of svc.status?.loadBalancer.ingress ?? [])
    if (ing.ip && tx.s.lbIPs[ing.ip]) tx.dropFromTable('lbIPs', ing.ip);
}
