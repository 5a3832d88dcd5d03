import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { Tx, type ClusterState } from '../core/state.js';
import { service } from '../testing/fixtures.js';
import { servicesSelecting } from './service-selectors.js';

describe('servicesSelecting', () => {
  it('sees Services written earlier in the same transaction, after the index was first used', () => {
    const c = createCluster({ seed: 2 });
    c.create(service('web', { selector: { app: 'web' } }));
    const tx = new Tx(c.snapshot().state as ClusterState);
    const labels = { app: 'web', tier: 'front' };
    expect(servicesSelecting(tx, 'default', labels)).toEqual(['default/web']);
    // Both writes land in the transaction's own copy of the namespace record (same object identity).
    tx.put('Service', 'default', service('front', { selector: { tier: 'front' } }));
    tx.put('Service', 'default', service('all', { selector: {} }));
    expect(servicesSelecting(tx, 'default', labels).sort()).toEqual([
      'default/all',
      'default/front',
      'default/web',
    ]);
    tx.remove('Service', 'default', 'web');
    expect(servicesSelecting(tx, 'default', labels).sort()).toEqual(['default/all', 'default/front']);
    // Old labels count too: a pod relabelled out of a Service must leave its endpoints.
    expect(servicesSelecting(tx, 'default', { app: 'api' }, { tier: 'front' }).sort()).toEqual([
      'default/all',
      'default/front',
    ]);
    expect(servicesSelecting(tx, 'default', undefined, { app: 'api' })).toEqual(['default/all']);
  });
});
