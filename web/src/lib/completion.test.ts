import { describe, expect, it } from 'vitest';
import {
  applyCompletion,
  candidateColumns,
  commonPrefix,
  complete,
  completionSource,
  deploymentOf,
  namespaceOf,
} from './completion.js';
import { brokenCluster } from './test-cluster.js';

const src = completionSource(brokenCluster(), ['fix.yaml', 'web.yaml']);
const at = (line: string) => complete(line, line.length, src);

describe('complete', () => {
  it('completes programs and kubectl commands', () => {
    expect(at('kub').replacement).toBe('kubectl ');
    expect(at('kubectl de').candidates).toEqual(['delete', 'describe']);
    expect(at('kubectl de').replacement).toBe('de');
    expect(at('kubectl desc').replacement).toBe('describe ');
    expect(at('k g').replacement).toBe('get ');
    expect(at('ls').candidates).toEqual([]);
  });

  it('completes subcommands', () => {
    expect(at('kubectl create service n').replacement).toBe('nodeport ');
    expect(at('kubectl set s').replacement).toBe('selector ');
    expect(at('kubectl rollout r').replacement).toBe('restart ');
  });

  it('completes kinds and then names of that kind in the namespace', () => {
    expect(at('kubectl get s').replacement).toBe('services ');
    expect(at('kubectl get svc ').candidates).toEqual(['db', 'frontend']);
    expect(at('kubectl describe pod fr').replacement).toBe('frontend-5d8c7b9f4-');
    expect(at('kubectl get svc -n kube-system ').candidates).toEqual(['kube-dns']);
    expect(at('kubectl get svc -A k').candidates).toEqual(['kube-dns']);
    expect(at('kubectl get deploy ').candidates).toEqual(['frontend']);
    expect(at('kubectl set selector svc fr').replacement).toBe('frontend ');
    expect(at('kubectl get nodes ').candidates).toEqual([
      'kind-control-plane',
      'kind-worker',
      'kind-worker2',
    ]);
  });

  it('completes kind/name words', () => {
    expect(at('kubectl describe svc/d').replacement).toBe('svc/db ');
  });

  it('completes pods for exec and logs, and node commands', () => {
    expect(at('kubectl logs db').replacement).toBe('db-0 ');
    expect(at('kubectl exec -it d').replacement).toBe('db-0 ');
    expect(at('node r').candidates).toEqual(['restart-kube-proxy', 'rules']);
    expect(at('node rules kind-w').replacement).toBe('kind-worker');
    expect(at('node kill-container kind-worker d').replacement).toBe('db-0 ');
  });

  it('completes flags and their values', () => {
    expect(at('kubectl get pods --show').candidates).toEqual(['--show-kind', '--show-labels']);
    expect(at('kubectl get pods --show-l').replacement).toBe('--show-labels ');
    expect(at('kubectl get pods -n kube').replacement).toBe('kube-system ');
    expect(at('kubectl apply -f f').replacement).toBe('fix.yaml ');
    expect(at('kubectl get svc -o w').replacement).toBe('wide ');
    expect(at('kubectl get svc -o js').candidates).toEqual(['json', 'jsonpath=']);
    expect(at('kubectl get svc -o jsonp').replacement).toBe('jsonpath=');
    expect(at('kubectl get pods -l a').candidates).toEqual([]);
  });

  it("offers the flags of the command being typed (the sim's command table)", () => {
    expect(at('kubectl get pods -').candidates).toContain('--show-labels');
    expect(at('kubectl get pods -').candidates).not.toContain('--image');
    expect(at('kubectl run t --im').candidates).toEqual(['--image', '--image-pull-policy']);
    expect(at('kubectl exec db-0 -').candidates).toEqual(
      expect.arrayContaining(['-it', '--container', '--']),
    );
    expect(at('kubectl create service nodeport web --node').replacement).toBe('--node-port ');
    expect(at('kubectl create deploy web --rep').replacement).toBe('--replicas ');
    // Global flags everywhere, and alone before the command.
    expect(at('kubectl get pods --names').replacement).toBe('--namespace ');
    expect(at('kubectl -').candidates).toEqual([
      '--',
      '--context',
      '--kubeconfig',
      '--namespace',
      '--v',
      '-n',
      '-v',
    ]);
    // Spelled with the value a learner wants.
    expect(at('kubectl create deployment web --image=nginx --dry').replacement).toBe('--dry-run=client ');
    expect(at('kubectl run t --image=busybox --rest').replacement).toBe('--restart=Never ');
  });

  it('offers subcommands without their aliases, and completes after an alias', () => {
    expect(at('kubectl create ').candidates).toEqual(['deployment', 'namespace', 'service']);
    expect(at('kubectl create svc ').candidates).toEqual([
      'clusterip',
      'externalname',
      'loadbalancer',
      'nodeport',
    ]);
    expect(at('kubectl config ').candidates).toEqual(['current-context', 'get-contexts', 'set-context']);
  });

  it('offers nothing for words that only look like keys', () => {
    expect(at('kubectl get constructor ').candidates).toEqual([]);
    expect(at('kubectl constructor ').candidates).toEqual([]);
    expect(at('kubectl get toString/').candidates).toEqual([]);
  });

  it('completes in the middle of a line without doubling the space', () => {
    const line = 'kubectl desc svc web';
    const c = complete(line, 12, src);
    expect(applyCompletion(line, 12, c)).toEqual({ text: 'kubectl describe svc web', cursor: 16 });
  });
});

describe('helpers', () => {
  it('finds the namespace of a line', () => {
    expect(namespaceOf(['get', 'pods'])).toBe('default');
    expect(namespaceOf(['get', '-n', 'x'])).toBe('x');
    expect(namespaceOf(['--namespace=y'])).toBe('y');
    expect(namespaceOf(['-nz'])).toBe('z');
    expect(namespaceOf(['get', '-A'])).toBeNull();
  });

  it('derives Deployment names and common prefixes', () => {
    expect(deploymentOf('web-5d8c7b9f4')).toBe('web');
    expect(deploymentOf('web')).toBe('web');
    expect(commonPrefix(['delete', 'describe'])).toBe('de');
    expect(commonPrefix([])).toBe('');
  });

  it('lays candidates out in columns', () => {
    expect(candidateColumns(['aa', 'b', 'c'], 8)).toBe('aa  b\r\nc');
    expect(candidateColumns([], 80)).toBe('');
  });
});
