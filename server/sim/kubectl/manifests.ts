/** Decoding `-f` manifests (YAML or JSON, several documents, `kind: List`) the way kubectl does. */
import { parseAllDocuments } from 'yaml';
import type { K8sObject, Kind } from '../types.js';
import { API_VERSION } from '../types.js';
import { CmdError, type Ctx } from './context.js';

export interface Manifest {
  obj: K8sObject;
  /** The file name as given (`STDIN` for `-f -`), used in kubectl's messages. */
  source: string;
}

const REAL_BUT_UNSIMULATED = new Set([
  'ConfigMap',
  'Secret',
  'Ingress',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'NetworkPolicy',
  'ServiceAccount',
  'PersistentVolumeClaim',
  'HorizontalPodAutoscaler',
  'ReplicationController',
]);

export const RESOURCE_USAGE = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

export function readManifests(ctx: Ctx): Manifest[] {
  const out: Manifest[] = [];
  for (const path of ctx.flags.list('filename')) {
    const source = path === '-' ? 'STDIN' : path;
    const text = path === '-' ? ctx.opts.stdin : ctx.opts.files?.[path];
    if (text === undefined) throw new CmdError(`error: the path "${path}" does not exist`);
    for (const obj of decode(text, source)) out.push({ obj, source });
  }
  return out;
}

function decode(text: string, source: string): K8sObject[] {
  const docs = parseAllDocuments(text);
  const objs: K8sObject[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    const err = doc.errors[0];
    if (err) {
      const line = err.linePos?.[0].line ?? 1;
      throw new CmdError(
        `error: error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${err.message.split('\n')[0]}`,
      );
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value))
      throw new CmdError(
        `error: error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`,
      );
    const v = value as Record<string, unknown>;
    if (v.kind === 'List' && Array.isArray(v.items)) {
      for (const item of v.items) objs.push(check(item as Record<string, unknown>, source));
      continue;
    }
    objs.push(check(v, source));
  }
  if (objs.length === 0) throw new CmdError(`error: no objects passed to apply`);
  return objs;
}

function check(v: Record<string, unknown>, source: string): K8sObject {
  const missing: string[] = [];
  if (!v.apiVersion) missing.push('apiVersion not set');
  if (!v.kind) missing.push('kind not set');
  if (missing.length > 0)
    throw new CmdError(
      `error: error validating "${source}": error validating data: [${missing.join(', ')}]; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  const kind = String(v.kind);
  const apiVersion = String(v.apiVersion);
  const meta = (v.metadata ?? {}) as Record<string, unknown>;
  if (!(kind in API_VERSION) || API_VERSION[kind as Kind] !== apiVersion) {
    if (REAL_BUT_UNSIMULATED.has(kind))
      throw new CmdError(`error: the simulated cluster does not support kind "${kind}" (from "${source}")`);
    throw new CmdError(
      `error: resource mapping not found for name: "${String(meta.name ?? '')}" namespace: "${String(meta.namespace ?? '')}" from "${source}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first`,
    );
  }
  if (typeof meta.name !== 'string' || meta.name === '')
    throw new CmdError(
      `error: error when retrieving current configuration of:\nResource: "${kind}", Name: "", Namespace: ""\nfrom server for: "${source}": resource name may not be empty`,
    );
  return v as unknown as K8sObject;
}

/** The namespace a manifest goes to, enforcing kubectl's rule when `-n` was given explicitly. */
export function manifestNamespace(ctx: Ctx, obj: K8sObject): string {
  const own = obj.metadata.namespace;
  if (own && ctx.nsExplicit && own !== ctx.namespace)
    throw new CmdError(
      `error: the namespace from the provided object "${own}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${own}' to perform this operation.`,
    );
  return own || ctx.namespace;
}
