/** Service-specific REST logic: allocation on create/update and the update-time field carry-over. */
import type { FieldError } from '../errors.js';
import type { Service } from '../types.js';
import {
  allocateClusterIP,
  allocateLoadBalancerIP,
  allocateNodePorts,
  releaseClusterIP,
  releaseLoadBalancerIP,
  releaseNodePorts,
} from './alloc.js';
import type { Tx } from './state.js';

const external = (t: string | undefined) => t === 'NodePort' || t === 'LoadBalancer';

/**
 * patchAllocatedValues + dropTypeDependentFields (registry/core/service/strategy.go): a PUT without
 * clusterIP or nodePorts keeps the allocated ones; leaving NodePort/LoadBalancer drops unchanged nodePorts.
 */
export function prepareServiceUpdate(svc: Service, old: Service): void {
  const spec = svc.spec;
  const type = spec.type ?? 'ClusterIP';
  if (type !== 'ExternalName' && !spec.clusterIP && old.spec.clusterIP) {
    spec.clusterIP = old.spec.clusterIP;
    spec.clusterIPs = old.spec.clusterIPs;
    spec.ipFamilies = old.spec.ipFamilies;
    spec.ipFamilyPolicy = old.spec.ipFamilyPolicy;
  }
  const oldPorts = old.spec.ports ?? [];
  if (external(type) && external(old.spec.type))
    spec.ports = (spec.ports ?? []).map((p) => {
      if (p.nodePort) return p;
      const prev = oldPorts.find((o) => o.port === p.port && (o.protocol ?? 'TCP') === (p.protocol ?? 'TCP'));
      return prev?.nodePort ? { ...p, nodePort: prev.nodePort } : p;
    });
  if (!external(type) && external(old.spec.type)) {
    const unchanged = (spec.ports ?? []).every(
      (p) => !p.nodePort || oldPorts.some((o) => o.nodePort === p.nodePort),
    );
    if (unchanged) spec.ports = (spec.ports ?? []).map(({ nodePort: _n, ...rest }) => rest);
    if (spec.externalTrafficPolicy === old.spec.externalTrafficPolicy) delete spec.externalTrafficPolicy;
  }
  if (type !== 'LoadBalancer') delete spec.allocateLoadBalancerNodePorts;
}

/** Allocate what the Service needs (idempotent for values it already owns); release what it gave up. */
export function prepareServiceCreate(tx: Tx, svc: Service, svcKey: string, old?: Service): FieldError[] {
  const spec = svc.spec;
  const type = spec.type ?? 'ClusterIP';
  if (type === 'ExternalName') {
    if (old) releaseClusterIP(tx, old.spec.clusterIP);
    delete spec.clusterIP;
    delete spec.clusterIPs;
  } else if (spec.clusterIP === 'None') {
    spec.clusterIPs = ['None'];
    spec.ipFamilies = ['IPv4'];
    spec.ipFamilyPolicy = 'SingleStack';
  } else {
    const ip = allocateClusterIP(tx, tx.rng, svcKey, spec.clusterIP || undefined);
    if (typeof ip !== 'string') return [ip];
    spec.clusterIP = ip;
    spec.clusterIPs = [ip];
    spec.ipFamilies = ['IPv4'];
    spec.ipFamilyPolicy = 'SingleStack';
  }
  if (external(type)) {
    if (old) releaseNodePorts(tx, old, new Set((spec.ports ?? []).map((p) => p.nodePort ?? 0)));
    const errs = allocateNodePorts(tx, tx.rng, svc, svcKey);
    if (errs.length) return errs;
  } else if (old) releaseNodePorts(tx, old);
  if (type === 'LoadBalancer' && tx.s.opts.loadBalancer) {
    const ip = allocateLoadBalancerIP(tx, svcKey);
    svc.status = { loadBalancer: ip ? { ingress: [{ ip, ipMode: 'VIP' }] } : {} };
  } else {
    if (old) releaseLoadBalancerIP(tx, old);
    svc.status = { loadBalancer: {} };
  }
  return [];
}

export function releaseService(tx: Tx, svc: Service): void {
  releaseClusterIP(tx, svc.spec.clusterIP);
  releaseNodePorts(tx, svc);
  releaseLoadBalancerIP(tx, svc);
}
