/**
 * Goals judge the cluster, not the commands: other correct fixes pass too, and tempting wrong ones
 * (or wrecking the setup) do not.
 */
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../sim/index.js';
import { runKubectl } from '../sim/kubectl/index.js';
import { allMet, checkGoals, instantiate, loadPuzzles } from './index.js';
import type { ParamValue } from './index.js';

const loaded = await loadPuzzles();
if (!loaded.ok) throw new Error('puzzles do not load');
const catalog = loaded.catalog;

type Params = Record<string, ParamValue> & Record<string, never>;
const str = (v: ParamValue | undefined, field?: string): string =>
  String(typeof v === 'object' ? v[field ?? ''] : v);

function attempt(id: string, commands: (p: Params, c: Cluster) => string[], seed = 3) {
  const puzzle = catalog.get(id);
  if (!puzzle) throw new Error(`no puzzle ${id}`);
  const inst = instantiate(puzzle, seed);
  const team = inst.cluster.fork();
  for (const line of commands(inst.params as Params, team)) {
    const r = runKubectl(team, line, { files: inst.files });
    expect(r.stderr, line).toBe('');
  }
  const results = checkGoals(team, inst);
  return { all: allMet(results), failed: results.filter((r) => !r.met).map((r) => r.id) };
}

describe('other correct fixes pass', () => {
  it('selector mismatch: label the pod template instead of changing the selector', () => {
    const r = attempt('selector-mismatch', (p) => [
      `kubectl patch deployment ${str(p.app)} -p '{"spec":{"template":{"metadata":{"labels":{"${str(p.extra, 'key')}":"${str(p.extra, 'value')}"}}}}}'`,
    ]);
    expect(r).toEqual({ all: true, failed: [] });
  });

  it('exposed cache: patch the type to ClusterIP in place', () => {
    const r = attempt('cache-exposed', (p) => [
      `kubectl patch svc ${str(p.cache)} -p '{"spec":{"type":"ClusterIP"}}'`,
    ]);
    expect(r).toEqual({ all: true, failed: [] });
  });

  it('removed label: a rollout restart replaces the pod with a labelled one', () => {
    const r = attempt('label-removed', (p) => [`kubectl rollout restart deployment ${str(p.app)}`]);
    expect(r).toEqual({ all: true, failed: [] });
  });

  it('stale rules: delete the node’s kube-proxy pod', () => {
    const r = attempt('stale-kube-proxy', (p, c) => {
      const proxy = c
        .list('Pod', { namespace: 'kube-system' })
        .find(
          (x) => x.metadata.labels?.['k8s-app'] === 'kube-proxy' && x.spec.nodeName === str(p.victimNode),
        );
      return [`kubectl delete pod -n kube-system ${proxy?.metadata.name ?? 'missing'}`];
    });
    expect(r).toEqual({ all: true, failed: [] });
  });

  it('node port: expose the deployment under the expected name', () => {
    const r = attempt('nodeport-out-of-range', (p) => [
      `kubectl expose deployment ${str(p.app)} --name=${str(p.app)}-external --type=NodePort --port=80`,
    ]);
    expect(r).toEqual({ all: true, failed: [] });
  });
});

describe('wrong or wrecking fixes fail', () => {
  it('UDP instead of TCP breaks the TCP path', () => {
    const r = attempt('udp-dns', (p) => [
      `kubectl patch svc ${str(p.svc)} --type=json -p '[{"op":"replace","path":"/spec/ports/0/protocol","value":"UDP"}]'`,
    ]);
    expect(r.failed).toEqual(['tcp']);
  });

  it('a NodePort Service whose selector matches nothing does not answer', () => {
    const r = attempt('nodeport-out-of-range', (p) => [
      `kubectl create service nodeport ${str(p.app)}-external --tcp=80:80 --node-port=30080`,
    ]);
    expect(r.failed).toEqual(['from-outside']);
  });

  it('copying the new pod IP works only until the next replacement', () => {
    const r = attempt('hardcoded-pod-ip', (p, c) => {
      const pod = c.list('Pod', { selector: { app: str(p.backend) } })[0];
      const url = `http://${pod?.status?.podIP ?? ''}:${str(p.appPort)}`;
      return [
        `kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"web","env":[{"name":"BACKEND_URL","value":"${url}"}]}]}}}}'`,
      ];
    });
    expect(r.failed).toEqual(['survives-restart', 'service']);
  });

  it('deleting the Service does not count as fixing its selector', () => {
    const r = attempt('label-removed', (p) => [`kubectl delete svc ${str(p.app)}`]);
    expect(r.failed).toEqual(['three-endpoints', 'selector-kept']);
  });
});
