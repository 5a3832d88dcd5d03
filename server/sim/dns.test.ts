import { describe, expect, it } from 'vitest';
import { createCluster } from './index.js';
import { client, deployment, service } from './testing/fixtures.js';

function cluster() {
  const c = createCluster({ seed: 11 });
  c.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'finance' } });
  c.create(deployment('web', { replicas: 2 }));
  c.create(service('web', { ports: [{ name: 'http', port: 80, targetPort: 80 }] }));
  c.create(deployment('payment-api', { namespace: 'finance', image: 'nginx' }));
  c.create(service('payment-api', { namespace: 'finance' }));
  c.create(deployment('db', { replicas: 2, image: 'redis' }));
  c.create(service('db', { clusterIP: 'None', ports: [{ name: 'redis', port: 6379 }] }));
  c.create(client());
  return c;
}

describe('cluster DNS', () => {
  const c = cluster();
  const webIP = c.get('Service', 'web')?.spec.clusterIP;
  const payIP = c.get('Service', 'payment-api', 'finance')?.spec.clusterIP;

  it.each([
    'web',
    'web.default',
    'web.default.svc',
    'web.default.svc.cluster.local',
    'web.default.svc.cluster.local.',
    'WEB.Default',
  ])('%s resolves from default to the ClusterIP', (name) => {
    const q = c.resolve(name, 'default');
    expect(q.answer?.records.map((r) => r.value)).toEqual([webIP]);
  });

  it('payment-api does not resolve from default; payment-api.finance does', () => {
    const bare = c.resolve('payment-api', 'default');
    expect(bare.answer).toBeUndefined();
    expect(bare.attempts.map((a) => a.name)).toEqual([
      'payment-api.default.svc.cluster.local',
      'payment-api.svc.cluster.local',
      'payment-api.cluster.local',
      'payment-api',
    ]);
    expect(c.resolve('payment-api.finance', 'default').answer?.records[0]?.value).toBe(payIP);
    expect(c.resolve('payment-api', 'finance').answer?.records[0]?.value).toBe(payIP);
  });

  it('a headless Service resolves to the ready pod IPs', () => {
    const ips = c
      .list('Pod', { selector: { app: 'db' } })
      .map((p) => p.status?.podIP)
      .sort();
    expect(c.resolve('db', 'default').answer?.records.map((r) => r.value)).toEqual(ips);
  });

  it('SRV records exist for named ports only', () => {
    const srv = c.resolve('_http._tcp.web.default.svc.cluster.local', 'default', 'SRV');
    expect(srv.answer?.records[0]).toMatchObject({
      type: 'SRV',
      port: 80,
      value: 'web.default.svc.cluster.local',
    });
    expect(
      c.resolve('_http._tcp.payment-api.finance.svc.cluster.local', 'default', 'SRV').answer,
    ).toBeUndefined();
  });

  it('busybox nslookup prints the server and the answer', () => {
    const r = c.exec({ name: 'client' }, ['nslookup', 'web']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${webIP}\n\n`,
    );
    const miss = c.exec({ name: 'client' }, ['nslookup', 'payment-api']);
    expect(miss.exitCode).toBe(1);
    expect(miss.stdout).toContain("** server can't find payment-api.default.svc.cluster.local: NXDOMAIN");
  });

  it('resolv.conf has the search path and ndots:5', () => {
    const r = c.exec({ name: 'client' }, ['cat', '/etc/resolv.conf']);
    expect(r.stdout).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    );
  });

  it('names stop resolving when CoreDNS has no endpoints', () => {
    const d = c.fork();
    d.scale({ kind: 'Deployment', name: 'coredns', namespace: 'kube-system' }, 0);
    const r = d.exec({ name: 'client' }, ['wget', '-qO-', 'web']);
    expect(r.stderr).toBe("wget: bad address 'web'\n");
    expect(d.exec({ name: 'client' }, ['nslookup', 'web']).stdout).toBe(
      ';; connection timed out; no servers could be reached\n\n',
    );
  });
});
