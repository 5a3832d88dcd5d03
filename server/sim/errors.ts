/**
 * API-server error values (`metav1.Status`) and the text kubectl prints for them. Messages follow
 * apimachinery's `errors.New*` constructors and kubectl's `checkErr` (cmd/util/helpers.go).
 */
import type { ApiFailure, ApiStatus, StatusCause } from './api.js';
import type { Kind } from './types.js';
import { RESOURCE } from './types.js';

/** Group-qualified kind as used in Invalid messages (`Deployment.apps "web" is invalid`). */
const QUALIFIED_KIND: Readonly<Record<Kind, string>> = {
  Namespace: 'Namespace',
  Node: 'Node',
  Pod: 'Pod',
  Deployment: 'Deployment.apps',
  ReplicaSet: 'ReplicaSet.apps',
  Service: 'Service',
  Endpoints: 'Endpoints',
  EndpointSlice: 'EndpointSlice.discovery.k8s.io',
};

function groupOf(kind: Kind): string | undefined {
  const r = RESOURCE[kind];
  const dot = r.indexOf('.');
  return dot < 0 ? undefined : r.slice(dot + 1);
}

function details(kind: Kind, name: string): ApiStatus['details'] {
  const group = groupOf(kind);
  const resource = RESOURCE[kind].split('.')[0] ?? '';
  return group ? { name, group, kind: resource } : { name, kind: resource };
}

/** Every error this API server returns has this one shape; only reason, code, message and details vary. */
function failure(
  reason: ApiStatus['reason'],
  code: number,
  message: string,
  d?: ApiStatus['details'],
): ApiStatus {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    reason,
    message,
    code,
    ...(d ? { details: d } : {}),
  };
}

/** The failing result of a request refused with `status`. */
export const refuse = (status: ApiStatus): ApiFailure => ({ ok: false, status });

export function notFound(kind: Kind, name: string): ApiStatus {
  return failure('NotFound', 404, `${RESOURCE[kind]} "${name}" not found`, details(kind, name));
}

export function alreadyExists(kind: Kind, name: string): ApiStatus {
  return failure('AlreadyExists', 409, `${RESOURCE[kind]} "${name}" already exists`, details(kind, name));
}

export function conflict(kind: Kind, name: string): ApiStatus {
  return failure(
    'Conflict',
    409,
    `Operation cannot be fulfilled on ${RESOURCE[kind]} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    details(kind, name),
  );
}

export function badRequest(message: string): ApiStatus {
  return failure('BadRequest', 400, message);
}

export function forbidden(message: string): ApiStatus {
  return failure('Forbidden', 403, message);
}

/** One field error; `toString` gives `<field>: <body>` like field.Error.Error(). */
export interface FieldError {
  field: string;
  type: 'Required' | 'Invalid' | 'NotSupported' | 'Duplicate' | 'Forbidden' | 'TooLong';
  body: string;
}

const CAUSE_REASON: Record<FieldError['type'], string> = {
  Required: 'FieldValueRequired',
  Invalid: 'FieldValueInvalid',
  NotSupported: 'FieldValueNotSupported',
  Duplicate: 'FieldValueDuplicate',
  Forbidden: 'FieldValueForbidden',
  TooLong: 'FieldValueTooLong',
};

export const fieldErrorText = (e: FieldError): string => `${e.field}: ${e.body}`;

/** errors.NewInvalid: several causes aggregate as `[a, b]` (utilerrors.Aggregate). */
export function invalid(kind: Kind, name: string, errs: FieldError[]): ApiStatus {
  const texts = errs.map(fieldErrorText);
  const agg = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  const causes: StatusCause[] = errs.map((e) => ({
    reason: CAUSE_REASON[e.type],
    message: e.body,
    field: e.field,
  }));
  const d = details(kind, name) ?? {};
  return failure('Invalid', 422, `${QUALIFIED_KIND[kind]} "${name}" is invalid: ${agg}`, {
    ...d,
    kind: kind,
    causes,
  });
}

/**
 * What kubectl prints on stderr for a failed request (cmd/util/helpers.go checkErr):
 * Invalid → `The Service "x" is invalid: <cause>` or one `* <cause>` line per distinct cause;
 * others → `Error from server (<Reason>): <message>`.
 */
export function formatKubectlError(status: ApiStatus): string {
  if (status.reason === 'Invalid' && status.details?.causes && status.details.causes.length > 0) {
    const kind = status.details.kind ?? '';
    const name = status.details.name ?? '';
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const c of status.details.causes) {
      const line = c.field ? `${c.field}: ${c.message}` : c.message;
      if (!seen.has(line)) {
        seen.add(line);
        lines.push(line);
      }
    }
    if (lines.length === 1) return `The ${kind} "${name}" is invalid: ${lines[0]}`;
    return `The ${kind} "${name}" is invalid: \n${lines.map((l) => `* ${l}`).join('\n')}`;
  }
  return `Error from server (${status.reason}): ${status.message}`;
}
