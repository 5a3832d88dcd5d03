/**
 * The per-pod controllers: binding and admission (kube-scheduler picks a node for a pending pod, then
 * that node's kubelet gives it an IP), and the kubelet starting the containers of an admitted pod once
 * the rest of the cluster has settled.
 */
import { splitKey, type Tx } from '../core/state.js';
import type { Controller, ObjectChange } from './controller.js';
import { admitPod, startPod } from './kubelet.js';
import { schedule } from './scheduler.js';

function bindOrAdmit(tx: Tx, k: string): void {
  const [ns, name] = splitKey(k);
  const pod = tx.get('Pod', ns, name);
  if (!pod) return;
  if (!pod.spec.nodeName) {
    if (pod.status?.phase === 'Pending') schedule(tx, pod);
  } else admitPod(tx, pod);
}

export const podController: Controller = {
  name: 'pods',
  watches: [{ kind: 'Pod' }],
  reconcile: bindOrAdmit,
};

/** The kubelet just gave the pod its IP (admitPod): its containers are to be started. */
const admitted = ({ old, cur }: ObjectChange<'Pod'>): boolean =>
  !!cur?.status?.podIP && cur.status.phase === 'Pending' && !old?.status?.podIP;

export const containerController: Controller = {
  name: 'containers',
  watches: [{ kind: 'Pod', when: admitted }],
  reconcile: (tx, k) => {
    const [ns, name] = splitKey(k);
    startPod(tx, ns, name);
  },
  whenSettled: true,
};
