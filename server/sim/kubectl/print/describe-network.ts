/** describe service / endpoints / endpointslice (staging/src/k8s.io/kubectl/pkg/describe/describe.go). */
import type { EndpointSlice, Endpoints, Service } from '../../types.js';
import { DescribeWriter } from './describe-writer.js';

const hostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** formatEndpointSlices: ready endpoints of the slices for one port name, 3 at most. */
export function formatEndpointSlices(slices: EndpointSlice[], portName: string | undefined): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const s of slices) {
    const eps = s.endpoints ?? [];
    const ready = (e: (typeof eps)[number]) => e.conditions.ready === undefined || e.conditions.ready;
    if (!s.ports || s.ports.length === 0) {
      for (const e of eps)
        if (!more && ready(e)) {
          if (list.length === max) more = true;
          else list.push(e.addresses[0] ?? '');
          count++;
        }
      continue;
    }
    for (const p of s.ports) {
      if (portName !== undefined && (p.name ?? '') !== portName) continue;
      for (const e of eps) {
        if (list.length === max) more = true;
        if (!more && ready(e)) list.push(hostPort(e.addresses[0] ?? '', p.port ?? 0));
        count++;
      }
    }
  }
  return more ? `${list.join(',')} + ${count - max} more...` : list.join(',');
}

export function describeService(svc: Service, slices: EndpointSlice[]): string {
  const w = new DescribeWriter();
  const s = svc.spec;
  w.line(0, 'Name:', svc.metadata.name);
  w.line(0, 'Namespace:', svc.metadata.namespace ?? 'default');
  w.map(0, 'Labels', svc.metadata.labels);
  w.map(0, 'Annotations', svc.metadata.annotations, ': ');
  const selKeys = Object.keys(s.selector ?? {}).sort();
  w.line(0, 'Selector:', selKeys.length ? selKeys.map((k) => `${k}=${s.selector?.[k]}`).join(',') : '<none>');
  w.line(0, 'Type:', s.type ?? 'ClusterIP');
  if (s.ipFamilyPolicy) w.line(0, 'IP Family Policy:', s.ipFamilyPolicy);
  if (s.type !== 'ExternalName') {
    w.line(0, 'IP Families:', s.ipFamilies?.length ? s.ipFamilies.join(',') : '<none>');
    w.line(0, 'IP:', s.clusterIP ?? '');
    w.line(0, 'IPs:', s.clusterIPs?.length ? s.clusterIPs.join(',') : '<none>');
  }
  if (s.externalIPs?.length) w.line(0, 'External IPs:', s.externalIPs.join(','));
  if (s.loadBalancerIP) w.line(0, 'Desired LoadBalancer IP:', s.loadBalancerIP);
  if (s.externalName) w.line(0, 'External Name:', s.externalName);
  const ingress = svc.status?.loadBalancer.ingress ?? [];
  if (ingress.length > 0)
    w.line(
      0,
      'LoadBalancer Ingress:',
      ingress.map((i) => (i.ip || i.hostname || '') + (i.ipMode ? ` (${i.ipMode})` : '')).join(', '),
    );
  for (const p of s.ports ?? []) {
    const name = p.name || '<unset>';
    const proto = p.protocol ?? 'TCP';
    w.line(0, 'Port:', name, `${p.port}/${proto}`);
    w.line(0, 'TargetPort:', `${p.targetPort ?? p.port}/${proto}`);
    if (p.appProtocol) w.line(0, 'AppProtocol:', p.appProtocol);
    if (p.nodePort) w.line(0, 'NodePort:', name, `${p.nodePort}/${proto}`);
    w.line(0, 'Endpoints:', formatEndpointSlices(slices, p.name ?? ''));
  }
  w.line(0, 'Session Affinity:', s.sessionAffinity ?? 'None');
  if (s.externalTrafficPolicy) w.line(0, 'External Traffic Policy:', s.externalTrafficPolicy);
  if (s.internalTrafficPolicy) w.line(0, 'Internal Traffic Policy:', s.internalTrafficPolicy);
  if (s.loadBalancerSourceRanges?.length)
    w.line(0, 'LoadBalancer Source Ranges:', s.loadBalancerSourceRanges.join(','));
  w.line(0, 'Events:', '<none>');
  return w.toString();
}

export function describeEndpoints(ep: Endpoints): string {
  const w = new DescribeWriter();
  w.line(0, 'Name:', ep.metadata.name);
  w.line(0, 'Namespace:', ep.metadata.namespace ?? 'default');
  w.map(0, 'Labels', ep.metadata.labels);
  w.map(0, 'Annotations', ep.metadata.annotations, ': ');
  w.line(0, 'Subsets:');
  for (const ss of ep.subsets ?? []) {
    const ips = (l: { ip: string }[] | undefined) => (l?.length ? l.map((a) => a.ip).join(',') : '<none>');
    w.line(1, 'Addresses:', ips(ss.addresses));
    w.line(1, 'NotReadyAddresses:', ips(ss.notReadyAddresses));
    if (ss.ports?.length) {
      w.line(1, 'Ports:');
      w.line(2, 'Name', 'Port', 'Protocol');
      w.line(2, '----', '----', '--------');
      for (const p of ss.ports) w.line(2, p.name || '<unset>', String(p.port), p.protocol ?? 'TCP');
    }
    w.line(0, '');
  }
  w.line(0, 'Events:', '<none>');
  return w.toString();
}

export function describeEndpointSlice(s: EndpointSlice): string {
  const w = new DescribeWriter();
  w.line(0, 'Name:', s.metadata.name);
  w.line(0, 'Namespace:', s.metadata.namespace ?? 'default');
  w.map(0, 'Labels', s.metadata.labels);
  w.map(0, 'Annotations', s.metadata.annotations, ': ');
  w.line(0, 'AddressType:', s.addressType);
  if (!s.ports || s.ports.length === 0) w.line(0, 'Ports:', '<unset>');
  else {
    w.line(0, 'Ports:');
    w.line(1, 'Name', 'Port', 'Protocol');
    w.line(1, '----', '----', '--------');
    for (const p of s.ports)
      w.line(1, p.name || '<unset>', p.port != null ? String(p.port) : '<unset>', p.protocol ?? 'TCP');
  }
  if (!s.endpoints || s.endpoints.length === 0) w.line(0, 'Endpoints:', '<none>');
  else {
    w.line(0, 'Endpoints:');
    const b = (v: boolean | undefined) => (v === undefined ? '<unset>' : String(v));
    for (const e of s.endpoints) {
      w.line(1, '- Addresses:', e.addresses.join(','));
      w.line(2, 'Conditions:');
      w.line(3, 'Ready:', b(e.conditions.ready));
      w.line(2, 'Hostname:', e.hostname ?? '<unset>');
      if (e.targetRef) w.line(2, 'TargetRef:', `${e.targetRef.kind}/${e.targetRef.name}`);
      w.line(2, 'NodeName:', e.nodeName ?? '<unset>');
      w.line(2, 'Zone:', e.zone ?? '<unset>');
    }
  }
  w.line(0, 'Events:', '<none>');
  return w.toString();
}
