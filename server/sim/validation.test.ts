import { describe, expect, it } from 'vitest';
import { createCluster, formatKubectlError } from './index.js';
import type { Service, ServicePort } from './index.js';

const svc = (name: string, spec: Partial<Service['spec']>): Service => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec: { selector: { app: 'web' }, ports: [{ port: 80 }], ...spec },
});
const ports = (...p: ServicePort[]) => ({ ports: p });

/** What kubectl prints for `kubectl apply -f` of each mistake (k8s-semantics.md §2.8). */
const cases: [string, Service, string][] = [
  [
    'nodePort out of range',
    svc('bad-nodeport', { type: 'NodePort', ...ports({ port: 80, nodePort: 80 }) }),
    'The Service "bad-nodeport" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
  ],
  [
    'two unnamed ports',
    svc('rabbitmq', ports({ port: 5672 }, { port: 15672 })),
    'The Service "rabbitmq" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value',
  ],
  [
    'second port unnamed',
    svc('web-noname', ports({ name: 'http', port: 80 }, { port: 443 })),
    'The Service "web-noname" is invalid: spec.ports[1].name: Required value',
  ],
  [
    'lower-case protocol',
    svc('p', ports({ port: 80, protocol: 'tcp' as never })),
    'The Service "p" is invalid: spec.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"',
  ],
  [
    'protocol ANY',
    svc('p', ports({ port: 80, protocol: 'ANY' as never })),
    'The Service "p" is invalid: spec.ports[0].protocol: Unsupported value: "ANY": supported values: "SCTP", "TCP", "UDP"',
  ],
  [
    'port 0 with a targetPort',
    svc('p', ports({ port: 0, targetPort: 80 })),
    'The Service "p" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
  ],
  // targetPort defaults to port before validation, so both fields fail (ValidatePortNumOrName).
  [
    'port 65536 without targetPort',
    svc('p', ports({ port: 65536 })),
    'The Service "p" is invalid: \n* spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 65536: must be between 1 and 65535, inclusive',
  ],
  [
    'quoted numeric targetPort',
    svc('p', ports({ port: 80, targetPort: '8080' })),
    'The Service "p" is invalid: spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)',
  ],
  [
    '16-char targetPort name',
    svc('p', ports({ port: 80, targetPort: 'http-alternative' })),
    'The Service "p" is invalid: spec.ports[0].targetPort: Invalid value: "http-alternative": must be no more than 15 characters',
  ],
  [
    'upper-case port name',
    svc('p', ports({ name: 'HTTP', port: 80 })),
    "The Service \"p\" is invalid: spec.ports[0].name: Invalid value: \"HTTP\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
  ],
  [
    'nodePort on ClusterIP',
    svc('p', ports({ port: 80, nodePort: 30080 })),
    'The Service "p" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is \'ClusterIP\'',
  ],
  [
    'duplicate port name',
    svc('p', ports({ name: 'http', port: 80 }, { name: 'http', port: 81 })),
    'The Service "p" is invalid: spec.ports[1].name: Duplicate value: "http"',
  ],
  [
    'type Nodeport',
    svc('p', { type: 'Nodeport' as never }),
    'The Service "p" is invalid: spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
  ],
  [
    'upper-case name',
    svc('PingCAP-TiDB-pd', {}),
    "The Service \"PingCAP-TiDB-pd\" is invalid: metadata.name: Invalid value: \"PingCAP-TiDB-pd\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
  ],
  [
    'name starting with a digit',
    svc('1web', {}),
    "The Service \"1web\" is invalid: metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
  ],
  [
    'headless NodePort',
    svc('p', { type: 'NodePort', clusterIP: 'None' }),
    'The Service "p" is invalid: spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services',
  ],
  ['no ports', svc('p', { ports: [] }), 'The Service "p" is invalid: spec.ports: Required value'],
  [
    'bad selector key',
    svc('p', { selector: { 'app name': 'web' } }),
    "The Service \"p\" is invalid: spec.selector: Invalid value: \"app name\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ],
  [
    'duplicate port/protocol',
    svc('two-ports', ports({ name: 'a', port: 443 }, { name: 'b', port: 443 })),
    'The Service "two-ports" is invalid: spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:443, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
  ],
  [
    'clusterIP outside the range',
    svc('p', { clusterIP: '1.1.1.1' }),
    'The Service "p" is invalid: spec.clusterIPs: Invalid value: ["1.1.1.1"]: failed to allocate IP 1.1.1.1: the provided IP (1.1.1.1) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
  ],
  [
    'clusterIP taken',
    svc('p', { clusterIP: '10.96.0.10' }),
    'The Service "p" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated',
  ],
];

describe('Service validation (kubectl apply)', () => {
  it.each(cases)('%s', (_name, manifest, expected) => {
    const c = createCluster({ seed: 1 });
    const r = c.create(manifest);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status.reason).toBe('Invalid');
    expect(r.status.code).toBe(422);
    expect(formatKubectlError(r.status)).toBe(expected);
    expect(c.list('Service').map((s) => s.metadata.name)).toEqual(['kubernetes']);
  });

  it('aggregates several causes in the API message as [a, b]', () => {
    const c = createCluster({ seed: 1 });
    const r = c.create(svc('rabbitmq', ports({ port: 5672 }, { port: 15672 })));
    expect(!r.ok && r.status.message).toBe(
      'Service "rabbitmq" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: Required value]',
    );
  });

  it('accepts a headless Service without ports and the same port on TCP and UDP', () => {
    const c = createCluster({ seed: 1 });
    expect(c.create(svc('h', { clusterIP: 'None', ports: [] })).ok).toBe(true);
    expect(
      c.create(
        svc('dns', ports({ name: 'u', port: 53, protocol: 'UDP' }, { name: 't', port: 53, protocol: 'TCP' })),
      ).ok,
    ).toBe(true);
  });

  it('reports NotFound, AlreadyExists and a missing namespace like the API server', () => {
    const c = createCluster({ seed: 1 });
    const nf = c.delete({ kind: 'Service', name: 'x' });
    expect(!nf.ok && formatKubectlError(nf.status)).toBe(
      'Error from server (NotFound): services "x" not found',
    );
    c.create(svc('web', {}));
    const dup = c.create(svc('web', {}));
    expect(!dup.ok && formatKubectlError(dup.status)).toBe(
      'Error from server (AlreadyExists): services "web" already exists',
    );
    const ns = c.create(svc('web', {}), { namespace: 'finance' });
    expect(!ns.ok && formatKubectlError(ns.status)).toBe(
      'Error from server (NotFound): namespaces "finance" not found',
    );
    const dep = c.delete({ kind: 'Deployment', name: 'nope' });
    expect(!dep.ok && dep.status.message).toBe('deployments.apps "nope" not found');
  });

  it('rejects a Deployment whose selector does not match its template', () => {
    const c = createCluster({ seed: 1 });
    const r = c.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'api' } },
          spec: { containers: [{ name: 'n', image: 'nginx' }] },
        },
      },
    });
    expect(!r.ok && formatKubectlError(r.status)).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"api"}: `selector` does not match template `labels`',
    );
  });
});

describe('strict field validation', () => {
  it('refuses unknown fields with the decoder message, listing each path', () => {
    const c = createCluster({ seed: 1 });
    const bad = {
      ...svc('web', {}),
      spec: { selctor: { app: 'web' }, ports: [{ port: 80, targetport: 8080 }] },
    };
    const r = c.create(bad as unknown as Service);
    expect(!r.ok && formatKubectlError(r.status)).toBe(
      'Error from server (BadRequest): Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.selctor", unknown field "spec.ports[0].targetport"',
    );
    const d = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replica: 2,
        selector: { matchLabels: { a: 'b' } },
        template: {
          metadata: { labels: { a: 'b' } },
          spec: { containers: [{ name: 'n', image: 'nginx', imagee: 'x' }] },
        },
      },
    };
    const rd = c.apply(d as never);
    expect(!rd.ok && rd.status.message).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica", unknown field "spec.template.spec.containers[0].imagee"',
    );
    expect(c.create(bad as unknown as Service, { strict: false }).ok).toBe(true);
  });
});
