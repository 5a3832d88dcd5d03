import { describe, expect, it } from 'vitest';
import { createCluster, formatKubectlError } from './index.js';
import type { Service } from './index.js';
import { service } from './testing/fixtures.js';

const created = (r: { ok: boolean; object?: unknown }): Service => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.object as Service;
};

describe('ClusterIP allocation', () => {
  it('gives kubernetes 10.96.0.1, kube-dns 10.96.0.10, others distinct IPs in 10.96.0.0/12', () => {
    const c = createCluster({ seed: 3 });
    expect(c.get('Service', 'kubernetes')?.spec.clusterIP).toBe('10.96.0.1');
    expect(c.get('Service', 'kube-dns', 'kube-system')?.spec.clusterIP).toBe('10.96.0.10');
    const ips = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const ip = created(c.create(service(`s${i}`))).spec.clusterIP as string;
      const [a, b] = ip.split('.').map(Number);
      expect(a).toBe(10);
      expect(b).toBeGreaterThanOrEqual(96);
      expect(b).toBeLessThanOrEqual(111);
      ips.add(ip);
    }
    expect(ips.size).toBe(50);
  });

  it('accepts a free explicit IP, keeps it on update and refuses to change it', () => {
    const c = createCluster({ seed: 3 });
    const s = created(c.create(service('web', { clusterIP: '10.96.0.50' })));
    expect(s.spec.clusterIP).toBe('10.96.0.50');
    const copy = structuredClone(c.get('Service', 'web')!);
    delete copy.spec.clusterIP;
    delete copy.spec.clusterIPs;
    expect(created(c.replace(copy)).spec.clusterIP).toBe('10.96.0.50');
    const changed = structuredClone(c.get('Service', 'web')!);
    changed.spec.clusterIP = '10.96.0.51';
    const r = c.replace(changed);
    expect(!r.ok && formatKubectlError(r.status)).toBe(
      'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: ["10.96.0.51"]: may not change once set',
    );
    const headless = structuredClone(c.get('Service', 'web')!);
    headless.spec.clusterIP = 'None';
    expect(c.replace(headless).ok).toBe(false);
  });

  it('frees the IP when the Service is deleted', () => {
    const c = createCluster({ seed: 3 });
    c.create(service('a', { clusterIP: '10.96.0.77' }));
    expect(c.create(service('b', { clusterIP: '10.96.0.77' })).ok).toBe(false);
    c.delete({ kind: 'Service', name: 'a' });
    expect(c.create(service('b', { clusterIP: '10.96.0.77' })).ok).toBe(true);
  });
});

describe('NodePort allocation', () => {
  it('allocates in 30000-32767 and rejects a port already in use', () => {
    const c = createCluster({ seed: 4 });
    const a = created(c.create(service('a', { type: 'NodePort' })));
    const np = a.spec.ports?.[0]?.nodePort ?? 0;
    expect(np).toBeGreaterThanOrEqual(30000);
    expect(np).toBeLessThanOrEqual(32767);
    c.create(service('web-nodeport', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }));
    const r = c.create(
      service('sample-nodeport-fail', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }),
    );
    expect(!r.ok && formatKubectlError(r.status)).toBe(
      'The Service "sample-nodeport-fail" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
  });

  it('shares one nodePort between TCP and UDP ports with the same number', () => {
    const c = createCluster({ seed: 4 });
    const s = created(
      c.create(
        service('dns', {
          type: 'NodePort',
          ports: [
            { name: 'u', port: 53, protocol: 'UDP' },
            { name: 't', port: 53, protocol: 'TCP' },
          ],
        }),
      ),
    );
    expect(s.spec.ports?.[0]?.nodePort).toBe(s.spec.ports?.[1]?.nodePort);
  });

  it('drops nodePorts when a NodePort Service becomes ClusterIP, and keeps them on apply', () => {
    const c = createCluster({ seed: 4 });
    const manifest = service('web', { type: 'NodePort' });
    const np = created(c.apply(manifest)).spec.ports?.[0]?.nodePort;
    const again = c.apply(manifest);
    expect(again.ok && again.action).toBe('unchanged');
    expect(c.get('Service', 'web')?.spec.ports?.[0]?.nodePort).toBe(np);
    const back = created(c.apply(service('web', {})));
    expect(back.spec.type).toBe('ClusterIP');
    expect(back.spec.ports?.[0]?.nodePort).toBeUndefined();
    expect(
      created(c.create(service('other', { type: 'NodePort', ports: [{ port: 80, nodePort: np }] }))).spec
        .ports?.[0]?.nodePort,
    ).toBe(np);
  });
});

describe('LoadBalancer', () => {
  it('gets an external IP and a nodePort from the simulated cloud', () => {
    const c = createCluster({ seed: 5 });
    const s = created(c.create(service('web-lb', { type: 'LoadBalancer' })));
    expect(s.status?.loadBalancer.ingress?.[0]?.ip).toBe('172.18.255.200');
    expect(s.spec.ports?.[0]?.nodePort).toBeGreaterThanOrEqual(30000);
  });

  it('stays pending on a cluster without a load balancer', () => {
    const c = createCluster({ seed: 5, loadBalancer: false });
    const s = created(c.create(service('web-lb', { type: 'LoadBalancer' })));
    expect(s.status?.loadBalancer.ingress).toBeUndefined();
    expect(c.viewModel().services.find((v) => v.name === 'web-lb')?.externalIP).toBe('<pending>');
  });
});
