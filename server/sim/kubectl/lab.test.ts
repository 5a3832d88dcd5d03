/**
 * The module's hands-on lab ("Task: Create a deployment and expose it via Service"), replayed through
 * kubectl command lines and checked against its four success criteria.
 */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { runKubectl } from './index.js';

describe('hands-on lab: create a deployment and expose it via Service', () => {
  const cluster = createCluster({ seed: 2024 });
  const k = (line: string) => {
    const r = runKubectl(cluster, line);
    return { ...r, all: r.stdout + r.stderr };
  };

  it('1. creates the deployment with 3 nginx replicas', () => {
    expect(k('kubectl create deployment web --image=nginx --replicas=3').stdout).toBe(
      'deployment.apps/web created\n',
    );
    const pods = k('kubectl get pods -l app=web --no-headers').stdout.trim().split('\n');
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(p).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s/);
  });

  it('2-3. exposes it as ClusterIP with a cluster IP and three distinct endpoint IPs', () => {
    expect(k('kubectl expose deployment web --port=80').stdout).toBe('service/web exposed\n');
    const svc = k('kubectl get svc web').stdout.split('\n');
    expect(svc[0]).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE$/);
    expect(svc[1]).toMatch(/^web\s+ClusterIP\s+10\.(9[6-9]|1[01][0-9])\.\d+\.\d+\s+<none>\s+80\/TCP\s+\d+s$/);
    const ep = k('kubectl get endpoints web').stdout.split('\n')[1] ?? '';
    const addrs = (ep.split(/\s+/)[1] ?? '').split(',');
    expect(addrs).toHaveLength(3);
    for (const a of addrs) expect(a).toMatch(/^10\.244\.\d+\.\d+:80$/);
    expect(new Set(addrs.map((a) => a.split(':')[0])).size).toBe(3);
  });

  it('4. wget from a temporary busybox pod returns the nginx welcome page', () => {
    const r = k('kubectl run test --image=busybox --rm -it -- wget -qO- web');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(r.stdout.endsWith('pod "test" deleted\n')).toBe(true);
    expect(k('kubectl get pod test').stderr).toBe('Error from server (NotFound): pods "test" not found\n');
  });

  it('5-6. creates web-external as NodePort with a port in 30000-32767', () => {
    expect(k('kubectl expose deployment web --port=80 --type=NodePort --name=web-external').stdout).toBe(
      'service/web-external exposed\n',
    );
    const row = k('kubectl get svc web-external').stdout.split('\n')[1] ?? '';
    const m = /^web-external\s+NodePort\s+\S+\s+<none>\s+80:(\d+)\/TCP\s/.exec(row);
    expect(m).not.toBeNull();
    const nodePort = Number(m?.[1]);
    expect(nodePort).toBeGreaterThanOrEqual(30000);
    expect(nodePort).toBeLessThanOrEqual(32767);
    // And it really answers on every node's IP from outside the cluster.
    const nodeIP = k("kubectl get node kind-worker -o jsonpath='{.status.addresses[0].address}'").stdout;
    expect(k(`curl -s http://${nodeIP}:${nodePort}/`).stdout).toContain('Welcome to nginx!');
  });

  it('7. cleans up', () => {
    expect(k('kubectl delete deployment web').stdout).toBe('deployment.apps "web" deleted\n');
    expect(k('kubectl delete svc web web-external').stdout).toBe(
      'service "web" deleted\nservice "web-external" deleted\n',
    );
    expect(k('kubectl get deploy,svc -l app=web').stderr).toBe('No resources found in default namespace.\n');
    expect(k('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });
});
