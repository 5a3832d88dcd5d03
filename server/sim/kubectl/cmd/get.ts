/** `kubectl get`: tables, -o wide|yaml|json|name|jsonpath, -l, -A, --show-labels, -L, --no-headers. */
import type { K8sObject, Kind } from '../../types.js';
import { CmdError, type Command, type Ctx } from '../context.js';
import { F, OUTPUT_FORMATS, OUTPUT_TEMPLATES } from '../flags.js';
import { asList, toJson, toYaml } from '../print/encode.js';
import { jsonpath } from '../print/jsonpath.js';
import { customColumns, fieldFilter, sortObjects } from './get-options.js';
import { PRINTERS } from '../print/rows.js';
import { renderTable } from '../print/table.js';
import { readManifests } from '../manifests.js';
import { checkNameFlags, parseResourceArgs, type ResourceGroup } from '../resource-args.js';
import { GVR, isNamespaced, KIND_PREFIX, qualifiedName } from '../resources.js';
import { matches, parseSelector, type Selector } from '../selector.js';

const GET_HELP = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

const FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

export function checkOutputFormat(output: string): void {
  if (output === '' || OUTPUT_FORMATS.includes(output)) return;
  if (OUTPUT_TEMPLATES.some((t) => output.startsWith(t))) return;
  throw new CmdError(
    `error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${FORMATS}`,
  );
}

/** Parse `-l`; a bad selector is a BadRequest from the server, naming the resource. */
export function selectorFor(ctx: Ctx, kind: Kind): Selector | undefined {
  const raw = ctx.flags.str('selector');
  if (!ctx.flags.has('selector')) return undefined;
  const r = parseSelector(raw);
  if (!r.ok)
    throw new CmdError(
      `Error from server (BadRequest): Unable to find "${GVR[kind]}" that match label selector "${raw}", field selector "": ${r.error.message}`,
    );
  return r.selector;
}

export function noResources(ctx: Ctx, allNs: boolean, namespaced: boolean): string {
  return allNs || !namespaced
    ? 'No resources found\n'
    : `No resources found in ${ctx.namespace} namespace.\n`;
}

export function listObjects(ctx: Ctx, kind: Kind, allNs: boolean, sel: Selector | undefined): K8sObject[] {
  let items = ctx.cluster.list(kind, {
    namespace: allNs ? null : ctx.namespace,
    ...(sel ? { selector: (labels: Record<string, string>) => matches(sel, labels) } : {}),
  }) as K8sObject[];
  if (ctx.flags.has('field-selector')) items = items.filter(fieldFilter(ctx, kind));
  const cmp = (a: K8sObject, b: K8sObject) => {
    const na = a.metadata.namespace ?? '';
    const nb = b.metadata.namespace ?? '';
    if (na !== nb) return na < nb ? -1 : 1;
    return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
  };
  // The API server lists in key order; only sort when the engine did not already.
  for (let i = 1; i < items.length; i++)
    if (cmp(items[i - 1] as K8sObject, items[i] as K8sObject) > 0) return [...items].sort(cmp);
  return items;
}

/** `get -f web.yaml`: the objects the manifests name, one group per kind. */
function manifestGroups(ctx: Ctx): ResourceGroup[] {
  const groups: ResourceGroup[] = [];
  for (const { obj } of readManifests(ctx)) {
    const g = groups.find((x) => x.kind === obj.kind);
    if (g) g.names.push(obj.metadata.name);
    else groups.push({ kind: obj.kind, word: obj.kind, names: [obj.metadata.name], multi: false });
  }
  const multi = groups.length > 1;
  return groups.map((g) => ({ ...g, multi }));
}

function run(ctx: Ctx): void {
  const output = ctx.flags.str('output');
  checkOutputFormat(output);
  if (ctx.args.length === 0 && !ctx.flags.has('filename')) throw new CmdError(GET_HELP);
  const allNs = ctx.flags.bool('all-namespaces');
  const groups = ctx.flags.has('filename') ? manifestGroups(ctx) : parseResourceArgs(ctx.args);
  if (!ctx.flags.has('filename')) checkNameFlags(groups, ctx.flags.has('selector'), allNs);
  const found: Array<{ kind: Kind; objs: K8sObject[]; multi: boolean }> = [];
  let namedRequest = false;
  let anyNamespaced = false;
  for (const g of groups) {
    if (!g.kind) {
      anyNamespaced = true;
      for (const n of g.names) {
        ctx.err(`Error from server (NotFound): ${g.word} "${n}" not found\n`);
        ctx.fail();
      }
      continue;
    }
    const kind = g.kind;
    if (isNamespaced(kind)) anyNamespaced = true;
    const sel = selectorFor(ctx, kind);
    let objs: K8sObject[];
    if (g.names.length === 0) objs = listObjects(ctx, kind, allNs, sel);
    else {
      namedRequest = true;
      objs = [];
      for (const name of g.names) {
        const r = ctx.cluster.read({ kind, name, namespace: ctx.namespace });
        if (r.ok) objs.push(r.object);
        else {
          ctx.err(`Error from server (NotFound): ${r.status.message}\n`);
          ctx.fail();
        }
      }
    }
    found.push({ kind, objs, multi: g.multi });
  }
  const sortBy = ctx.flags.str('sort-by');
  if (sortBy) for (const f of found) f.objs = sortObjects(f.objs, sortBy);
  const all = found.flatMap((f) => f.objs);

  if (output === 'json' || output === 'yaml' || output.startsWith('jsonpath=')) {
    const single = namedRequest && all.length === 1 && groups.every((g) => g.names.length <= 1);
    const value = single ? all[0] : asList(all);
    if (output === 'json') ctx.out(toJson(value));
    else if (output === 'yaml') ctx.out(toYaml(value));
    else ctx.out(jsonpath(output.slice('jsonpath='.length), value));
    return;
  }
  if (all.length === 0) {
    if (!namedRequest) ctx.err(noResources(ctx, allNs, anyNamespaced));
    return;
  }
  if (output.startsWith('custom-columns=')) {
    ctx.out(customColumns(output.slice('custom-columns='.length), all, ctx.flags.bool('no-headers')));
    return;
  }
  if (output === 'name') {
    for (const o of all) ctx.out(`${qualifiedName(o.kind, o.metadata.name)}\n`);
    return;
  }
  const now = ctx.cluster.now();
  const tables: string[] = [];
  for (const f of found) {
    if (f.objs.length === 0) continue;
    tables.push(table(ctx, f.kind, f.objs, { allNs, multi: f.multi, wide: output === 'wide', now }));
  }
  ctx.out(tables.join('\n'));
}

function table(
  ctx: Ctx,
  kind: Kind,
  objs: K8sObject[],
  o: { allNs: boolean; multi: boolean; wide: boolean; now: number },
): string {
  const p = PRINTERS[kind];
  const nsCol = o.allNs && isNamespaced(kind);
  const labelCols = ctx.flags.list('label-columns');
  const showLabels = ctx.flags.bool('show-labels');
  const header = [
    ...(nsCol ? ['NAMESPACE'] : []),
    ...p.headers,
    ...(o.wide ? p.wide : []),
    ...labelCols.map((k) => (k.split('/').pop() ?? k).toUpperCase()),
    ...(showLabels ? ['LABELS'] : []),
  ];
  const rows = objs.map((obj) => {
    const cells = p.row(obj, o.now, o.wide);
    if (o.multi) cells[0] = `${KIND_PREFIX[kind]}/${cells[0]}`;
    const labels = obj.metadata.labels ?? {};
    return [
      ...(nsCol ? [obj.metadata.namespace ?? ''] : []),
      ...cells,
      ...labelCols.map((k) => labels[k] ?? ''),
      ...(showLabels ? [formatLabelsCell(labels)] : []),
    ];
  });
  return renderTable(ctx.flags.bool('no-headers') ? rows : [header, ...rows]);
}

function formatLabelsCell(labels: Record<string, string>): string {
  const keys = Object.keys(labels).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels[k]}`).join(',');
}

export const getCommand: Command = {
  path: ['get'],
  operands: ['resources'],
  flags: [
    F.allNamespaces,
    F.output,
    F.selector,
    F.showLabels,
    F.noHeaders,
    F.labelColumns,
    F.watch,
    F.filename,
    { name: 'show-kind', kind: 'bool' },
    { name: 'sort-by', kind: 'string' },
    { name: 'field-selector', kind: 'string' },
    { name: 'watch-only', kind: 'bool' },
  ],
  run,
};
