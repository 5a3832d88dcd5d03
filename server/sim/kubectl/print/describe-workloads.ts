/** describe pod / deployment / replicaset / node / namespace, in kubectl v1.32's layout. */
import type { Container, Deployment, Namespace, Node, Pod, ReplicaSet } from '../../types.js';
import { DescribeWriter, rfc1123z } from './describe-writer.js';
import { labelSelectorString, nodeRoles } from './rows.js';

export function containerPorts(w: DescribeWriter, level: number, c: Container): void {
  const ports = c.ports ?? [];
  if (ports.length === 0) {
    w.line(level, 'Port:', '<none>');
    w.line(level, 'Host Port:', '<none>');
    return;
  }
  const list = (f: (p: (typeof ports)[number]) => number) =>
    ports.map((p) => `${f(p)}/${p.protocol ?? 'TCP'}`).join(', ');
  const named = ports.length === 1 && ports[0]?.name ? ` (${ports[0].name})` : '';
  w.line(level, ports.length > 1 ? 'Ports:' : 'Port:', list((p) => p.containerPort) + named);
  w.line(
    level,
    ports.length > 1 ? 'Host Ports:' : 'Host Port:',
    list((p) => p.hostPort ?? 0),
  );
}

export function commandLines(w: DescribeWriter, level: number, c: Container): void {
  for (const [title, words] of [
    ['Command:', c.command],
    ['Args:', c.args],
  ] as const) {
    if (!words || words.length === 0) continue;
    w.line(level, title);
    for (const a of words) w.line(level + 1, a);
  }
}

export function env(w: DescribeWriter, level: number, c: Container): void {
  if (!c.env || c.env.length === 0) w.line(level, 'Environment:', '<none>');
  else {
    w.line(level, 'Environment:');
    for (const e of c.env) w.line(level + 1, `${e.name}:`, e.value ?? '');
  }
}

function podTemplate(w: DescribeWriter, t: Deployment['spec']['template']): void {
  w.line(0, 'Pod Template:');
  w.map(1, 'Labels', t.metadata?.labels);
  if (t.metadata?.annotations) w.map(1, 'Annotations', t.metadata.annotations, ': ');
  w.line(1, 'Containers:');
  for (const c of t.spec.containers) {
    w.line(1, ` ${c.name}:`);
    w.line(2, 'Image:', c.image);
    containerPorts(w, 2, c);
    commandLines(w, 2, c);
    env(w, 2, c);
    w.line(2, 'Mounts:', '<none>');
  }
  w.line(1, 'Volumes:', '<none>');
  w.line(1, 'Node-Selectors:', '<none>');
  w.line(1, 'Tolerations:', '<none>');
}

export function describeDeployment(d: Deployment, rs: ReplicaSet[]): string {
  const w = new DescribeWriter();
  const st = d.status ?? {};
  const want = d.spec.replicas ?? 1;
  w.line(0, 'Name:', d.metadata.name);
  w.line(0, 'Namespace:', d.metadata.namespace ?? 'default');
  w.line(0, 'CreationTimestamp:', rfc1123z(d.metadata.creationTimestamp));
  w.map(0, 'Labels', d.metadata.labels);
  w.map(0, 'Annotations', d.metadata.annotations, ': ');
  w.line(0, 'Selector:', labelSelectorString(d.spec.selector));
  w.line(
    0,
    'Replicas:',
    `${want} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable`,
  );
  const strategy = d.spec.strategy?.type ?? 'RollingUpdate';
  w.line(0, 'StrategyType:', strategy);
  w.line(0, 'MinReadySeconds:', String(d.spec.minReadySeconds ?? 0));
  if (strategy === 'RollingUpdate') {
    const ru = d.spec.strategy?.rollingUpdate;
    w.line(
      0,
      'RollingUpdateStrategy:',
      `${ru?.maxUnavailable ?? '25%'} max unavailable, ${ru?.maxSurge ?? '25%'} max surge`,
    );
  }
  podTemplate(w, d.spec.template);
  const conds = st.conditions ?? [];
  if (conds.length > 0) {
    w.line(0, 'Conditions:');
    w.line(1, 'Type', 'Status', 'Reason');
    w.line(1, '----', '------', '------');
    for (const c of conds) w.line(1, c.type, c.status, c.reason ?? '');
  }
  const hash = d.spec.template.metadata?.labels?.['pod-template-hash'];
  const owned = rs.filter((r) =>
    r.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid || o.name === d.metadata.name),
  );
  const current =
    owned.find((r) => (r.spec.replicas ?? 0) > 0 || r.metadata.labels?.['pod-template-hash'] === hash) ??
    owned[owned.length - 1];
  const old = owned.filter((r) => r !== current && (r.spec.replicas ?? 0) > 0);
  const fmt = (r: ReplicaSet) =>
    `${r.metadata.name} (${r.status?.replicas ?? 0}/${r.spec.replicas ?? 0} replicas created)`;
  w.line(0, 'OldReplicaSets:', old.length ? old.map(fmt).join(', ') : '<none>');
  w.line(0, 'NewReplicaSet:', current ? fmt(current) : '<none>');
  w.line(0, 'Events:', '<none>');
  return w.toString();
}

export function describeReplicaSet(r: ReplicaSet, pods: Pod[]): string {
  const w = new DescribeWriter();
  w.line(0, 'Name:', r.metadata.name);
  w.line(0, 'Namespace:', r.metadata.namespace ?? 'default');
  w.line(0, 'Selector:', labelSelectorString(r.spec.selector));
  w.map(0, 'Labels', r.metadata.labels);
  w.map(0, 'Annotations', r.metadata.annotations, ': ');
  const owner = r.metadata.ownerReferences?.find((o) => o.controller);
  if (owner) w.line(0, 'Controlled By:', `${owner.kind}/${owner.name}`);
  w.line(0, 'Replicas:', `${r.status?.replicas ?? 0} current / ${r.spec.replicas ?? 1} desired`);
  const count = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  w.line(
    0,
    'Pods Status:',
    `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`,
  );
  podTemplate(w, r.spec.template);
  w.line(0, 'Events:', '<none>');
  return w.toString();
}

export function describeNode(n: Node, pods: Pod[]): string {
  const w = new DescribeWriter();
  w.line(0, 'Name:', n.metadata.name);
  w.line(0, 'Roles:', nodeRoles(n));
  w.map(0, 'Labels', n.metadata.labels);
  w.map(0, 'Annotations', n.metadata.annotations, ': ');
  w.line(0, 'CreationTimestamp:', rfc1123z(n.metadata.creationTimestamp));
  const taints = n.spec.taints ?? [];
  w.line(
    0,
    'Taints:',
    taints.length
      ? taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ')
      : '<none>',
  );
  w.line(0, 'Unschedulable:', n.spec.unschedulable ? 'true' : 'false');
  w.line(0, 'Conditions:');
  w.line(1, 'Type', 'Status', 'Reason', 'Message');
  w.line(1, '----', '------', '------', '-------');
  for (const c of n.status.conditions) w.line(1, c.type, c.status, c.reason ?? '', c.message ?? '');
  w.line(0, 'Addresses:');
  for (const a of n.status.addresses) w.line(1, `${a.type}:`, a.address);
  w.line(0, 'System Info:');
  const i = n.status.nodeInfo;
  w.line(1, 'Kernel Version:', i.kernelVersion);
  w.line(1, 'OS Image:', i.osImage);
  w.line(1, 'Operating System:', i.operatingSystem);
  w.line(1, 'Architecture:', i.architecture);
  w.line(1, 'Container Runtime Version:', i.containerRuntimeVersion);
  w.line(1, 'Kubelet Version:', i.kubeletVersion);
  if (n.spec.podCIDR) w.line(0, 'PodCIDR:', n.spec.podCIDR);
  if (n.spec.podCIDRs) w.line(0, 'PodCIDRs:', n.spec.podCIDRs.join(','));
  w.line(0, 'Non-terminated Pods:', `(${pods.length} in total)`);
  w.line(1, 'Namespace', 'Name');
  w.line(1, '---------', '----');
  for (const p of pods) w.line(1, p.metadata.namespace ?? '', p.metadata.name);
  w.line(0, 'Events:', '<none>');
  return w.toString();
}

export function describeNamespace(ns: Namespace): string {
  const w = new DescribeWriter();
  w.line(0, 'Name:', ns.metadata.name);
  w.map(0, 'Labels', ns.metadata.labels);
  w.map(0, 'Annotations', ns.metadata.annotations, ': ');
  w.line(0, 'Status:', ns.status?.phase ?? 'Active');
  w.line(0, '');
  w.line(0, 'No resource quota.');
  w.line(0, '');
  w.line(0, 'No LimitRange resource.');
  return w.toString();
}
