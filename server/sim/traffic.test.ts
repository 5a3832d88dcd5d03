import { describe, expect, it } from 'vitest';
import { createCluster } from './index.js';
import type { Cluster } from './index.js';
import { NGINX_WELCOME } from './images/pages.js';
import { client, deployment, pod, service } from './testing/fixtures.js';

function base(seed = 21): Cluster {
  const c = createCluster({ seed });
  c.create(deployment('web', { replicas: 3 }));
  c.create(client());
  return c;
}

const wget = (c: Cluster, host: string) => c.exec({ name: 'client' }, ['wget', '-qO-', host]);

describe('traffic', () => {
  it('reaches nginx through the Service from a busybox pod (the module lab)', () => {
    const c = base();
    c.create(service('web'));
    const ips = new Set(c.get('Endpoints', 'web')?.subsets?.[0]?.addresses?.map((a) => a.ip));
    expect(ips.size).toBe(3);
    const r = c.runPod({
      name: 'test',
      image: 'busybox',
      args: ['wget', '-qO-', 'web'],
      rm: true,
      attach: true,
      restart: 'Never',
    });
    expect(r.stdout).toBe(NGINX_WELCOME);
    expect(r.exitCode).toBe(0);
    expect(r.deleted).toBe(true);
    expect(c.get('Pod', 'test')).toBeUndefined();
    expect(r.traces[0]?.hops.map((h) => h.kind)).toEqual([
      'client',
      'dns',
      'cluster-ip',
      'kube-proxy',
      'pod',
      'container',
    ]);
  });

  it('spreads connections over the endpoints at random', () => {
    const c = base();
    c.create(service('web'));
    const hit = new Set<string>();
    for (let i = 0; i < 30; i++)
      hit.add(c.probe({ from: { pod: { name: 'client' } }, host: 'web', port: 80 }).endpoint?.pod ?? '');
    expect(hit.size).toBe(3);
  });

  it('unknown host: busybox and curl messages', () => {
    const c = base();
    expect(wget(c, 'nope').stderr).toBe("wget: bad address 'nope'\n");
    c.create(pod('curl', { image: 'curlimages/curl', command: ['sleep', '3600'] }));
    const r = c.exec({ name: 'curl' }, ['curl', 'http://nope']);
    expect(r.stderr).toBe('curl: (6) Could not resolve host: nope\n');
    expect(r.exitCode).toBe(6);
  });

  it('selector mismatch: no endpoints, connection refused; fixed by the right selector', () => {
    const c = base();
    c.create(service('web', { selector: { app: 'web', tier: 'frontend' } }));
    expect(c.get('Endpoints', 'web')?.subsets).toBeUndefined();
    const ip = c.get('Service', 'web')?.spec.clusterIP;
    expect(wget(c, 'web').stderr).toBe(`wget: can't connect to remote host (${ip}): Connection refused\n`);
    const vm = c.viewModel({ namespace: 'default' });
    const m = vm.matches.find((x) => x.service === 'default/web' && x.pod.startsWith('default/web-'));
    expect(m).toMatchObject({ matches: false, missing: ['tier'], different: [] });
    c.patch({ kind: 'Service', name: 'web' }, { spec: { selector: { tier: null } } }, 'merge');
    expect(wget(c, 'web').stdout).toBe(NGINX_WELCOME);
  });

  it('wrong targetPort: connection refused at the pod; fixed by the right targetPort', () => {
    const c = base();
    c.create(service('web', { ports: [{ port: 80, targetPort: 8080 }] }));
    const r = c.probe({ from: { pod: { name: 'client' } }, host: 'web', port: 80 });
    expect(r.outcome).toBe('refused');
    expect(r.hops.at(-1)?.detail).toMatch(/nothing listens on 8080\/TCP/);
    expect(wget(c, 'web').stderr).toMatch(
      /^wget: can't connect to remote host \(10\.\d+\.\d+\.\d+\): Connection refused\n$/,
    );
    c.patch(
      { kind: 'Service', name: 'web' },
      { spec: { ports: [{ port: 80, targetPort: 80 }] } },
      'strategic',
    );
    expect(wget(c, 'web').exitCode).toBe(0);
  });

  it('misspelled named port: the pod is skipped, so no endpoints', () => {
    const c = createCluster({ seed: 3 });
    c.create(
      deployment('api', {
        containers: [
          {
            name: 'api',
            image: 'hashicorp/http-echo',
            args: ['-text=hello', '-listen=:8080'],
            ports: [{ name: 'http-api', containerPort: 8080 }],
          },
        ],
      }),
    );
    c.create(service('api', { ports: [{ port: 80, targetPort: 'http_api' as string }] }));
    // underscore is not a valid IANA name → Invalid; a valid but wrong name gives no endpoints
    expect(c.get('Service', 'api')).toBeUndefined();
    c.create(service('api', { ports: [{ port: 80, targetPort: 'httpapi' }] }));
    c.create(client());
    expect(c.get('Endpoints', 'api')?.subsets).toBeUndefined();
    expect(wget(c, 'api').stderr).toMatch(/Connection refused/);
    c.patch(
      { kind: 'Service', name: 'api' },
      { spec: { ports: [{ port: 80, targetPort: 'http-api' }] } },
      'strategic',
    );
    expect(wget(c, 'api').stdout).toBe('hello\n');
  });

  it('ClusterIP from outside the cluster times out; the NodePort answers', () => {
    const c = base();
    c.create(service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }));
    const ip = c.get('Service', 'web')?.spec.clusterIP ?? '';
    const out = c.probe({ from: { outside: true }, host: ip, port: 80 });
    expect(out.outcome).toBe('timeout');
    expect(out.hops.at(-1)?.detail).toMatch(/virtual address/);
    // Every node answers on the NodePort, also the one without web pods (the control plane).
    for (const nodeIP of ['172.18.0.2', '172.18.0.3', '172.18.0.4']) {
      const r = c.probe({ from: { outside: true }, host: nodeIP, port: 30080 });
      expect(r.outcome).toBe('ok');
      expect(r.response?.body).toBe(NGINX_WELCOME);
    }
  });

  it('load balancer IP answers from outside', () => {
    const c = base();
    c.create(service('web', { type: 'LoadBalancer' }));
    const r = c.probe({ from: { outside: true }, host: '172.18.255.200', port: 80 });
    expect(r.outcome).toBe('ok');
    expect(r.hops.map((h) => h.kind)).toEqual([
      'client',
      'load-balancer',
      'node-port',
      'kube-proxy',
      'pod',
      'container',
    ]);
  });

  it('a UDP app behind a TCP Service fails; declaring UDP fixes it', () => {
    const c = base();
    c.create(
      deployment('dns', { image: 'example/dns-server', ports: [{ containerPort: 53, protocol: 'UDP' }] }),
    );
    c.create(service('dns', { ports: [{ port: 53 }] }));
    const ip = c.get('Service', 'dns')?.spec.clusterIP ?? '';
    const r = c.exec({ name: 'client' }, ['nslookup', 'kubernetes.default.svc.cluster.local', ip]);
    expect(r.stdout).toBe(';; connection timed out; no servers could be reached\n\n');
    const tcp = c.probe({ from: { pod: { name: 'client' } }, host: 'dns', port: 53 });
    expect(tcp.outcome).toBe('refused');
    expect(tcp.hops.at(-1)?.detail).toBe('53 is open for UDP only, not TCP');
    c.patch({ kind: 'Service', name: 'dns' }, { spec: { ports: [{ port: 53, protocol: 'UDP' }] } }, 'merge');
    const ok = c.exec({ name: 'client' }, ['nslookup', 'kubernetes.default.svc.cluster.local', ip]);
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain(`Server:\t\t${ip}`);
  });

  it('a pod IP hard-coded by a client breaks when the pod is replaced', () => {
    const c = base();
    const victim = c.list('Pod', { selector: { app: 'web' } })[0]!;
    const ip = victim.status?.podIP ?? '';
    expect(wget(c, ip).exitCode).toBe(0);
    c.delete({ kind: 'Pod', name: victim.metadata.name });
    expect(wget(c, ip).stderr).toBe('wget: download timed out\n');
  });

  it('curl and nc report like the real tools', () => {
    const c = base();
    c.create(service('web'));
    c.create(pod('curl', { image: 'curlimages/curl', command: ['sleep', '3600'] }));
    expect(c.exec({ name: 'curl' }, ['curl', '-s', 'http://web']).stdout).toBe(NGINX_WELCOME);
    const ip = c.get('Service', 'web')?.spec.clusterIP;
    expect(c.exec({ name: 'client' }, ['nc', '-zv', 'web', '80']).stderr).toBe(`web (${ip}:80) open\n`);
    expect(c.exec({ name: 'client' }, ['nc', '-zv', 'web', '81']).stderr).toBe(
      `nc: web (${ip}:81): Operation timed out\n`,
    );
    expect(c.exec({ name: 'client' }, ['ping', '-c', '1', 'web']).stdout).toContain('100% packet loss');
    const missing = c.exec({ name: 'client' }, ['curl', 'web']);
    expect(missing.exitCode).toBe(126);
  });
});

describe('stale kube-proxy rules after a container is removed behind the API', () => {
  it('times out from the affected node until kube-proxy restarts there', () => {
    const c = createCluster({ seed: 5 });
    c.create(deployment('catalog', { replicas: 2, image: 'nginx' }));
    c.create(service('catalog'));
    const victim = c.list('Pod', { selector: { app: 'catalog' } })[0]!;
    const node = victim.spec.nodeName ?? '';
    const other = node === 'kind-worker' ? 'kind-worker2' : 'kind-worker';
    c.create({ ...client('here'), spec: { ...client('here').spec, nodeName: node } });
    c.create({ ...client('there'), spec: { ...client('there').spec, nodeName: other } });
    const oldIP = victim.status?.podIP;
    expect(c.killContainer(node, { name: victim.metadata.name }).ok).toBe(true);

    const after = c.get('Pod', victim.metadata.name)!;
    expect(after.status?.phase).toBe('Running');
    expect(after.status?.podIP).not.toBe(oldIP);
    expect(after.status?.containerStatuses?.[0]?.restartCount).toBe(1);
    const epIPs = c.get('Endpoints', 'catalog')?.subsets?.[0]?.addresses?.map((a) => a.ip);
    expect(epIPs).toContain(after.status?.podIP);
    expect(epIPs).not.toContain(oldIP);
    expect(c.kubeProxy(node)?.stale).toBe(true);
    expect(
      c
        .kubeProxy(node)
        ?.rules.find((r) => r.service === 'default/catalog')
        ?.endpoints.map((e) => e.ip),
    ).toContain(oldIP);

    const outcomes = (from: string) =>
      new Set(
        Array.from(
          { length: 20 },
          () => c.probe({ from: { pod: { name: from } }, host: 'catalog', port: 80 }).outcome,
        ),
      );
    expect(outcomes('here')).toEqual(new Set(['ok', 'timeout']));
    expect(outcomes('there')).toEqual(new Set(['ok']));
    const t = Array.from({ length: 20 }, () =>
      c.probe({ from: { pod: { name: 'here' } }, host: 'catalog', port: 80 }),
    ).find((r) => r.outcome === 'timeout');
    expect(t?.hops.at(-1)?.detail).toMatch(/removed behind the API's back/);

    const proxyPod = c.kubeProxy(node)?.pod ?? '';
    const del = c.delete({ kind: 'Pod', name: proxyPod, namespace: 'kube-system' });
    expect(del.ok).toBe(true);
    expect(c.kubeProxy(node)?.stale).toBe(false);
    expect(c.kubeProxy(node)?.pod).not.toBe(proxyPod);
    expect(outcomes('here')).toEqual(new Set(['ok']));
  });
});

describe('commands outside pods', () => {
  it('a laptop reaches the NodePort with curl but not cluster names or ClusterIPs', () => {
    const c = base();
    c.create(service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }));
    const ok = c.execFrom({ outside: true }, ['curl', '-s', 'http://172.18.0.3:30080/']);
    expect(ok.stdout).toBe(NGINX_WELCOME);
    expect(c.execFrom({ outside: true }, ['curl', 'http://web']).stderr).toBe(
      'curl: (6) Could not resolve host: web\n',
    );
    const ip = c.get('Service', 'web')?.spec.clusterIP ?? '';
    const t = c.execFrom({ outside: true }, ['curl', '-m', '5', `http://${ip}`]);
    expect(t.stderr).toBe('curl: (28) Connection timed out after 5001 milliseconds\n');
    expect(c.execFrom({ outside: true }, ['wget', 'x']).exitCode).toBe(127);
  });

  it('a node reaches a ClusterIP through its own kube-proxy rules', () => {
    const c = base();
    c.create(service('web'));
    const ip = c.get('Service', 'web')?.spec.clusterIP ?? '';
    expect(c.execFrom({ node: 'kind-control-plane' }, ['curl', '-s', `http://${ip}`]).stdout).toBe(
      NGINX_WELCOME,
    );
  });
});
