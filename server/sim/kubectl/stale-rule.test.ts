/**
 * "The Phantom Outage": a container removed through the runtime behind the API's back; kube-proxy on
 * that node keeps a rule to the dead IP (some requests time out) until its pod is restarted with
 * `kubectl delete pod -n kube-system kube-proxy-xxxxx`.
 */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { runKubectl } from './index.js';

describe('stale kube-proxy rule', () => {
  it('times out part of the requests until kube-proxy on the node restarts', () => {
    const cluster = createCluster({ seed: 77 });
    const k = (line: string, stdin?: string) =>
      runKubectl(cluster, line, stdin === undefined ? {} : { stdin });
    k('kubectl create deployment catalog --image=nginx --replicas=4');
    k('kubectl expose deployment catalog --port=80');
    k(
      'kubectl apply -f -',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: client\nspec:\n  nodeName: kind-worker\n  containers:\n  - name: c\n    image: busybox\n    args: ["sleep", "3600"]\n',
    );
    const wide = k('kubectl get pods -l app=catalog -o wide --no-headers').stdout.trim().split('\n');
    const victim = wide.map((l) => l.split(/\s+/)).find((c) => c[6] === 'kind-worker');
    expect(victim).toBeDefined();
    const victimName = victim?.[0];
    const deadIP = victim?.[5];

    const kill = k(`node kill-container kind-worker ${victimName}`);
    expect(kill.exitCode).toBe(0);
    // The API looks healthy: the endpoints no longer list the dead IP.
    expect(k('kubectl get endpoints catalog').stdout).not.toContain(`${deadIP}:80`);
    expect(k('node rules kind-worker').stdout).toContain('STALE');

    const outcomes = (n: number) =>
      Array.from({ length: n }, () => k('kubectl exec client -- wget -qO- -T 2 catalog').exitCode === 0);
    const before = outcomes(24);
    expect(before.some((ok) => !ok)).toBe(true); // some requests hit the dead IP
    expect(before.some((ok) => ok)).toBe(true); // but not all: the "10% of requests" symptom

    const proxies = k('kubectl get pods -n kube-system -l k8s-app=kube-proxy -o wide --no-headers').stdout;
    const proxy = proxies
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/))
      .find((c) => c[6] === 'kind-worker')?.[0];
    expect(proxy).toMatch(/^kube-proxy-[a-z0-9]{5}$/);
    expect(k(`kubectl delete pod -n kube-system ${proxy}`).stdout).toBe(`pod "${proxy}" deleted\n`);
    expect(k('node rules kind-worker').stdout).not.toContain('STALE');
    expect(outcomes(24).every((ok) => ok)).toBe(true);
  });
});
