/**
 * The module's seven "common mistakes", each reproduced through kubectl (it fails the way the module
 * says) and then fixed with kubectl commands.
 */
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../api.js';
import { createCluster } from '../index.js';
import { runKubectl } from './index.js';

function terminal(seed: number, opts: { loadBalancer?: boolean } = {}) {
  const cluster: Cluster = createCluster({ seed, ...opts });
  const k = (line: string, stdin?: string) => {
    const r = runKubectl(cluster, line, stdin === undefined ? {} : { stdin });
    return { ...r, all: r.stdout + r.stderr };
  };
  /** A one-shot busybox pod in the default namespace, like the module's `kubectl run test ...`. */
  const fromPod = (cmd: string) => k(`kubectl run t --image=busybox --restart=Never --rm -i -- ${cmd}`);
  return { cluster, k, fromPod };
}

const WELCOME = '<title>Welcome to nginx!</title>';

const svcYaml = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec.replace(/^/gm, '  ')}\n`;

describe('common mistakes', () => {
  it('1. selector does not match the pod labels: no endpoints, traffic goes nowhere', () => {
    const { k, fromPod } = terminal(101);
    k('kubectl create deployment web --image=nginx --replicas=2 --port=80');
    const apply = k(
      'kubectl apply -f -',
      svcYaml('web', 'selector:\n  app: web\n  tier: frontend\nports:\n- port: 80\n  targetPort: 80'),
    );
    expect(apply.stdout).toBe('service/web created\n');
    expect(k('kubectl get endpoints web').stdout).toMatch(/^web\s+<none>\s+\d+s$/m);
    expect(k('kubectl describe svc web').stdout).toMatch(/^Endpoints:\s+$/m);
    expect(k('kubectl get pods --show-labels').stdout).not.toContain('tier=frontend');
    const fail = fromPod('wget -qO- -T 2 web');
    expect(fail.exitCode).not.toBe(0);
    expect(fail.all).toMatch(/wget: can't connect to remote host \(10\.\d+\.\d+\.\d+\): Connection refused/);

    expect(k('kubectl set selector svc web app=web').stdout).toBe('service/web selector updated\n');
    const ep = k('kubectl get endpoints web').stdout;
    expect(ep).toMatch(/^web\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\s+\d+s$/m);
    expect(fromPod('wget -qO- web').stdout).toContain(WELCOME);
  });

  it('2. wrong targetPort: connection refused, nothing listens there', () => {
    const { k, fromPod } = terminal(102);
    k('kubectl create deployment web --image=nginx --replicas=2');
    k('kubectl apply -f -', svcYaml('web', 'selector:\n  app: web\nports:\n- port: 80\n  targetPort: 8080'));
    expect(k('kubectl get endpoints web').stdout).toMatch(/10\.244\.\d+\.\d+:8080/);
    const fail = fromPod('wget -qO- -T 2 web');
    expect(fail.all).toContain('Connection refused');

    expect(
      k(
        `kubectl patch svc web --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":80}]'`,
      ).stdout,
    ).toBe('service/web patched\n');
    expect(k('kubectl describe svc web').stdout).toMatch(/^TargetPort:\s+80\/TCP$/m);
    expect(fromPod('wget -qO- web').stdout).toContain(WELCOME);
  });

  it('3. using a pod IP instead of the Service name breaks when the pod is replaced', () => {
    const { k, fromPod } = terminal(103);
    k('kubectl create deployment payments --image=nginx --replicas=1');
    k('kubectl expose deployment payments --port=80');
    const pod = k('kubectl get pods -l app=payments -o name').stdout.trim();
    const oldIP = k(`kubectl get ${pod} -o jsonpath='{.status.podIP}'`).stdout;
    expect(oldIP).toMatch(/^10\.244\.\d+\.\d+$/);
    expect(fromPod(`wget -qO- -T 2 ${oldIP}`).stdout).toContain(WELCOME);

    expect(k(`kubectl delete ${pod}`).stdout).toBe(`${pod.replace('pod/', 'pod "')}" deleted\n`);
    const newIP = k("kubectl get pods -l app=payments -o jsonpath='{.items[0].status.podIP}'").stdout;
    expect(newIP).toMatch(/^10\.244\.\d+\.\d+$/);
    expect(newIP).not.toBe(oldIP);
    const stale = fromPod(`wget -qO- -T 2 ${oldIP}`);
    expect(stale.exitCode).not.toBe(0);
    expect(stale.all).toMatch(/download timed out|Connection refused|No route to host/);

    // The fix: the Service name, which follows the pods.
    expect(fromPod('wget -qO- payments').stdout).toContain(WELCOME);
    expect(fromPod('wget -qO- payments.default.svc.cluster.local').stdout).toContain(WELCOME);
  });

  it('4. forgetting protocol: UDP: the DNS server is never reached over the TCP-only Service', () => {
    const { k, fromPod } = terminal(104);
    const deploy = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: dns
spec:
  replicas: 1
  selector:
    matchLabels: {app: dns}
  template:
    metadata:
      labels: {app: dns}
    spec:
      containers:
      - name: dns
        image: example/tiny-dns
        ports:
        - containerPort: 53
          protocol: UDP
---
`;
    const r = k('kubectl apply -f -', deploy + svcYaml('dns', 'selector:\n  app: dns\nports:\n- port: 53'));
    expect(r.stdout).toBe('deployment.apps/dns created\nservice/dns created\n');
    expect(k('kubectl get svc dns').stdout).toMatch(/53\/TCP/);
    const fail = fromPod('nslookup kubernetes.default dns');
    expect(fail.exitCode).not.toBe(0);
    expect(fail.all).toContain('connection timed out; no servers could be reached');

    k(
      `kubectl patch svc dns --type=json -p '[{"op":"replace","path":"/spec/ports/0/protocol","value":"UDP"}]'`,
    );
    expect(k('kubectl get svc dns').stdout).toMatch(/53\/UDP/);
    const ok = fromPod('nslookup kubernetes.default dns');
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toMatch(/Name:\s+kubernetes\.default\.svc\.cluster\.local\nAddress: 10\.96\.0\.1/);
  });

  it('5. exposing every microservice as a LoadBalancer: one paid cloud load balancer each', () => {
    const { k, fromPod } = terminal(105);
    for (const app of ['cart', 'orders', 'users']) {
      k(`kubectl create deployment ${app} --image=nginx --port=80`);
      expect(k(`kubectl expose deployment ${app} --port=80 --type=LoadBalancer`).stdout).toBe(
        `service/${app} exposed\n`,
      );
    }
    const rows = k('kubectl get svc -l "app in (cart,orders,users)" --no-headers').stdout.trim().split('\n');
    const external = rows.map((r) => r.split(/\s+/)[3]);
    expect(rows).toHaveLength(3);
    for (const ip of external) expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(new Set(external).size).toBe(3); // three external IPs = three cloud load balancers

    // Internal services become ClusterIP; only the public entry point keeps a load balancer.
    for (const app of ['orders', 'users'])
      expect(k(`kubectl patch svc ${app} -p '{"spec":{"type":"ClusterIP"}}'`).stdout).toBe(
        `service/${app} patched\n`,
      );
    const after = k('kubectl get svc orders users --no-headers').stdout;
    expect(after).toMatch(/^orders\s+ClusterIP\s+\S+\s+<none>\s+80\/TCP\s/m);
    expect(after).toMatch(/^users\s+ClusterIP\s+\S+\s+<none>\s+80\/TCP\s/m);
    expect(fromPod('wget -qO- orders').stdout).toContain(WELCOME);
  });

  it('6. misconfigured named port: the targetPort name matches no container port', () => {
    const { k, fromPod } = terminal(106);
    const deploy = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
      - name: api
        image: hashicorp/http-echo
        args: ["-text=api ok", "-listen=:5678"]
        ports:
        - name: http-api
          containerPort: 5678
---
`;
    k(
      'kubectl apply -f -',
      deploy + svcYaml('api', 'selector:\n  app: api\nports:\n- port: 80\n  targetPort: http'),
    );
    expect(k('kubectl get endpoints api').stdout).toMatch(/^api\s+<none>\s/m);
    expect(fromPod('wget -qO- -T 2 api').all).toContain('Connection refused');

    k(
      `kubectl patch svc api --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":"http-api"}]'`,
    );
    expect(k('kubectl get endpoints api').stdout).toMatch(/10\.244\.\d+\.\d+:5678,10\.244\.\d+\.\d+:5678/);
    expect(k('kubectl describe svc api').stdout).toMatch(/^TargetPort:\s+http-api\/TCP$/m);
    expect(fromPod('wget -qO- api').stdout).toBe('api ok\npod "t" deleted\n');
  });

  it('7. NodePort for public traffic: clients must know a high port on a node IP', () => {
    const { k } = terminal(107);
    k('kubectl create deployment shop --image=nginx --replicas=2 --port=80');
    k('kubectl expose deployment shop --port=80 --type=NodePort');
    const nodePort = Number(k("kubectl get svc shop -o jsonpath='{.spec.ports[0].nodePort}'").stdout);
    expect(nodePort).toBeGreaterThanOrEqual(30000);
    const nodeIP = k("kubectl get node kind-worker -o jsonpath='{.status.addresses[0].address}'").stdout;
    // The standard port on the node answers nothing; only the odd high port does.
    expect(k(`curl http://${nodeIP}/`).stderr).toContain("Couldn't connect to server");
    expect(k(`curl -s http://${nodeIP}:${nodePort}/`).stdout).toContain(WELCOME);

    expect(k(`kubectl patch svc shop -p '{"spec":{"type":"LoadBalancer"}}'`).stdout).toBe(
      'service/shop patched\n',
    );
    const lbIP = k("kubectl get svc shop -o jsonpath='{.status.loadBalancer.ingress[0].ip}'").stdout;
    expect(lbIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(k(`curl -s http://${lbIP}/`).stdout).toContain(WELCOME);
  });
});
