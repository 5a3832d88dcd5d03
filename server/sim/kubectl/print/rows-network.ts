/** `kubectl get` rows for services, endpoints and endpoint slices (printers.go printService, ...). */
import type { EndpointSlice, Endpoints, Service } from '../../types.js';
import { age } from './duration.js';
import type { KindPrinter } from './rows-common.js';

export function serviceExternalIP(svc: Service, wide: boolean): string {
  const ext = svc.spec.externalIPs ?? [];
  switch (svc.spec.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return ext.length > 0 ? ext.join(',') : '<none>';
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    case 'LoadBalancer': {
      const ingress = [
        ...new Set((svc.status?.loadBalancer.ingress ?? []).map((i) => i.ip || i.hostname || '')),
      ]
        .filter((s) => s !== '')
        .sort();
      const all = [...ingress, ...ext];
      if (all.length === 0) return '<pending>';
      const s = all.join(',');
      return !wide && s.length > 16 ? `${s.slice(0, 13)}...` : s;
    }
  }
}

export function servicePorts(svc: Service): string {
  const ports = svc.spec.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports
    .map((p) =>
      p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`,
    )
    .join(',');
}

export const services: KindPrinter = {
  headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
  wide: ['SELECTOR'],
  row(o, now, wide) {
    const svc = o as Service;
    const type = svc.spec.type ?? 'ClusterIP';
    const cip =
      type === 'ExternalName' ? '<none>' : svc.spec.clusterIPs?.[0] || svc.spec.clusterIP || '<none>';
    const row = [
      svc.metadata.name,
      type,
      cip,
      serviceExternalIP(svc, wide),
      servicePorts(svc),
      age(svc.metadata.creationTimestamp, now),
    ];
    if (wide) row.push(formatSelectorMap(svc.spec.selector));
    return row;
  },
};

function formatSelectorMap(sel: Record<string, string> | undefined): string {
  const keys = Object.keys(sel ?? {}).sort();
  return keys.length === 0
    ? '<none>'
    : keys.map((k) => `${k}=${(sel as Record<string, string>)[k]}`).join(',');
}

const hostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** formatEndpoints: ready addresses only, at most 3, then ` + N more...`. */
export function formatEndpoints(ep: Endpoints, portName?: string): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const ss of subsets) {
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      for (const a of ss.addresses ?? []) {
        if (list.length < 3) list.push(a.ip);
        count++;
      }
      continue;
    }
    for (const port of ports) {
      if (portName !== undefined && (port.name ?? '') !== portName) continue;
      for (const a of ss.addresses ?? []) {
        if (list.length < 3) list.push(hostPort(a.ip, port.port));
        count++;
      }
    }
  }
  const more = count > list.length ? ` + ${count - list.length} more...` : '';
  return list.join(',') + more;
}

export const endpoints: KindPrinter = {
  headers: ['NAME', 'ENDPOINTS', 'AGE'],
  wide: [],
  row(o, now) {
    const ep = o as Endpoints;
    return [ep.metadata.name, formatEndpoints(ep), age(ep.metadata.creationTimestamp, now)];
  },
};

function firstThree(items: string[]): string {
  if (items.length === 0) return '<unset>';
  const more = items.length > 3 ? ` + ${items.length - 3} more...` : '';
  return items.slice(0, 3).join(',') + more;
}

export const endpointslices: KindPrinter = {
  headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
  wide: [],
  row(o, now) {
    const s = o as EndpointSlice;
    const ports = (s.ports ?? []).map((p) => (p.port != null ? String(p.port) : p.name ? p.name : '*'));
    const addrs = (s.endpoints ?? []).flatMap((e) => e.addresses);
    return [
      s.metadata.name,
      s.addressType,
      firstThree(ports),
      firstThree(addrs),
      age(s.metadata.creationTimestamp, now),
    ];
  },
};
