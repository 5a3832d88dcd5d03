/** `kubectl describe TYPE [NAME_PREFIX]` for the kinds the module uses. */
import type { K8sObject } from '../../types.js';
import { CmdError, type Command, type Ctx } from '../context.js';
import { F } from '../flags.js';
import { describeEndpointSlice, describeEndpoints, describeService } from '../print/describe-network.js';
import {
  describeDeployment,
  describeNamespace,
  describeNode,
  describeReplicaSet,
} from '../print/describe-workloads.js';
import { describePod } from '../print/describe-pod.js';
import { parseResourceArgs } from '../resource-args.js';
import { RESOURCE_PLURAL } from '../resources.js';
import { listObjects, noResources, selectorFor } from './get.js';

function describeOne(ctx: Ctx, o: K8sObject): string {
  const ns = o.metadata.namespace ?? ctx.namespace;
  switch (o.kind) {
    case 'Pod':
      return describePod(o);
    case 'Service':
      return describeService(
        o,
        ctx.cluster.list('EndpointSlice', {
          namespace: ns,
          selector: { 'kubernetes.io/service-name': o.metadata.name },
        }),
      );
    case 'Endpoints':
      return describeEndpoints(o);
    case 'EndpointSlice':
      return describeEndpointSlice(o);
    case 'Deployment':
      return describeDeployment(o, ctx.cluster.list('ReplicaSet', { namespace: ns }));
    case 'ReplicaSet': {
      const sel = o.spec.selector.matchLabels ?? {};
      return describeReplicaSet(o, ctx.cluster.list('Pod', { namespace: ns, selector: sel }));
    }
    case 'Node':
      return describeNode(
        o,
        ctx.cluster.list('Pod', { namespace: null }).filter((p) => p.spec.nodeName === o.metadata.name),
      );
    case 'Namespace':
      return describeNamespace(o);
  }
}

function run(ctx: Ctx): void {
  if (ctx.args.length === 0)
    throw new CmdError(
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
    );
  const allNs = ctx.flags.bool('all-namespaces');
  const texts: string[] = [];
  let namespaced = false;
  for (const g of parseResourceArgs(ctx.args, 'describe')) {
    if (!g.kind) {
      for (const n of g.names) ctx.err(`Error from server (NotFound): ${g.word} "${n}" not found\n`);
      if (g.names.length > 0) ctx.fail();
      continue;
    }
    const kind = g.kind;
    namespaced ||= kind !== 'Node' && kind !== 'Namespace';
    const all = listObjects(ctx, kind, allNs, selectorFor(ctx, kind));
    if (g.names.length === 0) {
      texts.push(...all.map((o) => describeOne(ctx, o)));
      continue;
    }
    for (const name of g.names) {
      const exact = ctx.cluster.get(kind, name, ctx.namespace);
      // Like kubectl, fall back to every object whose name starts with the argument.
      const objs = exact ? [exact as K8sObject] : all.filter((o) => o.metadata.name.startsWith(name));
      if (objs.length === 0) {
        ctx.err(`Error from server (NotFound): ${RESOURCE_PLURAL[kind]} "${name}" not found\n`);
        ctx.fail();
      }
      texts.push(...objs.map((o) => describeOne(ctx, o)));
    }
  }
  if (texts.length === 0) {
    if (ctx.args.length === 1 && !ctx.args[0]?.includes('/')) ctx.err(noResources(ctx, allNs, namespaced));
    return;
  }
  ctx.out(texts.join('\n\n'));
}

export const describeCommand: Command = {
  path: ['describe'],
  operands: ['resources'],
  flags: [F.selector, F.allNamespaces, F.filename, { name: 'show-events', kind: 'bool' }],
  run,
};
