/**
 * Cluster simulator benchmark (not a test): `npx tsx scripts/bench-sim.ts [--quick]`.
 * Builds a cluster of 50 nodes, 2,000 pods and 300 services, then times kubectl command lines and
 * engine calls (median and p95 over repeated runs). Results go into docs/performance.md by hand.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createCluster } from '../server/sim/index.js';
import type { Cluster } from '../server/sim/index.js';
import { runKubectl } from '../server/sim/kubectl/index.js';

const quick = process.argv.includes('--quick');
const NODES = 50;
const DEPLOYMENTS = 100;
const REPLICAS = 20; // 100 × 20 = 2,000 pods
const SERVICES = 300; // 3 per deployment
const RUNS = quick ? 10 : 50;

function stats(samples: number[]): { median: number; p95: number; min: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return { median: at(0.5), p95: at(0.95), min: s[0] as number };
}

/** Times `fn` per run, after an untimed `setup` step (finding a pod name is not part of the command). */
function timeWith<T>(setup: (i: number) => T, fn: (arg: T, i: number) => void, runs = RUNS): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const arg = setup(i);
    const t0 = performance.now();
    fn(arg, i);
    out.push(performance.now() - t0);
  }
  return out;
}

function time(fn: (i: number) => void, runs = RUNS): number[] {
  return timeWith(
    () => undefined,
    (_, i) => fn(i),
    runs,
  );
}

function k(cluster: Cluster, line: string): string {
  const r = runKubectl(cluster, line);
  if (r.exitCode !== 0) throw new Error(`${line}\n${r.stderr}`);
  return r.stdout;
}

const rows: Array<[string, number[]]> = [];
const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

const t0 = performance.now();
const cluster = createCluster({ seed: 1, nodes: NODES });
const tCreate = performance.now() - t0;

const buildSamples = time((i) => {
  k(cluster, `kubectl create deployment app-${i} --image=nginx --replicas=${REPLICAS} --port=80`);
}, DEPLOYMENTS);
rows.push(['build: create deployment (20 replicas)', buildSamples]);
const svcSamples = time((i) => {
  const d = i % DEPLOYMENTS;
  k(cluster, `kubectl expose deployment app-${d} --port=80 --name=svc-${i}`);
}, SERVICES);
rows.push(['build: expose (while building, 0→300 services)', svcSamples]);

const pods = cluster.list('Pod', { namespace: null }).length;
const services = cluster.list('Service', { namespace: null }).length;
const nodes = cluster.list('Node').length;

rows.push(['kubectl get pods -A', time(() => k(cluster, 'kubectl get pods -A'))]);
rows.push(['kubectl get pods -A -o wide', time(() => k(cluster, 'kubectl get pods -A -o wide'))]);
rows.push(['kubectl get pods -l app=app-7', time(() => k(cluster, 'kubectl get pods -l app=app-7'))]);
rows.push(['kubectl get svc -A', time(() => k(cluster, 'kubectl get svc -A'))]);
rows.push(['kubectl get endpoints svc-42', time(() => k(cluster, 'kubectl get endpoints svc-42'))]);
rows.push(['kubectl describe svc svc-42', time(() => k(cluster, 'kubectl describe svc svc-42'))]);
rows.push([
  'kubectl expose deployment (at full size)',
  time((i) => k(cluster, `kubectl expose deployment app-${i % DEPLOYMENTS} --port=80 --name=extra-${i}`)),
]);
rows.push(['kubectl delete svc (at full size)', time((i) => k(cluster, `kubectl delete svc extra-${i}`))]);
rows.push([
  'kubectl scale deployment +1 replica (one new pod)',
  time((i) => k(cluster, `kubectl scale deployment app-${i % DEPLOYMENTS} --replicas=21`)),
]);
const podOf = (d: number, n = 0) =>
  cluster.list('Pod', { selector: { app: `app-${d}` } })[n]?.metadata.name ?? 'missing';
rows.push([
  'kubectl delete pod (its ReplicaSet replaces it)',
  timeWith(
    (i) => podOf(i % DEPLOYMENTS),
    (pod) => k(cluster, `kubectl delete pod ${pod}`),
  ),
]);
rows.push([
  'kubectl label pod (adds a label)',
  timeWith(
    (i) => podOf(i % DEPLOYMENTS, 1),
    (pod, i) => k(cluster, `kubectl label pod ${pod} tier=edge-${i} --overwrite`),
  ),
]);
rows.push([
  'kubectl set selector svc (endpoints recomputed)',
  time((i) => k(cluster, `kubectl set selector svc svc-${i % SERVICES} app=app-${(i + 1) % DEPLOYMENTS}`)),
]);
const manifest = (i: number) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: applied-${i}\nspec:\n  selector:\n    app: app-${i % DEPLOYMENTS}\n  ports:\n  - port: 80\n    targetPort: 80\n`;
rows.push([
  'kubectl apply -f service.yaml',
  time((i) => {
    const r = runKubectl(cluster, 'kubectl apply -f service.yaml', {
      files: { 'service.yaml': manifest(i) },
    });
    if (r.exitCode !== 0) throw new Error(r.stderr);
  }),
]);
rows.push([
  'kubectl describe pod',
  timeWith(
    (i) => podOf(i % DEPLOYMENTS),
    (pod) => k(cluster, `kubectl describe pod ${pod}`),
  ),
]);
rows.push([
  'kubectl rollout restart deployment (20 pods replaced)',
  time((i) => k(cluster, `kubectl rollout restart deployment app-${i % DEPLOYMENTS}`)),
]);
k(cluster, 'kubectl run client --image=busybox -- sleep 3600');
const client = 'client';
rows.push([
  'traffic probe (pod → svc name → endpoint)',
  time((i) => {
    const r = cluster.probe({ from: { pod: { name: client } }, host: `svc-${i % SERVICES}`, port: 80 });
    if (r.outcome !== 'ok') throw new Error(`probe ${r.outcome}`);
  }),
]);
rows.push([
  'kubectl exec POD -- wget -qO- svc-N',
  time((i) => k(cluster, `kubectl exec ${client} -- wget -qO- svc-${i % SERVICES}`)),
]);
rows.push(['fork()', time(() => void cluster.fork())]);
rows.push([
  'fork() + one write in the fork',
  time(
    (i) => void runKubectl(cluster.fork(), `kubectl scale deployment app-${i % DEPLOYMENTS} --replicas=19`),
  ),
]);
rows.push(['snapshot()', time(() => void cluster.snapshot(), quick ? 3 : 10)]);

console.log(`cluster: ${nodes} nodes, ${pods} pods, ${services} services (createCluster ${fmt(tCreate)} ms)`);
console.log(
  `node ${process.version}, ${RUNS} runs per row, times in ms, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
console.log('| Operation | median | p95 | min |');
console.log('|---|---:|---:|---:|');
for (const [name, samples] of rows) {
  const s = stats(samples);
  console.log(`| ${name} | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.min)} |`);
}
