/** busybox nslookup, nc and ping. */
import type { ProbeResult, ProbeSource } from '../api.js';
import { DNS_SERVICE_IP, resolveFrom } from './dns.js';
import { podAtIP } from '../core/nodes.js';
import { probeRequest } from './probe.js';
import { err, type ShellCtx, type ShellResult } from './shell-types.js';

const podSource = (ctx: ShellCtx): ProbeSource =>
  ctx.source ?? { pod: { namespace: ctx.pod.metadata.namespace ?? 'default', name: ctx.pod.metadata.name } };

/**
 * busybox 1.36 nslookup: the query goes to the DNS server over UDP 53 (through kube-proxy like any
 * packet), then walks the search path. Output: `Server:`/`Address:` header, then the answer or one
 * `** server can't find <name>: NXDOMAIN` line per name tried.
 */
export function nslookup(ctx: ShellCtx, args: string[]): ShellResult {
  const pos = args.filter((a) => !a.startsWith('-'));
  const type = args
    .find((a) => a.startsWith('-type=') || a.startsWith('-query='))
    ?.split('=')[1]
    ?.toUpperCase();
  const name = pos[0];
  if (!name)
    return err(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n',
    );
  const server = pos[1] ?? DNS_SERVICE_IP;
  const dnsProbe = probeRequest(ctx.tx, podSource(ctx), server, 53, 'UDP');
  const served = dnsProbe.outcome === 'ok' && dnsProbe.response?.server === 'dns';
  if (!served)
    return {
      stdout: ';; connection timed out; no servers could be reached\n\n',
      stderr: '',
      exitCode: 1,
      traces: [dnsProbe],
    };
  let text = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  const ns = ctx.pod.metadata.namespace ?? 'default';
  const q = resolveFrom(ctx.tx.s, name, ns, type === 'SRV' ? 'SRV' : 'A');
  if (!q.answer) {
    for (const a of q.attempts) text += `** server can't find ${a.name}: NXDOMAIN\n\n`;
    return { stdout: text, stderr: '', exitCode: 1, traces: [dnsProbe] };
  }
  for (const r of q.answer.records) {
    if (r.type === 'A') text += `Name:\t${q.answer.name}\nAddress: ${r.value}\n`;
    else if (r.type === 'CNAME') text += `${q.answer.name}\tcanonical name = ${r.value}\n`;
    else text += `${q.answer.name}\tservice = ${r.priority} ${r.weight} ${r.port} ${r.value}\n`;
  }
  return { stdout: text + '\n', stderr: '', exitCode: 0, traces: [dnsProbe] };
}

/** busybox nc: `-z` scan, `-v` verbose, `-u` UDP, `-w` timeout; `-l -p PORT` listens (a server). */
export function nc(ctx: ShellCtx, args: string[]): ShellResult {
  let udp = false;
  let listen = false;
  let listenPort: number | undefined;
  let timeout: number | undefined;
  const pos: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-p') listenPort = Number(args[++i]);
    else if (a === '-w') timeout = Number(args[++i]);
    else if (a.startsWith('-')) {
      if (a.includes('u')) udp = true;
      if (a.includes('l')) listen = true;
    } else pos.push(a);
  }
  void timeout;
  if (listen) {
    const port = listenPort ?? Number(pos[0]);
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      traces: [],
      running: true,
      listeners: [{ port, protocol: udp ? 'UDP' : 'TCP', app: udp ? 'udp-echo' : 'tcp' }],
    };
  }
  const [host, portText] = pos;
  if (!host || !portText)
    return err(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n',
    );
  const port = Number(portText);
  const r: ProbeResult = probeRequest(ctx.tx, podSource(ctx), host, port, udp ? 'UDP' : 'TCP', {
    connectOnly: true,
  });
  const where = `${host} (${r.ip ?? host}:${port})`;
  const done = (stderr: string, exitCode: number): ShellResult => ({
    stdout: '',
    stderr,
    exitCode,
    traces: [r],
  });
  const verbose = args.some((a) => a.startsWith('-') && a.includes('v'));
  switch (r.outcome) {
    case 'unknown-host':
      return done(`nc: bad address '${host}'\n`, 1);
    case 'ok':
      return done(verbose ? `${where} open\n` : '', 0);
    case 'refused':
      return udp ? done(verbose ? `${where} open\n` : '', 0) : done(`nc: ${where}: Connection refused\n`, 1);
    default:
      return udp ? done(verbose ? `${where} open\n` : '', 0) : done(`nc: ${where}: Operation timed out\n`, 1);
  }
}

/** busybox ping: pod IPs answer ICMP; a ClusterIP is virtual (kube-proxy only handles its ports). */
export function ping(ctx: ShellCtx, args: string[]): ShellResult {
  let count = 4;
  const pos: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-c') count = Number(args[++i]);
    else if (a.startsWith('-c')) count = Number(a.slice(2));
    else if (a === '-W' || a === '-w' || a === '-i') i++;
    else if (!a.startsWith('-')) pos.push(a);
  }
  const host = pos[0];
  if (!host)
    return err(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n',
    );
  const s = ctx.tx.s;
  const ns = ctx.pod.metadata.namespace ?? 'default';
  let ip = host;
  if (ctx.source && !/^\d+\.\d+\.\d+\.\d+$/.test(host)) return err(`ping: bad address '${host}'\n`);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const q = resolveFrom(s, host, ns);
    const a = q.answer?.records.find((r) => r.type === 'A');
    if (!a) return err(`ping: bad address '${host}'\n`);
    ip = a.value;
  }
  const fromOutside = !!ctx.source && 'outside' in ctx.source;
  const alive = fromOutside
    ? Object.values(s.nodes).some((n) => n.ip === ip)
    : (!!podAtIP(s, ip) && !Object.values(s.nodes).some((n) => n.deadIPs[ip])) ||
      Object.values(s.nodes).some((n) => n.ip === ip);
  let text = `PING ${host} (${ip}): 56 data bytes\n`;
  if (alive)
    for (let i = 0; i < count; i++) text += `64 bytes from ${ip}: seq=${i} ttl=63 time=0.${100 + i * 7} ms\n`;
  text += `\n--- ${host} ping statistics ---\n${count} packets transmitted, ${alive ? count : 0} packets received, ${alive ? 0 : 100}% packet loss\n`;
  if (alive) text += 'round-trip min/avg/max = 0.100/0.110/0.121 ms\n';
  return { stdout: text, stderr: '', exitCode: alive ? 0 : 1, traces: [] };
}
