import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { Tx, type ClusterState } from '../core/state.js';
import type { Pod } from '../types.js';
import { deployment, pod, service } from '../testing/fixtures.js';
import type { Controller, ObjectChange } from './controller.js';
import { CONTROLLERS, Registry } from './registry.js';

const freshTx = () => new Tx(createCluster({ seed: 3 }).snapshot().state as ClusterState);

/** A controller that records what it reconciles (and, optionally, does something for each key). */
function recorder(
  name: string,
  watches: Controller['watches'],
  log: string[],
  act?: (tx: Tx, key: string) => void,
  whenSettled?: boolean,
): Controller {
  return {
    name,
    watches,
    reconcile: (tx, key) => {
      log.push(`${name} ${key}`);
      act?.(tx, key);
    },
    ...(whenSettled ? { whenSettled } : {}),
  };
}

describe('controller registry', () => {
  it('runs the cluster controllers in the documented order', () => {
    expect(CONTROLLERS.map((c) => c.name)).toEqual([
      'daemons',
      'deployment',
      'replicaset',
      'pods',
      'endpoints',
      'containers',
    ]);
  });

  it('routes a write to the watches of its kind, filtered by change type and predicate', () => {
    const log: string[] = [];
    const svc = recorder('svc', [{ kind: 'Service', on: ['added'] }], log);
    const named = recorder(
      'named',
      [{ kind: 'Service', when: (c) => c.name.startsWith('a'), enqueue: (_, c) => [`x/${c.name}`] }],
      log,
    );
    const pods = recorder('pods', [{ kind: 'Pod' }], log);
    const r = new Registry([svc, named, pods], { kind: 'Pod', by: pods });
    const tx = freshTx();
    tx.put('Service', 'default', service('api'));
    tx.put('Service', 'default', service('web'));
    r.converge(tx);
    expect(log).toEqual(['svc default/api', 'svc default/web', 'named x/api']);
    log.length = 0;
    tx.remove('Service', 'default', 'api');
    r.converge(tx);
    expect(log).toEqual(['named x/api']);
  });

  it('coalesces pod changes and delivers them at the stage that owns them, oldest old first', () => {
    const log: string[] = [];
    const seen: ObjectChange<'Pod'>[] = [];
    const before = recorder('before', [{ kind: 'Pod' }], log, (tx, key) => {
      // Writes a second pod: that change waits for the next delivery, in the stage of `at`.
      if (key === 'default/a') tx.put('Pod', 'default', pod('b'));
    });
    const at = recorder('at', [{ kind: 'Pod', enqueue: (_, c) => (seen.push(c), [c.key]) }], log);
    const r = new Registry([before, at], { kind: 'Pod', by: at });
    const tx = freshTx();
    tx.put('Pod', 'default', pod('a', { labels: { v: '1' } }));
    tx.put('Pod', 'default', pod('a', { labels: { v: '2' } }));
    r.converge(tx);
    expect(seen.map((c) => [c.name, c.type, c.old?.metadata.labels?.v, c.cur?.metadata.labels?.v])).toEqual([
      ['a', 'added', undefined, '2'],
      ['b', 'added', undefined, undefined],
    ]);
    // `before` hears of pod a only in the round after `at` delivered it.
    expect(log).toEqual(['at default/a', 'before default/a', 'at default/b', 'before default/b']);
  });

  it('runs a whenSettled controller only once every other queue is empty', () => {
    const log: string[] = [];
    const chain = recorder('chain', [{ kind: 'Service' }], log, (tx, key) => {
      const n = Number(key.split('-')[1]);
      if (n < 3) tx.put('Service', 'default', service(`s-${n + 1}`));
    });
    const last = recorder('last', [{ kind: 'Service' }], log, undefined, true);
    const r = new Registry([last, chain], { kind: 'Pod', by: chain });
    const tx = freshTx();
    tx.put('Service', 'default', service('s-1'));
    r.converge(tx);
    expect(log).toEqual([
      'chain default/s-1',
      'chain default/s-2',
      'chain default/s-3',
      'last default/s-1',
      'last default/s-2',
      'last default/s-3',
    ]);
  });

  it('gives up after 200 rounds of controllers waking each other', () => {
    let n = 0;
    const ping = recorder('ping', [{ kind: 'Service' }], [], (tx) => {
      tx.put('Pod', 'default', pod(`p${n++}`));
    });
    const pong = recorder('pong', [{ kind: 'Pod' }], [], (tx) => {
      tx.put('Service', 'default', service(`s${n++}`));
    });
    const r = new Registry([ping, pong], { kind: 'Pod', by: pong });
    const tx = freshTx();
    tx.put('Service', 'default', service('start'));
    expect(() => r.converge(tx)).toThrow('controllers did not converge');
  });

  it('a pod change enqueues its ReplicaSet and the Services selecting it', () => {
    const c = createCluster({ seed: 4 });
    c.create(deployment('web', { replicas: 1 }));
    c.create(service('web'));
    c.create(service('other', { selector: { app: 'other' } }));
    const tx = new Tx(c.snapshot().state as ClusterState);
    const cur = c.list('Pod', { selector: { app: 'web' } })[0] as Pod;
    const rs = c.list('ReplicaSet')[0]?.metadata.name;
    const old: Pod = { ...cur, status: { ...cur.status, phase: 'Pending', conditions: [] } };
    const change: ObjectChange<'Pod'> = {
      type: 'updated',
      ns: 'default',
      name: cur.metadata.name,
      key: `default/${cur.metadata.name}`,
      old,
      cur,
    };
    const enqueued = (name: string) =>
      CONTROLLERS.find((x) => x.name === name)?.watches.flatMap((w) => {
        if (w.kind !== 'Pod' || w.on?.includes(change.type) === false) return [];
        if (w.when && !w.when(change)) return [];
        return [...(w.enqueue?.(tx, change) ?? [change.key])];
      });
    expect(enqueued('replicaset')).toEqual([`default/${rs}`]);
    expect(enqueued('endpoints')).toEqual(['default/web']);
    expect(enqueued('pods')).toEqual([change.key]);
    // Not in kube-system, not coming or going: the daemons do not care.
    expect(enqueued('daemons')).toEqual([]);
  });
});
