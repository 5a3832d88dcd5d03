/**
 * Patches: JSON merge patch (RFC 7386), a strategic merge patch for the lists the module uses (merge keys
 * as in the Kubernetes API: containers/env/volumes by name, container ports by containerPort, Service
 * ports by port), JSON patch (RFC 6902), and kubectl apply's three-way merge.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObj = { [k: string]: Json };

const isObj = (v: unknown): v is JsonObj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merge keys by list field name (patchMergeKey in the API types). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  ports: '', // containerPort for containers, port for Services: decided per item below
  ownerReferences: 'uid',
  tolerations: '',
  conditions: 'type',
};

function mergeKeyFor(field: string, items: Json[]): string | undefined {
  if (!(field in MERGE_KEYS)) return undefined;
  const k = MERGE_KEYS[field];
  if (k) return k;
  if (field === 'ports') {
    const first = items.find(isObj);
    if (first && 'containerPort' in first) return 'containerPort';
    if (first && 'port' in first) return 'port';
  }
  return undefined;
}

export function mergePatch(target: Json | undefined, patch: Json): Json {
  if (!isObj(patch)) return patch;
  const out: JsonObj = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

export function strategicMerge(target: Json | undefined, patch: Json, field = ''): Json {
  if (Array.isArray(patch)) {
    const mk = mergeKeyFor(field, patch);
    if (!mk || !Array.isArray(target)) return patch.filter((p) => !(isObj(p) && p['$patch'] === 'delete'));
    const out: Json[] = [...target];
    for (const item of patch) {
      if (!isObj(item)) continue;
      const idx = out.findIndex((o) => isObj(o) && o[mk] === item[mk]);
      if (item['$patch'] === 'delete') {
        if (idx >= 0) out.splice(idx, 1);
      } else if (idx >= 0) out[idx] = strategicMerge(out[idx], item);
      else out.push(strategicMerge(undefined, item));
    }
    return out;
  }
  if (!isObj(patch)) return patch;
  const out: JsonObj = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch') continue;
    if (v === null) delete out[k];
    else out[k] = strategicMerge(out[k], v, k);
  }
  return out;
}

export class PatchError extends Error {}

function parsePointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer: ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function getAt(doc: Json, parts: string[]): Json | undefined {
  let cur: Json | undefined = doc;
  for (const p of parts) {
    if (Array.isArray(cur)) cur = cur[Number(p)];
    else if (isObj(cur)) cur = cur[p];
    else return undefined;
  }
  return cur;
}

function setAt(doc: Json, parts: string[], value: Json | undefined, insert: boolean): Json {
  if (parts.length === 0) return value ?? null;
  const [head, ...rest] = parts as [string, ...string[]];
  if (Array.isArray(doc)) {
    const arr = [...doc];
    const i = head === '-' ? arr.length : Number(head);
    if (!Number.isInteger(i) || i < 0 || i > arr.length) throw new PatchError(`unable to find index ${head}`);
    if (rest.length === 0) {
      if (value === undefined) arr.splice(i, 1);
      else if (insert) arr.splice(i, 0, value);
      else arr[i] = value;
    } else arr[i] = setAt(arr[i] ?? null, rest, value, insert);
    return arr;
  }
  if (!isObj(doc)) throw new PatchError(`doc is missing path: /${parts.join('/')}`);
  const o = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete o[head];
    else o[head] = value;
  } else {
    if (!(head in o)) throw new PatchError(`doc is missing path: /${parts.join('/')}`);
    o[head] = setAt(o[head] as Json, rest, value, insert);
  }
  return o;
}

export function jsonPatch(doc: Json, ops: unknown): Json {
  if (!Array.isArray(ops))
    throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let cur = doc;
  for (const raw of ops) {
    if (!isObj(raw)) throw new PatchError('invalid JSON patch operation');
    const op = raw['op'];
    const path = parsePointer(String(raw['path'] ?? ''));
    switch (op) {
      case 'add':
        cur = setAt(cur, path, raw['value'] ?? null, true);
        break;
      case 'replace':
        if (getAt(cur, path) === undefined)
          throw new PatchError(`replace operation does not apply: doc is missing key: /${path.join('/')}`);
        cur = setAt(cur, path, raw['value'] ?? null, false);
        break;
      case 'remove':
        if (getAt(cur, path) === undefined)
          throw new PatchError(`remove operation does not apply: doc is missing path: "/${path.join('/')}"`);
        cur = setAt(cur, path, undefined, false);
        break;
      case 'test':
        if (JSON.stringify(getAt(cur, path)) !== JSON.stringify(raw['value']))
          throw new PatchError('testing value failed');
        break;
      case 'copy':
      case 'move': {
        const from = parsePointer(String(raw['from'] ?? ''));
        const v = getAt(cur, from);
        if (v === undefined) throw new PatchError(`${op} operation does not apply: doc is missing from path`);
        if (op === 'move') cur = setAt(cur, from, undefined, false);
        cur = setAt(cur, path, v, true);
        break;
      }
      default:
        throw new PatchError(`Unexpected kind: ${String(op)}`);
    }
  }
  return cur;
}

/**
 * kubectl apply: fields in the new manifest win; fields that were in the last applied manifest but are
 * gone from the new one are removed; fields set by others (allocated IPs, nodePorts, status) stay.
 */
export function threeWay(
  current: Json | undefined,
  last: Json | undefined,
  manifest: Json,
  field = '',
): Json {
  if (Array.isArray(manifest)) {
    const mk = mergeKeyFor(field, manifest);
    if (!mk || !Array.isArray(current)) return manifest;
    const lastArr = Array.isArray(last) ? last : [];
    const find = (arr: Json[], item: Json) => arr.find((o) => isObj(o) && isObj(item) && o[mk] === item[mk]);
    const out = manifest.map((m) => threeWay(find(current, m), find(lastArr, m), m));
    for (const c of current) if (!find(manifest, c) && !find(lastArr, c)) out.push(c);
    return out;
  }
  if (!isObj(manifest)) return manifest;
  const out: JsonObj = isObj(current) ? { ...current } : {};
  const lastObj = isObj(last) ? last : {};
  for (const k of Object.keys(lastObj)) if (!(k in manifest)) delete out[k];
  for (const [k, v] of Object.entries(manifest)) {
    if (v === null) delete out[k];
    else out[k] = threeWay(out[k], lastObj[k], v, k);
  }
  return out;
}

export type { Json };
