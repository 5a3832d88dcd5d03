/**
 * Public contract of the cluster engine (types only). `index.ts` explains the API; the kubectl front end
 * (server/sim/kubectl) and the room layer depend on these shapes, so changes here are additive only.
 */
import type { Err } from '../common/result.js';
import type { NodeOpError } from './sim-error.js';
import type { K8sObject, Kind, KindMap, Labels, Pod, Protocol } from './types.js';

export interface ClusterOptions {
  seed: number;
  /** Worker nodes: a count (default 2, named kind-worker, kind-worker2, ...) or explicit names. */
  nodes?: number | string[];
  /** A tainted control-plane node with the static control-plane pods (default true). */
  controlPlane?: boolean;
  /** A simulated cloud load balancer: LoadBalancer Services get an external IP (default true). */
  loadBalancer?: boolean;
  /** Start time in epoch ms (default 2025-01-01T00:00:00Z). */
  now?: number;
  /** Each mutating call advances the clock by this many ms (default 1000). */
  clockStepMs?: number;
  /** Prefix of node names (default `kind`). */
  clusterName?: string;
}

export interface ObjectRef {
  kind: Kind;
  /** Defaults to `default`; ignored for Namespace and Node. */
  namespace?: string;
  name: string;
}

export interface PodRef {
  namespace?: string;
  name: string;
}

export interface ListOptions {
  /** A namespace (default `default`), or `null` for all namespaces (`-A`). Ignored for cluster-scoped kinds. */
  namespace?: string | null;
  /** Equality map (all must match) or a predicate built by the kubectl selector parser. */
  selector?: Labels | ((labels: Labels) => boolean);
}

export type StatusReason =
  'NotFound' | 'AlreadyExists' | 'Invalid' | 'Conflict' | 'BadRequest' | 'Forbidden' | 'MethodNotAllowed';

export interface StatusCause {
  /** `FieldValueInvalid`, `FieldValueRequired`, `FieldValueDuplicate`, `FieldValueNotSupported`, `FieldValueForbidden`. */
  reason: string;
  /** The error body without the field, e.g. `Required value`, `Invalid value: 80: provided port is ...`. */
  message: string;
  /** Field path, e.g. `spec.ports[0].nodePort`. */
  field: string;
}

/** A `metav1.Status` failure, as the API server returns it. */
export interface ApiStatus {
  kind: 'Status';
  apiVersion: 'v1';
  status: 'Failure';
  reason: StatusReason;
  /**
   * The API server's own text: `services "x" not found`, `services "web" already exists`,
   * `Service "web" is invalid: spec.ports[0].port: Invalid value: 0: ...` (several causes aggregate as
   * `[a, b]`). Use `formatKubectlError` for what kubectl prints.
   */
  message: string;
  code: number;
  details?: { name?: string; group?: string; kind?: string; causes?: StatusCause[] };
}

export type WriteAction = 'created' | 'configured' | 'unchanged' | 'deleted';

/** A node operation behind the API (node-ops.ts): what happened, or why nothing did. */
export type NodeOpResult = { ok: true; message: string } | Err<NodeOpError>;

/** A refused request: the API server's Status (the failing half of every API result). */
export type ApiFailure = { ok: false; status: ApiStatus };

export type ApiResult<T extends K8sObject = K8sObject> =
  { ok: true; object: T; action: WriteAction; changed: boolean } | ApiFailure;

export interface WriteOptions {
  /** Namespace of the request (kubectl's `-n`); must agree with `metadata.namespace` when both are set. */
  namespace?: string;
  /** Validate and compute the result without storing it (`--dry-run=server`). */
  dryRun?: boolean;
  /**
   * Refuse unknown fields (kubectl's default `--validate=strict`): BadRequest `Service in version "v1"
   * cannot be handled as a Service: strict decoding error: unknown field "spec.selctor"`. Default true.
   */
  strict?: boolean;
}

export type PatchType = 'strategic' | 'merge' | 'json';

export interface ExecOptions {
  container?: string;
  stdin?: string;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Set when the API refused the exec (pod not found, container not running...). */
  error?: ApiStatus;
  /** One trace per network request the command made, in order. */
  traces: ProbeResult[];
}

export interface RunPodOptions {
  name: string;
  namespace?: string;
  image: string;
  /** Arguments after `--` (kubectl run puts them in `args`, or in `command` with `--command`). */
  args?: string[];
  command?: string[];
  labels?: Labels;
  /** Default: `Always`, as kubectl run without -i; the kubectl layer decides (OnFailure with -i). */
  restart?: 'Always' | 'OnFailure' | 'Never';
  /** Delete the pod after its command finished (`--rm`). */
  rm?: boolean;
  /** Wait for the command and return its output (`-i`/`-it` or `--attach`). */
  attach?: boolean;
  port?: number;
  env?: Record<string, string>;
}

export interface RunPodResult {
  ok: boolean;
  error?: ApiStatus;
  /** The pod as it was once the command had run (before `--rm` deleted it). */
  pod?: Pod;
  stdout: string;
  stderr: string;
  exitCode: number;
  deleted: boolean;
  traces: ProbeResult[];
}

export type ProbeSource =
  | { pod: PodRef }
  /** A client outside the cluster (a laptop): only node IPs, NodePorts and load balancer IPs are reachable. */
  | { outside: true }
  /** A process on a node's host network (e.g. curl on the node). */
  | { node: string };

export interface ProbeRequest {
  from: ProbeSource;
  /** A DNS name or an IP. */
  host: string;
  port: number;
  protocol?: Protocol;
  /** HTTP path, for servers that care (default `/`). */
  path?: string;
}

export type ProbeOutcome =
  | 'ok'
  /** DNS lookup failed (NXDOMAIN or no record). */
  | 'unknown-host'
  /** TCP RST: nothing listening, or kube-proxy's REJECT for a Service without endpoints. */
  | 'refused'
  /** No answer: a dead pod IP behind a stale rule, a ClusterIP from outside, an unroutable IP. */
  | 'timeout'
  /** UDP datagram sent but nothing answered (UDP has no refusal). */
  | 'no-response';

export type HopKind =
  | 'client'
  | 'dns'
  | 'load-balancer'
  | 'node-port'
  | 'cluster-ip'
  | 'kube-proxy'
  | 'endpoint'
  | 'pod'
  | 'container';

export interface Hop {
  kind: HopKind;
  ok: boolean;
  /** Short label for drawing, e.g. `10.96.0.12:80/TCP`. */
  label: string;
  /** One sentence for explanations, e.g. `kube-proxy on kind-worker2 picked 10.244.1.4:8080 (1 of 3)`. */
  detail: string;
  ref?: ObjectRef;
  node?: string;
}

export interface ProbeResult {
  outcome: ProbeOutcome;
  host: string;
  port: number;
  protocol: Protocol;
  /** The IP the name resolved to (absent when it did not resolve). */
  ip?: string;
  /** The pod that finally received the request, if any. */
  endpoint?: { namespace: string; pod: string; ip: string; port: number };
  /** What the server answered (HTTP body for HTTP servers, the echoed text for echo servers). */
  response?: { body: string; status?: number; headers?: Record<string, string>; server?: string };
  hops: Hop[];
}

export interface DnsRecord {
  name: string;
  type: 'A' | 'SRV' | 'CNAME';
  ttl: number;
  value: string;
  port?: number;
  priority?: number;
  weight?: number;
}

export interface DnsQueryResult {
  /** Each name tried in search-path order and what it gave. */
  attempts: { name: string; rcode: 'NOERROR' | 'NXDOMAIN'; records: DnsRecord[] }[];
  /** The first successful answer (absent if the name does not resolve). */
  answer?: { name: string; records: DnsRecord[] };
}

export interface KubeProxyRule {
  service: string; // ns/name:portName
  clusterIP: string;
  port: number;
  protocol: Protocol;
  nodePort?: number;
  externalIPs: string[];
  /** Empty: kube-proxy writes a REJECT rule (clients get connection refused). */
  endpoints: { ip: string; port: number; pod?: string }[];
}

export interface KubeProxyView {
  node: string;
  /** The kube-proxy pod currently running on the node. */
  pod?: string;
  /** True when the rules are a frozen copy that no longer follows the API (see node-ops.ts). */
  stale: boolean;
  rules: KubeProxyRule[];
}

export type OpName =
  | 'create'
  | 'apply'
  | 'replace'
  | 'patch'
  | 'delete'
  | 'exec'
  | 'execFrom'
  | 'runPod'
  | 'probe'
  | 'killContainer'
  | 'restartKubeProxy'
  | 'setNodeReady'
  | 'advance'
  | 'setTime';

/** One entry of the event log: every call that can change state (or consume randomness). */
export interface Op {
  op: OpName;
  /** The arguments of the call, JSON-safe. */
  args: unknown[];
  /** Clock after the call. */
  at: number;
}

export interface Change {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  kind: Kind;
  namespace: string;
  name: string;
}

export interface ChangeEvent {
  op: Op;
  changes: Change[];
  resourceVersion: number;
}

export type Listener = (event: ChangeEvent) => void;

export interface SelectorMatch {
  service: string;
  pod: string;
  matches: boolean;
  /** Selector keys the pod lacks. */
  missing: string[];
  /** Selector keys the pod has with another value. */
  different: { key: string; want: string; got: string }[];
}

export interface ViewPod {
  namespace: string;
  name: string;
  node?: string;
  ip?: string;
  phase: string;
  /** kubectl's STATUS column (Running, CrashLoopBackOff, Completed, ContainerCreating...). */
  status: string;
  ready: boolean;
  labels: Labels;
  owner?: string;
  /** The IP no longer answers (container killed behind the API's back). */
  dead: boolean;
}

export interface ViewService {
  namespace: string;
  name: string;
  type: string;
  clusterIP: string;
  externalIP?: string;
  ports: { name?: string; port: number; targetPort: number | string; nodePort?: number; protocol: string }[];
  selector?: Labels;
  endpoints: { ip: string; port: number; pod?: string; ready: boolean }[];
}

export interface ClusterViewModel {
  time: number;
  nodes: {
    name: string;
    ip: string;
    ready: boolean;
    podCIDR: string;
    kubeProxyStale: boolean;
    pods: ViewPod[];
  }[];
  services: ViewService[];
  /** For every (service with selector, pod) pair in the same namespace. */
  matches: SelectorMatch[];
}

/** JSON-safe snapshot of a whole cluster (state plus its event log). */
export interface ClusterSnapshot {
  state: unknown;
  log: Op[];
}

export interface Cluster {
  readonly options: Readonly<Required<ClusterOptions>>;
  /** Current simulated time (epoch ms). */
  now(): number;

  // ---- reads (never change state)
  get<K extends Kind>(kind: K, name: string, namespace?: string): KindMap[K] | undefined;
  list<K extends Kind>(kind: K, opts?: ListOptions): KindMap[K][];
  /** `get` with the API server's NotFound status. */
  read<K extends Kind>(ref: ObjectRef & { kind: K }): ApiResult<KindMap[K]>;
  logs(
    pod: PodRef,
    opts?: { container?: string; previous?: boolean },
  ): { ok: true; text: string } | ApiFailure;
  resolve(name: string, fromNamespace: string, type?: 'A' | 'SRV'): DnsQueryResult;
  kubeProxy(node: string): KubeProxyView | undefined;
  viewModel(opts?: { namespace?: string }): ClusterViewModel;

  // ---- API writes (run validation, allocation and every controller before returning)
  create<T extends K8sObject>(obj: T, opts?: WriteOptions): ApiResult<T>;
  /** `kubectl apply`: create, or a three-way merge with the last-applied-configuration annotation. */
  apply<T extends K8sObject>(obj: T, opts?: WriteOptions): ApiResult<T>;
  /** PUT: the whole object; a stale `metadata.resourceVersion` gives Conflict. */
  replace<T extends K8sObject>(obj: T, opts?: WriteOptions): ApiResult<T>;
  patch(ref: ObjectRef, patch: unknown, type?: PatchType, opts?: WriteOptions): ApiResult;
  delete(ref: ObjectRef, opts?: WriteOptions): ApiResult;
  /** Set `spec.replicas` of a Deployment or ReplicaSet. */
  scale(ref: ObjectRef, replicas: number): ApiResult;
  /** `kubectl rollout restart`: stamps `kubectl.kubernetes.io/restartedAt` on the pod template. */
  rolloutRestart(ref: ObjectRef): ApiResult;

  // ---- workloads and traffic
  exec(pod: PodRef, argv: string[], opts?: ExecOptions): ExecResult;
  /**
   * A command outside any pod: `{ outside: true }` is a laptop (curl, nc, ping), `{ node }` a node's
   * host network (curl, ping). Same messages as inside pods; cluster names do not resolve there.
   */
  execFrom(source: { outside: true } | { node: string }, argv: string[]): ExecResult;
  runPod(opts: RunPodOptions): RunPodResult;
  probe(req: ProbeRequest): ProbeResult;

  // ---- node-level operations behind the API's back (see node-ops.ts for the model)
  killContainer(node: string, pod: PodRef): NodeOpResult;
  restartKubeProxy(node: string): NodeOpResult;
  /** The node stops/resumes answering (NotReady, pods unready, evicted after 300 s of simulated time). */
  setNodeReady(node: string, ready: boolean): NodeOpResult;

  // ---- time
  advance(ms: number): void;
  setTime(now: number): void;

  // ---- state
  snapshot(): ClusterSnapshot;
  restore(snapshot: ClusterSnapshot): void;
  /** An independent copy sharing structure with this one (cheap). Listeners are not copied. */
  fork(): Cluster;
  log(): readonly Op[];
  subscribe(listener: Listener): () => void;
}
