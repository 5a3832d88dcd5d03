/** Random command lines never throw and always answer with kubectl-shaped results. */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { runKubectl } from './index.js';

const WORDS = [
  'kubectl',
  'get',
  'describe',
  'create',
  'expose',
  'apply',
  'delete',
  'scale',
  'label',
  'annotate',
  'set',
  'selector',
  'patch',
  'edit',
  'run',
  'exec',
  'logs',
  'rollout',
  'restart',
  'status',
  'deployment',
  'service',
  'svc',
  'pods',
  'po',
  'ep',
  'endpointslices',
  'nodes',
  'ns',
  'all',
  'web',
  'web/x',
  'deploy/web',
  'nodeport',
  'clusterip',
  'loadbalancer',
  '-n',
  'kube-system',
  '-A',
  '-o',
  'yaml',
  'json',
  'wide',
  'name',
  'jsonpath={.x',
  'custom-columns=A',
  '-l',
  'app=web',
  'a in (',
  '!',
  '--port=80',
  '--port',
  'abc',
  '--target-port=http',
  '--type=NodePort',
  '--replicas=3',
  '--replicas=-1',
  '--image=nginx',
  '--image=busybox',
  '--tcp=80:8080',
  '--tcp=99999',
  '--node-port=1',
  '-p',
  '{"spec":{}}',
  '--type=json',
  '[]',
  '--',
  'wget',
  '-qO-',
  'sh',
  '-c',
  'a=b',
  'a-',
  '--overwrite',
  '-f',
  '-',
  'x.yaml',
  '--rm',
  '-it',
  '-i',
  '--restart=Never',
  '"unclosed',
  "'",
  '\\',
  '--sort-by=.metadata.name',
  '--field-selector',
  'status.phase=Running',
  '--dry-run=client',
  'node',
  'kill-container',
  'kind-worker',
  'curl',
  'http://10.96.0.1',
  '-m',
  '1',
];

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('robustness', () => {
  it('answers 600 random command lines without throwing', () => {
    const cluster = createCluster({ seed: 5 });
    runKubectl(cluster, 'kubectl create deployment web --image=nginx --replicas=2 --port=80');
    runKubectl(cluster, 'kubectl expose deployment web --port=80');
    const rnd = lcg(42);
    for (let i = 0; i < 600; i++) {
      const n = 1 + Math.floor(rnd() * 7);
      const words = Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)] as string);
      const line = (rnd() < 0.8 ? 'kubectl ' : '') + words.join(' ');
      const r = runKubectl(cluster, line, { stdin: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n' });
      expect(typeof r.stdout).toBe('string');
      expect(typeof r.stderr).toBe('string');
      expect(Number.isInteger(r.exitCode)).toBe(true);
      if (r.exitCode !== 0) expect(r.stderr.length).toBeGreaterThan(0);
      // Internal errors would surface as bare JS messages; everything must look like a terminal's answer.
      expect(r.stderr).not.toMatch(/TypeError|ReferenceError|undefined is not|Cannot read properties/);
    }
  });
});
