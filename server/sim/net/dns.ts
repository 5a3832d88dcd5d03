/**
 * Cluster DNS as CoreDNS's kubernetes plugin answers it (kubernetes/dns docs/specification.md), plus the
 * pod resolver's search-path walk (kubelet ClusterFirst: `<ns>.svc.cluster.local svc.cluster.local
 * cluster.local`, `ndots:5`, absolute names first only when they have ≥ 5 dots, as musl/glibc do).
 */
import type { DnsQueryResult, DnsRecord } from '../api.js';
import { getObj, inNamespace, type ClusterState } from '../core/state.js';

export const ZONE = 'cluster.local';
export const DNS_SERVICE_IP = '10.96.0.10';
const TTL = 30;

export function searchPath(ns: string): string[] {
  return [`${ns}.svc.${ZONE}`, `svc.${ZONE}`, ZONE];
}

export function resolvConf(ns: string): string {
  return `search ${searchPath(ns).join(' ')}\nnameserver ${DNS_SERVICE_IP}\noptions ndots:5\n`;
}

/** Ready addresses of a Service, from its Endpoints object (what CoreDNS watches). */
function readyIPs(s: ClusterState, ns: string, svc: string): { ip: string; hostname?: string }[] {
  const ep = getObj(s, 'Endpoints', ns, svc);
  const out: { ip: string; hostname?: string }[] = [];
  const seen = new Set<string>();
  for (const sub of ep?.subsets ?? [])
    for (const a of sub.addresses ?? [])
      if (!seen.has(a.ip)) {
        seen.add(a.ip);
        out.push(a.hostname ? { ip: a.ip, hostname: a.hostname } : { ip: a.ip });
      }
  return out.sort((a, b) => (a.ip < b.ip ? -1 : 1));
}

/** Answer one fully-qualified query. */
export function answer(s: ClusterState, qname: string, type: 'A' | 'SRV' = 'A'): DnsRecord[] {
  const name = qname.toLowerCase().replace(/\.$/, '');
  if (!name.endsWith(`.${ZONE}`)) return [];
  const labels = name.slice(0, -(ZONE.length + 1)).split('.');
  // <a-b-c-d>.<ns>.pod.cluster.local
  if (labels.length === 3 && labels[2] === 'pod' && type === 'A') {
    const ip = (labels[0] ?? '').replace(/-/g, '.');
    return getObj(s, 'Namespace', '', labels[1] ?? '') ? [{ name, type: 'A', ttl: TTL, value: ip }] : [];
  }
  if (labels[labels.length - 1] !== 'svc') return [];
  const rest = labels.slice(0, -1);
  if (type === 'SRV' && rest.length === 4 && rest[0]?.startsWith('_') && rest[1]?.startsWith('_')) {
    const [portName, proto, svcName, ns] = rest.map((l) => l.replace(/^_/, '')) as [
      string,
      string,
      string,
      string,
    ];
    const svc = getObj(s, 'Service', ns, svcName);
    const p = svc?.spec.ports?.find(
      (x) => x.name === portName && (x.protocol ?? 'TCP').toLowerCase() === proto,
    );
    if (!svc || !p) return [];
    const target = `${svcName}.${ns}.svc.${ZONE}`;
    if (svc.spec.clusterIP === 'None')
      return readyIPs(s, ns, svcName).map((a) => ({
        name,
        type: 'SRV' as const,
        ttl: TTL,
        priority: 0,
        weight: 100,
        port: p.port,
        value: `${a.hostname ?? a.ip.replace(/\./g, '-')}.${target}`,
      }));
    return [{ name, type: 'SRV', ttl: TTL, priority: 0, weight: 100, port: p.port, value: target }];
  }
  if (type !== 'A') return [];
  if (rest.length === 2) {
    const [svcName, ns] = rest as [string, string];
    const svc = getObj(s, 'Service', ns, svcName);
    if (!svc) return [];
    if (svc.spec.type === 'ExternalName')
      return [{ name, type: 'CNAME', ttl: TTL, value: svc.spec.externalName ?? '' }];
    if (svc.spec.clusterIP === 'None')
      return readyIPs(s, ns, svcName).map((a) => ({ name, type: 'A', ttl: TTL, value: a.ip }));
    return svc.spec.clusterIP ? [{ name, type: 'A', ttl: TTL, value: svc.spec.clusterIP }] : [];
  }
  if (rest.length === 3) {
    // <hostname>.<headless svc>.<ns>.svc.cluster.local
    const [host, svcName, ns] = rest as [string, string, string];
    const hit = readyIPs(s, ns, svcName).find(
      (a) => a.hostname === host || a.ip.replace(/\./g, '-') === host,
    );
    return hit ? [{ name, type: 'A', ttl: TTL, value: hit.ip }] : [];
  }
  return [];
}

/** A pod's lookup of `name` (as typed) from namespace `ns`, walking the search path. */
export function resolveFrom(
  s: ClusterState,
  input: string,
  ns: string,
  type: 'A' | 'SRV' = 'A',
): DnsQueryResult {
  const attempts: DnsQueryResult['attempts'] = [];
  const absolute = input.endsWith('.');
  const base = input.replace(/\.$/, '');
  const dots = base.split('.').length - 1;
  const candidates = absolute
    ? [base]
    : dots >= 5
      ? [base, ...searchPath(ns).map((d) => `${base}.${d}`)]
      : [...searchPath(ns).map((d) => `${base}.${d}`), base];
  for (const c of candidates) {
    const records = answer(s, c, type);
    attempts.push({ name: c, rcode: records.length ? 'NOERROR' : 'NXDOMAIN', records });
    if (records.length) return { attempts, answer: { name: c, records } };
  }
  return { attempts };
}

/** Every A record name → IP that the cluster serves in a namespace (for the drawing and hints). */
export function serviceNames(s: ClusterState, ns: string): { name: string; ip: string }[] {
  return inNamespace(s, 'Service', ns)
    .filter((svc) => svc.spec.clusterIP && svc.spec.clusterIP !== 'None')
    .map((svc) => ({ name: `${svc.metadata.name}.${ns}.svc.${ZONE}`, ip: svc.spec.clusterIP as string }));
}
