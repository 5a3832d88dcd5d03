/**
 * ValidateService / ValidateServiceUpdate (pkg/apis/core/validation), in the API server's check order,
 * for the fields the module uses. Allocation errors (NodePort range, taken IPs) come later from alloc.ts,
 * as in the REST layer.
 */
import type { FieldError } from '../errors.js';
import { PROTOCOLS, type Service } from '../types.js';
import { duplicate, forbidden, invalidEach, invalidValue, notSupported, required } from './field.js';
import { validateLabels, validateMeta } from './meta.js';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isIPv4,
  isValidPortName,
  isValidPortNum,
} from './names.js';

export const SERVICE_TYPES: readonly string[] = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

/**
 * The API server's duplicate-port key, printed with Go's %#v: upstream builds it as
 * `core.ServicePort{Protocol: p.Protocol, Port: p.Port}`, so every other field shows its zero value.
 */
function goServicePortKey(p: NonNullable<Service['spec']['ports']>[number]): string {
  return (
    `core.ServicePort{Name:"", Protocol:"${p.protocol ?? ''}", AppProtocol:(*string)(nil), ` +
    `Port:${p.port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`
  );
}

export function validateService(svc: Service): FieldError[] {
  const errs = validateMeta(svc.metadata, isDNS1035Label, true);
  const spec = svc.spec ?? {};
  const ports = spec.ports ?? [];
  const type = spec.type ?? 'ClusterIP';
  const headless = spec.clusterIP === 'None';

  if (ports.length === 0 && !headless && type !== 'ExternalName') errs.push(required('spec.ports'));
  if (type === 'LoadBalancer' && headless)
    errs.push(
      invalidValue('spec.clusterIPs[0]', 'None', "may not be set to 'None' for LoadBalancer services"),
    );
  if (type === 'NodePort' && headless)
    errs.push(invalidValue('spec.clusterIPs[0]', 'None', "may not be set to 'None' for NodePort services"));
  if (type === 'ExternalName') {
    if (spec.clusterIP) errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    const en = spec.externalName ?? '';
    if (!en) errs.push(required('spec.externalName'));
    else errs.push(...invalidEach('spec.externalName', en, isDNS1123Subdomain(en.replace(/\.$/, ''))));
  }

  const requireName = ports.length > 1;
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const f = `spec.ports[${i}]`;
    if (requireName && !p.name) errs.push(required(`${f}.name`));
    else if (p.name) {
      errs.push(...invalidEach(`${f}.name`, p.name, isDNS1123Label(p.name)));
      if (names.has(p.name)) errs.push(duplicate(`${f}.name`, p.name));
      names.add(p.name);
    }
    errs.push(...invalidEach(`${f}.port`, p.port ?? 0, isValidPortNum(p.port ?? 0)));
    if (!p.protocol) errs.push(required(`${f}.protocol`));
    else if (!PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${f}.protocol`, p.protocol, PROTOCOLS));
    const tp = p.targetPort;
    if (typeof tp === 'number') errs.push(...invalidEach(`${f}.targetPort`, tp, isValidPortNum(tp)));
    else if (typeof tp === 'string') errs.push(...invalidEach(`${f}.targetPort`, tp, isValidPortName(tp)));
  });

  if (spec.selector) errs.push(...validateLabels(spec.selector, 'spec.selector'));

  const aff = spec.sessionAffinity;
  if (aff !== undefined && aff !== 'None' && aff !== 'ClientIP')
    errs.push(notSupported('spec.sessionAffinity', aff, ['ClientIP', 'None']));

  if (spec.clusterIP && spec.clusterIP !== 'None' && !isIPv4(spec.clusterIP))
    errs.push(
      invalidValue(
        'spec.clusterIPs[0]',
        spec.clusterIP,
        'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ),
    );

  (spec.externalIPs ?? []).forEach((ip, i) => {
    if (!isIPv4(ip))
      errs.push(
        invalidValue(
          `spec.externalIPs[${i}]`,
          ip,
          'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
        ),
      );
    else if (ip.startsWith('127.') || ip === '0.0.0.0')
      errs.push(invalidValue(`spec.externalIPs[${i}]`, ip, 'may not be unspecified or loopback'));
  });

  if (!SERVICE_TYPES.includes(type)) errs.push(notSupported('spec.type', type, SERVICE_TYPES));

  if (type === 'ClusterIP')
    ports.forEach((p, i) => {
      if (p.nodePort)
        errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });

  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const k = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(k)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(k);
  });

  const portProto = new Set<string>();
  ports.forEach((p, i) => {
    const k = `${p.protocol}/${p.port}`;
    if (portProto.has(k))
      errs.push({
        field: `spec.ports[${i}]`,
        type: 'Duplicate',
        body: `Duplicate value: ${goServicePortKey(p)}`,
      });
    portProto.add(k);
  });

  if (spec.loadBalancerSourceRanges?.length && type !== 'LoadBalancer')
    errs.push(forbidden('spec.loadBalancerSourceRanges', "may only be used when `type` is 'LoadBalancer'"));
  if (spec.externalTrafficPolicy && type !== 'NodePort' && type !== 'LoadBalancer')
    errs.push(
      invalidValue(
        'spec.externalTrafficPolicy',
        spec.externalTrafficPolicy,
        'may only be set for externally-accessible services',
      ),
    );
  return errs;
}

/** ValidateServiceUpdate: the ClusterIP may not change once set (nor become/stop being headless). */
export function validateServiceUpdate(next: Service, old: Service): FieldError[] {
  const errs = validateService(next);
  const wasExt = old.spec.type === 'ExternalName';
  const isExt = (next.spec.type ?? 'ClusterIP') === 'ExternalName';
  const oldIP = old.spec.clusterIP ?? '';
  const newIP = next.spec.clusterIP ?? '';
  if (!wasExt && !isExt && oldIP !== '' && newIP !== oldIP)
    errs.push(invalidValue('spec.clusterIPs[0]', newIP === '' ? [] : [newIP], 'may not change once set'));
  return errs;
}
