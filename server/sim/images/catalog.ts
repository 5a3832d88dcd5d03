/**
 * What each image does when its container starts: which sockets it listens on, what it logs, which
 * binaries `exec` finds in it. Unknown images run and listen on the container ports they declare.
 */
import type { Container, Pod, Protocol } from '../types.js';
import { nginxStartupLog } from './pages.js';

export type App = 'nginx' | 'http-echo' | 'hostname' | 'ok' | 'redis' | 'dns' | 'udp-echo' | 'tcp';

export interface Listener {
  port: number;
  protocol: Protocol;
  app: App;
  /** http-echo's -text. */
  text?: string;
}

export type ImageFamily =
  | 'nginx'
  | 'busybox'
  | 'curl'
  | 'http-echo'
  | 'redis'
  | 'coredns'
  | 'kube-proxy'
  | 'control-plane'
  | 'generic';

/** `docker.io/library/nginx:1.27` → `nginx`; `hashicorp/http-echo:1.0` → `hashicorp/http-echo`. */
export function repoOf(image: string): string {
  let s = image.split('@')[0] ?? image;
  const lastSlash = s.lastIndexOf('/');
  const colon = s.lastIndexOf(':');
  if (colon > lastSlash) s = s.slice(0, colon);
  s = s.replace(/^(docker\.io\/|registry\.k8s\.io\/|quay\.io\/|ghcr\.io\/|mirror\.gcr\.io\/)/, '');
  return s.replace(/^library\//, '');
}

export function familyOf(image: string): ImageFamily {
  const repo = repoOf(image);
  const last = repo.split('/').pop() ?? repo;
  if (last === 'nginx' || last === 'nginx-unprivileged') return 'nginx';
  if (last === 'busybox' || last === 'alpine' || last === 'netshoot' || last === 'dnsutils') return 'busybox';
  if (last === 'curl') return 'curl';
  if (last === 'http-echo') return 'http-echo';
  if (last === 'redis') return 'redis';
  if (last === 'coredns') return 'coredns';
  if (last === 'kube-proxy') return 'kube-proxy';
  if (['kube-apiserver', 'etcd', 'kube-controller-manager', 'kube-scheduler'].includes(last))
    return 'control-plane';
  return 'generic';
}

/** Coreutils every image with a shell carries; order kept so each set lists its tools as before. */
const COREUTILS = ['cat', 'echo', 'sleep', 'hostname', 'env', 'true', 'false', 'ls'];

const BUSYBOX_TOOLS = ['sh', 'wget', 'nslookup', 'nc', 'ping', ...COREUTILS, 'printenv'];

/** Binaries `kubectl exec` can start in a container of this image. */
export function toolsOf(image: string): Set<string> {
  switch (familyOf(image)) {
    case 'busybox':
      return new Set(BUSYBOX_TOOLS);
    case 'curl':
      return new Set([...BUSYBOX_TOOLS, 'curl']);
    case 'nginx':
      // Debian based: a shell and curl, but no wget, nslookup or nc.
      return new Set(['sh', 'bash', ...COREUTILS, 'curl', 'printenv', 'nginx']);
    case 'redis':
      return new Set(['sh', 'bash', ...COREUTILS, 'redis-cli', 'printenv']);
    case 'http-echo':
    case 'coredns':
      return new Set(); // distroless/scratch images: nothing to exec
    default:
      return new Set(['sh', ...COREUTILS, 'printenv']);
  }
}

/** The process argv the runtime starts: command (entrypoint) + args, image defaults filled in. */
export function argvOf(c: Container): string[] {
  const fam = familyOf(c.image);
  const entry =
    c.command ??
    (
      {
        nginx: ['/docker-entrypoint.sh'],
        busybox: [],
        curl: ['curl'],
        'http-echo': ['/http-echo'],
        redis: ['docker-entrypoint.sh'],
        coredns: ['/coredns'],
        'kube-proxy': ['/usr/local/bin/kube-proxy'],
        'control-plane': [repoOf(c.image).split('/').pop() ?? ''],
        generic: [],
      } as const
    )[fam];
  const defArgs: Record<ImageFamily, string[]> = {
    nginx: ['nginx', '-g', 'daemon off;'],
    busybox: ['sh'],
    curl: [],
    'http-echo': [],
    redis: ['redis-server'],
    coredns: ['-conf', '/etc/coredns/Corefile'],
    'kube-proxy': [],
    'control-plane': [],
    generic: [],
  };
  const args = c.args ?? (c.command ? [] : defArgs[fam]);
  return [...entry, ...args];
}

/** Declared container ports, for images that listen where they are told to. */
function declared(c: Container, app: App): Listener[] {
  return (c.ports ?? []).map((p) => {
    const protocol = p.protocol ?? 'TCP';
    return {
      port: p.containerPort,
      protocol,
      app: protocol === 'UDP' ? (p.containerPort === 53 ? 'dns' : 'udp-echo') : app,
    };
  });
}

export type MainProcess =
  | { kind: 'serve'; listeners: Listener[]; log: string }
  /** Runs a shell command line (busybox, curl...) once at start; its output is the container log. */
  | { kind: 'run'; argv: string[] };

function flag(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith(`-${name}=`) || a.startsWith(`--${name}=`)) return a.slice(a.indexOf('=') + 1);
    if ((a === `-${name}` || a === `--${name}`) && i + 1 < argv.length) return argv[i + 1];
  }
  return undefined;
}

export function mainProcess(pod: Pod, c: Container, startedAt: string): MainProcess {
  const fam = familyOf(c.image);
  const argv = argvOf(c);
  const own = [
    'nginx',
    'redis-server',
    'http-echo',
    '/http-echo',
    'coredns',
    '/coredns',
    'docker-entrypoint.sh',
    '/docker-entrypoint.sh',
  ];
  const customCommand =
    c.command !== undefined &&
    ['nginx', 'redis', 'http-echo', 'coredns'].includes(fam) &&
    !own.includes(c.command[0] ?? '');
  if (customCommand) return { kind: 'run', argv };
  switch (fam) {
    case 'nginx':
      return {
        kind: 'serve',
        listeners: [{ port: 80, protocol: 'TCP', app: 'nginx' }],
        log: nginxStartupLog(startedAt),
      };
    case 'http-echo': {
      const listen = flag(argv, 'listen') ?? ':5678';
      const text = flag(argv, 'text');
      if (text === undefined) return { kind: 'run', argv: ['/http-echo-missing-text'] };
      const port = Number(listen.split(':').pop());
      const ts = startedAt.replace('T', ' ').replace('Z', '').replace(/-/g, '/');
      return {
        kind: 'serve',
        listeners: [{ port, protocol: 'TCP', app: 'http-echo', text }],
        log: `${ts} [INFO] server is listening on ${listen}\n`,
      };
    }
    case 'redis':
      return {
        kind: 'serve',
        listeners: [{ port: 6379, protocol: 'TCP', app: 'redis' }],
        log: `1:M ${startedAt} * Ready to accept connections tcp\n`,
      };
    case 'coredns':
      return {
        kind: 'serve',
        listeners: [
          { port: 53, protocol: 'UDP', app: 'dns' },
          { port: 53, protocol: 'TCP', app: 'dns' },
          { port: 9153, protocol: 'TCP', app: 'ok' },
          { port: 8080, protocol: 'TCP', app: 'ok' },
          { port: 8181, protocol: 'TCP', app: 'ok' },
        ],
        log: '.:53\n[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908\nCoreDNS-1.11.3\nlinux/amd64, go1.21.11, a6338e9\n',
      };
    case 'kube-proxy':
      return {
        kind: 'serve',
        listeners: [
          { port: 10249, protocol: 'TCP', app: 'ok' },
          { port: 10256, protocol: 'TCP', app: 'ok' },
        ],
        log: `I0101 00:00:00.000000       1 server_linux.go:66] "Using iptables proxy"\nI0101 00:00:00.000000       1 server.go:677] "Successfully retrieved node IP(s)" IPs=["${pod.status?.hostIP ?? ''}"]\nI0101 00:00:00.000000       1 shared_informer.go:320] Caches are synced for service config\nI0101 00:00:00.000000       1 shared_informer.go:320] Caches are synced for endpoint slice config\n`,
      };
    case 'control-plane': {
      const last = repoOf(c.image).split('/').pop();
      const port =
        last === 'kube-apiserver' ? 6443 : last === 'etcd' ? 2379 : last === 'kube-scheduler' ? 10259 : 10257;
      return { kind: 'serve', listeners: [{ port, protocol: 'TCP', app: 'ok' }], log: '' };
    }
    case 'busybox':
    case 'curl':
      return { kind: 'run', argv };
    default:
      if (c.command !== undefined || c.args !== undefined) {
        // Unknown image with a command: run it if it is something the shell knows, else just serve ports.
        const first = argv[0] ?? '';
        if (['sh', '/bin/sh', 'sleep', 'echo', 'cat'].includes(first)) return { kind: 'run', argv };
      }
      return { kind: 'serve', listeners: declared(c, 'hostname'), log: '' };
  }
}
