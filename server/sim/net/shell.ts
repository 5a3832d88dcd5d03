/**
 * A tiny POSIX-ish shell for container commands: `sh -c` scripts with `;`, `&&`, `||`, the busybox
 * applets the module uses, and detection of long-running loops. Binaries missing from the image fail
 * the way the runtime (exec) or the shell (`sh: x: not found`) reports it.
 */
import { resolvConf } from './dns.js';
import { curl, wget } from './tools-http.js';
import { nc, nslookup, ping } from './tools-net.js';
import { err, out, type ShellCtx, type ShellResult } from './shell-types.js';

/** Split a command line into words, honouring single and double quotes and backslashes. */
export function words(line: string): string[] {
  const res: string[] = [];
  let cur = '';
  let has = false;
  let q: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (q) {
      if (ch === q) q = null;
      else if (ch === '\\' && q === '"' && i + 1 < line.length) cur += line[++i];
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      q = ch;
      has = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur) res.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (has || cur) res.push(cur);
  return res;
}

/** Split a script into commands joined by `;`, `&&`, `||` (outside quotes). */
function statements(script: string): { cmd: string; op: ';' | '&&' | '||' }[] {
  const out: { cmd: string; op: ';' | '&&' | '||' }[] = [];
  let cur = '';
  let q: string | null = null;
  let op: ';' | '&&' | '||' = ';';
  for (let i = 0; i < script.length; i++) {
    const ch = script[i] as string;
    if (q) {
      if (ch === q) q = null;
      cur += ch;
    } else if (ch === '"' || ch === "'") {
      q = ch;
      cur += ch;
    } else if (
      ch === ';' ||
      ch === '\n' ||
      (ch === '&' && script[i + 1] === '&') ||
      (ch === '|' && script[i + 1] === '|')
    ) {
      out.push({ cmd: cur.trim(), op });
      op = ch === '&' ? '&&' : ch === '|' ? '||' : ';';
      if (ch === '&' || ch === '|') i++;
      cur = '';
    } else cur += ch;
  }
  out.push({ cmd: cur.trim(), op });
  return out.filter((s) => s.cmd);
}

function env(ctx: ShellCtx): Record<string, string> {
  const e: Record<string, string> = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOSTNAME: ctx.pod.metadata.name,
    KUBERNETES_SERVICE_HOST: '10.96.0.1',
    KUBERNETES_SERVICE_PORT: '443',
    KUBERNETES_SERVICE_PORT_HTTPS: '443',
    KUBERNETES_PORT: 'tcp://10.96.0.1:443',
    KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443',
    KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
    KUBERNETES_PORT_443_TCP_PORT: '443',
    KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
    HOME: '/root',
  };
  for (const v of ctx.container.env ?? []) if (v.value !== undefined) e[v.name] = v.value;
  return e;
}

const FILES = (ctx: ShellCtx): Record<string, string> => ({
  '/etc/resolv.conf': resolvConf(ctx.pod.metadata.namespace ?? 'default'),
  '/etc/hostname': `${ctx.pod.metadata.name}\n`,
  '/etc/hosts': `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ctx.pod.status?.podIP ?? ''}\t${ctx.pod.metadata.name}\n`,
});

function isLoop(script: string): boolean {
  return /\bwhile\s+(true|:)\b|\btail\s+-f\b|\bsleep\s+(infinity|\d{2,})/.test(script);
}

/** Run one command (argv). `viaShell`: started from a shell, so a missing binary is `sh: x: not found`. */
export function runArgv(ctx: ShellCtx, argv: string[], viaShell = false): ShellResult {
  const [cmd0, ...args] = argv;
  if (!cmd0) return out('');
  const bin = cmd0.split('/').pop() ?? cmd0;
  const known = ctx.tools.has(bin) || (bin === 'bash' && ctx.tools.has('sh'));
  if (!known) {
    if (viaShell) return err(`sh: ${cmd0}: not found\n`, 127);
    return err(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd0}": executable file not found in $PATH: unknown\n`,
      126,
    );
  }
  switch (bin) {
    case 'sh':
    case 'bash': {
      const i = args.indexOf('-c');
      if (i < 0) return out(''); // no script and no stdin: the shell exits at once
      return runScript(ctx, args[i + 1] ?? '');
    }
    case 'echo': {
      const n = args[0] === '-n';
      const text = (n ? args.slice(1) : args).join(' ');
      return out(n ? text : text + '\n');
    }
    case 'cat': {
      const f = FILES(ctx);
      if (args.length === 0) return out(ctx.stdin ?? '');
      let s = '';
      for (const a of args) {
        const c = f[a];
        if (c === undefined)
          return {
            stdout: s,
            stderr: `cat: can't open '${a}': No such file or directory\n`,
            exitCode: 1,
            traces: [],
          };
        s += c;
      }
      return out(s);
    }
    case 'hostname':
      return out(`${ctx.pod.metadata.name}\n`);
    case 'env':
    case 'printenv': {
      const e = env(ctx);
      if (args[0]) return e[args[0]] !== undefined ? out(`${e[args[0]]}\n`) : { ...out(''), exitCode: 1 };
      return out(
        Object.entries(e)
          .map(([k, v]) => `${k}=${v}\n`)
          .join(''),
      );
    }
    case 'sleep':
      // A container sleeping is running; an exec'd sleep returns when done (time is not simulated).
      return ctx.atStart ? { ...out(''), running: true } : out('');
    case 'true':
      return out('');
    case 'false':
      return { ...out(''), exitCode: 1 };
    case 'ls':
      return out('bin\ndev\netc\nhome\nproc\nroot\nsys\ntmp\nusr\nvar\n');
    case 'wget':
      return wget(ctx, args);
    case 'curl':
      return curl(ctx, args);
    case 'nslookup':
      return nslookup(ctx, args);
    case 'nc':
      return nc(ctx, args);
    case 'ping':
      return ping(ctx, args);
    case 'nginx':
      return out('');
    case 'redis-cli':
      return out('PONG\n');
    default:
      return out('');
  }
}

export function runScript(ctx: ShellCtx, script: string): ShellResult {
  if (ctx.atStart && isLoop(script)) return { ...out(''), running: true };
  const res: ShellResult = { stdout: '', stderr: '', exitCode: 0, traces: [] };
  let last = 0;
  for (const st of statements(script)) {
    if (st.op === '&&' && last !== 0) continue;
    if (st.op === '||' && last === 0) continue;
    const r = runArgv(ctx, words(st.cmd), true);
    res.stdout += r.stdout;
    res.stderr += r.stderr;
    res.traces.push(...r.traces);
    if (r.listeners) res.listeners = [...(res.listeners ?? []), ...r.listeners];
    if (r.running) res.running = true;
    last = r.exitCode;
  }
  res.exitCode = last;
  return res;
}
