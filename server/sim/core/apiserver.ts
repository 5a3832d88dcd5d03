/**
 * The API server's write path: defaulting → validation → allocation (REST layer) → storage, with
 * cascading deletes done eagerly (the garbage collector's end state). Controllers run afterwards
 * (controllers/converge.ts).
 */
import type { ApiFailure, ApiResult, ObjectRef, PatchType, WriteOptions } from '../api.js';
import {
  alreadyExists,
  badRequest,
  conflict,
  forbidden,
  invalid,
  notFound,
  refuse,
  type FieldError,
} from '../errors.js';
import type { K8sObject, Kind, KindMap, Node, Pod, Service } from '../types.js';
import { API_VERSION, CLUSTER_SCOPED } from '../types.js';
import { validateMeta, subdomainName } from '../validation/meta.js';
import { unknownFields } from '../validation/schema.js';
import { isDNS1123Label } from '../validation/names.js';
import { validateService, validateServiceUpdate } from '../validation/service.js';
import {
  validatePodSpec,
  validatePodUpdate,
  validateSelectorUpdate,
  validateWorkload,
} from '../validation/workloads.js';
import { applyDefaults, deepEqual } from './defaults.js';
import { jsonPatch, mergePatch, PatchError, strategicMerge, threeWay, type Json } from './patch.js';
import { prepareServiceCreate, prepareServiceUpdate, releaseService } from './service-alloc.js';
import { allOf, key, type Tx, valuesIn } from './state.js';
import { rfc3339 } from './time.js';
import { addNodeRuntime, releasePodIP } from './nodes.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const PROTECTED_NS = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

export function nsOf(kind: Kind, ns: string | undefined): string {
  return CLUSTER_SCOPED.has(kind) ? '' : ns || 'default';
}

function validate(obj: K8sObject, old: K8sObject | undefined): FieldError[] {
  switch (obj.kind) {
    case 'Service':
      return old ? validateServiceUpdate(obj, old as Service) : validateService(obj);
    case 'Namespace':
      return validateMeta(obj.metadata, isDNS1123Label, false);
    case 'Pod': {
      const errs = [...validateMeta(obj.metadata, subdomainName, true), ...validatePodSpec(obj.spec, 'spec')];
      if (old && errs.length === 0) errs.push(...validatePodUpdate(obj.spec, (old as Pod).spec));
      return errs;
    }
    case 'Deployment':
    case 'ReplicaSet': {
      const errs = [...validateMeta(obj.metadata, subdomainName, true), ...validateWorkload(obj)];
      if (old) errs.push(...validateSelectorUpdate(obj, old as typeof obj));
      return errs;
    }
    default:
      return validateMeta(obj.metadata, subdomainName, !CLUSTER_SCOPED.has(obj.kind));
  }
}

/** Checks shared by every write: known kind and version, namespace agreement, namespace exists. */
function admit(tx: Tx, obj: K8sObject, opts: WriteOptions): { ok: true; ns: string } | ApiFailure {
  const kind = obj?.kind as Kind | undefined;
  if (!kind || !(kind in API_VERSION))
    return refuse(badRequest(`no matches for kind "${String(kind)}" in version "${obj?.apiVersion}"`));
  if (obj.apiVersion !== API_VERSION[kind])
    return refuse(badRequest(`no matches for kind "${kind}" in version "${obj.apiVersion}"`));
  if (!obj.metadata) return refuse(badRequest("Object 'metadata' is missing"));
  const unknown = opts.strict === false ? [] : unknownFields(kind, obj);
  if (unknown.length) {
    const version = obj.apiVersion.split('/').pop();
    const list = unknown.map((f) => `unknown field "${f}"`).join(', ');
    return refuse(
      badRequest(
        `${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: ${list}`,
      ),
    );
  }
  if (CLUSTER_SCOPED.has(kind)) return { ok: true, ns: '' };
  const metaNs = obj.metadata.namespace;
  if (metaNs && opts.namespace && metaNs !== opts.namespace)
    return refuse(
      badRequest('the namespace of the provided object does not match the namespace sent on the request'),
    );
  const ns = metaNs || opts.namespace || 'default';
  if (!tx.get('Namespace', '', ns)) return refuse(notFound('Namespace', ns));
  return { ok: true, ns };
}

export function createObject(tx: Tx, input: K8sObject, opts: WriteOptions = {}): ApiResult {
  const adm = admit(tx, input, opts);
  if (!adm.ok) return adm;
  const ns = adm.ns;
  const meta = { ...input.metadata };
  if (!meta.name && meta.generateName) meta.name = meta.generateName + tx.rng.suffix();
  if (tx.get(input.kind, ns, meta.name ?? '')) return refuse(alreadyExists(input.kind, meta.name));
  if (ns) meta.namespace = ns;
  else delete meta.namespace;
  let obj = applyDefaults({ ...input, metadata: meta } as K8sObject);
  const errs = validate(obj, undefined);
  if (errs.length) return refuse(invalid(obj.kind, meta.name ?? '', errs));
  obj.metadata = {
    ...obj.metadata,
    uid: tx.rng.uid(),
    creationTimestamp: rfc3339(tx.s.clock),
  };
  delete obj.metadata.resourceVersion;
  delete obj.metadata.deletionTimestamp;
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') obj.metadata.generation = 1;
  if (obj.kind === 'Pod') obj = { ...obj, status: { phase: 'Pending', qosClass: 'BestEffort' } };
  if (obj.kind === 'Service') {
    const r = prepareServiceCreate(tx, obj, key(ns, obj.metadata.name));
    if (r.length) return refuse(invalid('Service', obj.metadata.name, r));
  }
  if (opts.dryRun) return { ok: true, object: obj, action: 'created', changed: true };
  if (obj.kind === 'Node') addNodeRuntime(tx, obj as Node);
  const stored = tx.put(obj.kind, ns, obj as KindMap[typeof obj.kind]);
  return { ok: true, object: stored, action: 'created', changed: true };
}

const comparable = (o: K8sObject): unknown => ({
  ...o,
  metadata: { ...o.metadata, resourceVersion: undefined, generation: undefined },
});

/** PUT semantics: identity, timestamps and status come from the stored object. */
export function updateObject(tx: Tx, input: K8sObject, opts: WriteOptions = {}, checkRV = true): ApiResult {
  const adm = admit(tx, input, opts);
  if (!adm.ok) return adm;
  const ns = adm.ns;
  const name = input.metadata.name;
  const old = tx.get(input.kind, ns, name);
  if (!old) return refuse(notFound(input.kind, name));
  if (
    checkRV &&
    input.metadata.resourceVersion &&
    input.metadata.resourceVersion !== old.metadata.resourceVersion
  )
    return refuse(conflict(input.kind, name));
  const meta = {
    ...input.metadata,
    namespace: ns || undefined,
    uid: old.metadata.uid,
    creationTimestamp: old.metadata.creationTimestamp,
    ownerReferences: input.metadata.ownerReferences ?? old.metadata.ownerReferences,
  };
  if (!ns) delete meta.namespace;
  let obj = applyDefaults({ ...input, metadata: meta } as K8sObject);
  if ('status' in old && old.kind !== 'Namespace') obj = { ...obj, status: old.status } as K8sObject;
  if (obj.kind === 'Service') prepareServiceUpdate(obj, old as Service);
  const errs = validate(obj, old);
  if (errs.length) return refuse(invalid(obj.kind, name, errs));
  if (obj.kind === 'Service') {
    const r = prepareServiceCreate(tx, obj, key(ns, name), old as Service);
    if (r.length) return refuse(invalid('Service', name, r));
  }
  if ((obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') && old.kind === obj.kind) {
    const specChanged = !deepEqual(obj.spec, old.spec);
    obj.metadata.generation = (old.metadata.generation ?? 1) + (specChanged ? 1 : 0);
  }
  if (deepEqual(comparable(obj), comparable(old)))
    return { ok: true, object: old, action: 'unchanged', changed: false };
  if (opts.dryRun) return { ok: true, object: obj, action: 'configured', changed: true };
  const stored = tx.put(obj.kind, ns, obj as KindMap[typeof obj.kind]);
  return { ok: true, object: stored, action: 'configured', changed: true };
}

export function applyObject(tx: Tx, manifest: K8sObject, opts: WriteOptions = {}): ApiResult {
  const adm = admit(tx, manifest, opts);
  if (!adm.ok) return adm;
  const lastText = JSON.stringify(manifest) + '\n';
  const withAnn = {
    ...manifest,
    metadata: {
      ...manifest.metadata,
      annotations: { ...(manifest.metadata.annotations ?? {}), [LAST_APPLIED]: lastText },
    },
  } as K8sObject;
  const cur = tx.get(manifest.kind, adm.ns, manifest.metadata.name);
  if (!cur) return createObject(tx, withAnn, opts);
  const prevText = cur.metadata.annotations?.[LAST_APPLIED];
  let last: Json = {};
  try {
    if (prevText) last = JSON.parse(prevText) as Json;
  } catch {
    last = {};
  }
  const merged = threeWay(cur as unknown as Json, last, withAnn as unknown as Json) as unknown as K8sObject;
  const r = updateObject(tx, merged, { ...opts, strict: false }, false);
  return r;
}

export function patchObject(
  tx: Tx,
  ref: ObjectRef,
  patch: unknown,
  type: PatchType,
  opts: WriteOptions = {},
): ApiResult {
  const ns = nsOf(ref.kind, ref.namespace ?? opts.namespace);
  const cur = tx.get(ref.kind, ns, ref.name);
  if (!cur) return refuse(notFound(ref.kind, ref.name));
  let next: Json;
  try {
    const doc = cur as unknown as Json;
    if (type === 'json') next = jsonPatch(doc, patch);
    else if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
      throw new PatchError('json: cannot unmarshal array into Go value of type map[string]interface {}');
    else next = type === 'merge' ? mergePatch(doc, patch as Json) : strategicMerge(doc, patch as Json);
  } catch (e) {
    return refuse(badRequest(e instanceof Error ? e.message : String(e)));
  }
  const obj = next as unknown as K8sObject;
  if (!obj.metadata || obj.metadata.name !== ref.name || obj.kind !== ref.kind)
    return refuse(badRequest('the name of the object and the name in the URL do not match'));
  return updateObject(tx, obj, { ...opts, namespace: ns || undefined, strict: false }, false);
}

export function deleteObject(tx: Tx, ref: ObjectRef, opts: WriteOptions = {}): ApiResult {
  const ns = nsOf(ref.kind, ref.namespace ?? opts.namespace);
  const obj = tx.get(ref.kind, ns, ref.name);
  if (!obj) return refuse(notFound(ref.kind, ref.name));
  if (ref.kind === 'Namespace' && PROTECTED_NS.has(ref.name))
    return refuse(forbidden(`namespaces "${ref.name}" is forbidden: this namespace may not be deleted`));
  if (opts.dryRun) return { ok: true, object: obj, action: 'deleted', changed: true };
  cascade(tx, obj, ns);
  return { ok: true, object: obj, action: 'deleted', changed: true };
}

function ownedBy(
  tx: Tx,
  kind: 'ReplicaSet' | 'Pod' | 'EndpointSlice',
  ns: string,
  uid: string | undefined,
): string[] {
  return (valuesIn(tx.s, kind, ns) as K8sObject[])
    .filter((o) => o.metadata.ownerReferences?.some((r) => r.uid === uid))
    .map((o) => o.metadata.name);
}

/** Remove an object and what the garbage collector would remove with it. */
export function cascade(tx: Tx, obj: K8sObject, ns: string): void {
  const name = obj.metadata.name;
  switch (obj.kind) {
    case 'Namespace':
      for (const kind of [
        'Deployment',
        'ReplicaSet',
        'Pod',
        'Service',
        'Endpoints',
        'EndpointSlice',
      ] as const)
        for (const o of valuesIn(tx.s, kind, name)) cascade(tx, o, name);
      break;
    case 'Deployment':
      for (const rs of ownedBy(tx, 'ReplicaSet', ns, obj.metadata.uid)) {
        const o = tx.get('ReplicaSet', ns, rs);
        if (o) cascade(tx, o, ns);
      }
      break;
    case 'ReplicaSet':
      for (const p of ownedBy(tx, 'Pod', ns, obj.metadata.uid)) {
        const o = tx.get('Pod', ns, p);
        if (o) cascade(tx, o, ns);
      }
      break;
    case 'Pod':
      releasePodIP(tx, obj);
      tx.dropPodRuntime(ns, name);
      break;
    case 'Service':
      releaseService(tx, obj);
      if (obj.spec.selector) tx.remove('Endpoints', ns, name);
      for (const s of ownedBy(tx, 'EndpointSlice', ns, obj.metadata.uid)) tx.remove('EndpointSlice', ns, s);
      break;
    case 'Node':
      for (const p of allOf(tx.s, 'Pod'))
        if (p.spec.nodeName === name) cascade(tx, p, p.metadata.namespace ?? 'default');
      break;
    default:
      break;
  }
  tx.remove(obj.kind, ns, name);
}
