/** describe pod, in kubectl v1.32's layout (describe.go describePod). */
import type { Container, Pod } from '../../types.js';
import { commandLines, containerPorts, env } from './describe-workloads.js';
import { DescribeWriter, rfc1123z } from './describe-writer.js';

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
