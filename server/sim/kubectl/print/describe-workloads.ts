/** describe pod / deployment / replicaset / node / namespace, in kubectl v1.32's layout. */
import type { Container, Deployment, Namespace, Node, Pod, ReplicaSet } from '../../types.js';
import { DescribeWriter, rfc1123z } from './describe-writer.js';
import { labelSelectorString, nodeRoles } from './rows.js';

function containerPorts(w: DescribeWriter, level: number, c: Container): void {
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

function commandLines(w: DescribeWriter, level: number, c: Container): void {
  for (const [title, words] of [
    ['Command:', c.command],
    ['Args:', c.args],
  ] as const) {
    if (!words || words.length === 0) continue;
    w.line(level, title);
    for (const a of words) w.line(level + 1, a);
  }
}

function env(w: DescribeWriter, level: number, c: Container): void {
  if (!c.env || c.env.length === 0) w.line(level, 'Environment:', '<none>');
  else {
    w.line(level, 'Environment:');
    for (const e of c.env) w.line(level + 1, `${e.name}:`, e.value ?? '');
  }
}

export function describePod(pod: Pod): string {
  const w = new DescribeWriter();
  const st = pod.status;
  w.line(0, 'Name:', pod.metadata.name);
  w.line(0, 'Namespace:', pod.metadata.namespace ?? 'default');
  w.line(0, 'Priority:', '0');
  w.line(0, 'Service Account:', pod.spec.serviceAccountName ?? 'default');
  w.line(0, 'Node:', pod.spec.nodeName ? `${pod.spec.nodeName}/${st?.hostIP ?? ''}` : '<none>');
  if (st?.startTime) w.line(0, 'Start Time:', rfc1123z(st.startTime));
  w.map(0, 'Labels', pod.metadata.labels);
  w.map(0, 'Annotations', pod.metadata.annotations, ': ');
  if (pod.metadata.deletionTimestamp) w.line(0, 'Status:', `Terminating (lasts ${'<unknown>'})`);
  else w.line(0, 'Status:', st?.phase ?? 'Pending');
  if (st?.reason) w.line(0, 'Reason:', st.reason);
  if (st?.message) w.line(0, 'Message:', st.message);
  w.line(0, 'IP:', st?.podIP ?? '');
  if (st?.podIPs?.length) {
    w.line(0, 'IPs:');
    for (const ip of st.podIPs) w.line(1, 'IP:', ip.ip);
  } else w.line(0, 'IPs:', '<none>');
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
  if (owner) w.line(0, 'Controlled By:', `${owner.kind}/${owner.name}`);
  w.line(0, 'Containers:');
  for (const c of pod.spec.containers) {
    const cs = st?.containerStatuses?.find((s) => s.name === c.name);
    w.line(1, `${c.name}:`);
    w.line(2, 'Container ID:', cs?.containerID ?? '');
    w.line(2, 'Image:', c.image);
    w.line(2, 'Image ID:', cs?.imageID ?? '');
    containerPorts(w, 2, c);
    commandLines(w, 2, c);
    const state = cs?.state;
    if (state?.running) {
      w.line(2, 'State:', 'Running');
      w.line(3, 'Started:', rfc1123z(state.running.startedAt));
    } else if (state?.terminated) {
      w.line(2, 'State:', 'Terminated');
      w.line(3, 'Reason:', state.terminated.reason);
      w.line(3, 'Exit Code:', String(state.terminated.exitCode));
      if (state.terminated.startedAt) w.line(3, 'Started:', rfc1123z(state.terminated.startedAt));
      if (state.terminated.finishedAt) w.line(3, 'Finished:', rfc1123z(state.terminated.finishedAt));
    } else {
      w.line(2, 'State:', 'Waiting');
      w.line(3, 'Reason:', state?.waiting?.reason ?? 'ContainerCreating');
    }
    const last = cs?.lastState?.terminated;
    if (last) {
      w.line(2, 'Last State:', 'Terminated');
      w.line(3, 'Reason:', last.reason);
      w.line(3, 'Exit Code:', String(last.exitCode));
    }
    w.line(2, 'Ready:', cs?.ready ? 'True' : 'False');
    w.line(2, 'Restart Count:', String(cs?.restartCount ?? 0));
    if (c.readinessProbe) w.line(2, 'Readiness:', probeText(c.readinessProbe));
    env(w, 2, c);
    w.line(2, 'Mounts:', '<none>');
  }
  const conds = st?.conditions ?? [];
  if (conds.length > 0) {
    w.line(0, 'Conditions:');
    w.line(1, 'Type', 'Status');
    for (const c of conds) w.line(1, `${c.type} `, `${c.status} `);
  }
  w.line(0, 'Volumes:', '<none>');
  w.line(0, 'QoS Class:', st?.qosClass ?? 'BestEffort');
  w.map(0, 'Node-Selectors', pod.spec.nodeSelector, '=');
  const tol = pod.spec.tolerations ?? [];
  if (tol.length === 0) w.line(0, 'Tolerations:', '<none>');
  tol.forEach((t, i) => {
    const op = t.operator === 'Exists' ? ' op=Exists' : '';
    const secs = t.tolerationSeconds != null ? ` for ${t.tolerationSeconds}s` : '';
    const v = t.value ? `=${t.value}` : '';
    w.line(
      0,
      i === 0 ? 'Tolerations:' : '',
      `${t.key ?? ''}${v}${t.effect ? `:${t.effect}` : ''}${op}${secs}`,
    );
  });
  w.line(0, 'Events:', '<none>');
  return w.toString();
}

function probeText(p: NonNullable<Container['readinessProbe']>): string {
  const how = p.httpGet
    ? `http-get http://:${p.httpGet.port}${p.httpGet.path ?? '/'}`
    : p.tcpSocket
      ? `tcp-socket :${p.tcpSocket.port}`
      : `exec [${(p.exec?.command ?? []).join(' ')}]`;
  return `${how} delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
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
