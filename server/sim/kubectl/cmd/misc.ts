/** Small informational commands learners type: api-resources, version, cluster-info, config. */
import { CmdError, usageError, type Command } from '../context.js';
import { F } from '../flags.js';
import { renderTable } from '../print/table.js';

const RESOURCES: string[][] = [
  ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'],
  ['endpoints', 'ep', 'v1', 'true', 'Endpoints'],
  ['namespaces', 'ns', 'v1', 'false', 'Namespace'],
  ['nodes', 'no', 'v1', 'false', 'Node'],
  ['pods', 'po', 'v1', 'true', 'Pod'],
  ['services', 'svc', 'v1', 'true', 'Service'],
  ['deployments', 'deploy', 'apps/v1', 'true', 'Deployment'],
  ['replicasets', 'rs', 'apps/v1', 'true', 'ReplicaSet'],
  ['endpointslices', '', 'discovery.k8s.io/v1', 'true', 'EndpointSlice'],
];

const apiResources: Command = {
  path: ['api-resources'],
  flags: [F.output, F.noHeaders, { name: 'namespaced', kind: 'bool' }, { name: 'api-group', kind: 'string' }],
  run(ctx) {
    let rows = RESOURCES.slice(1);
    if (ctx.flags.has('namespaced')) rows = rows.filter((r) => r[3] === String(ctx.flags.bool('namespaced')));
    if (ctx.flags.has('api-group')) {
      const g = ctx.flags.str('api-group');
      rows = rows.filter((r) => (r[2]?.includes('/') ? r[2].split('/')[0] : '') === g);
    }
    if (ctx.flags.str('output') === 'name') {
      ctx.out(rows.map((r) => `${r[0]}${r[2]?.includes('/') ? `.${r[2].split('/')[0]}` : ''}\n`).join(''));
      return;
    }
    ctx.out(renderTable(ctx.flags.bool('no-headers') ? rows : [RESOURCES[0] as string[], ...rows]));
  },
};

const version: Command = {
  path: ['version'],
  flags: [F.output, { name: 'client', kind: 'bool' }, { name: 'short', kind: 'bool' }],
  run(ctx) {
    ctx.out('Client Version: v1.32.0\nKustomize Version: v5.5.0\n');
    if (!ctx.flags.bool('client')) ctx.out('Server Version: v1.32.0\n');
  },
};

const clusterInfo: Command = {
  path: ['cluster-info'],
  flags: [],
  run(ctx) {
    if (ctx.args[0] === 'dump')
      throw new CmdError('error: "kubectl cluster-info dump" is not available in this simulated terminal');
    ctx.out(
      "Kubernetes control plane is running at https://127.0.0.1:6443\nCoreDNS is running at https://127.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    );
  },
};

const CONTEXT = 'kind-kind';

/**
 * `kubectl config set-context --current --namespace=X` changes the terminal's namespace: the result
 * carries it back (`KubectlResult.namespace`) and the caller keeps it for the next lines.
 */
const setContext: Command = {
  path: ['config', 'set-context'],
  flags: [
    { name: 'current', kind: 'bool' },
    { name: 'cluster', kind: 'string' },
    { name: 'user', kind: 'string' },
  ],
  run(ctx) {
    const name = ctx.args[0] ?? (ctx.flags.bool('current') ? CONTEXT : undefined);
    if (!name)
      throw usageError('config set-context', 'you must specify a non-empty context name or --current');
    if (name !== CONTEXT) throw new CmdError(`error: this terminal only has the context "${CONTEXT}"`);
    if (ctx.flags.has('namespace')) ctx.setNamespace(ctx.flags.str('namespace'));
    ctx.out(`Context "${CONTEXT}" modified.\n`);
  },
};

const currentContext: Command = {
  path: ['config', 'current-context'],
  flags: [],
  run: (ctx) => ctx.out(`${CONTEXT}\n`),
};

const getContexts: Command = {
  path: ['config', 'get-contexts'],
  flags: [F.output, F.noHeaders],
  run(ctx) {
    const row = [
      '*',
      CONTEXT,
      CONTEXT,
      CONTEXT,
      ctx.opts.namespace && ctx.opts.namespace !== 'default' ? ctx.opts.namespace : '',
    ];
    ctx.out(renderTable([['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'], row]));
  },
};

const configParent: Command = {
  path: ['config'],
  flags: [],
  run(ctx) {
    throw usageError(
      'config',
      ctx.args.length ? `unknown command "${ctx.args[0]}"` : 'a subcommand is required',
    );
  },
};

export const miscCommands: Command[] = [
  apiResources,
  version,
  clusterInfo,
  configParent,
  setContext,
  currentContext,
  getContexts,
];
