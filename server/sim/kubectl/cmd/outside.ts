/**
 * `curl URL` typed at the terminal prompt: a client outside the cluster (the learner's laptop), for
 * the NodePort and LoadBalancer stories: node IPs with a nodePort and load balancer IPs answer,
 * ClusterIPs and pod IPs do not. Messages follow curl 8.
 */
import type { Cluster } from '../../api.js';
import type { KubectlResult } from '../context.js';

function parseUrl(url: string): { host: string; port: number; path: string } | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^?#]*)/.exec(url);
  if (!m) return undefined;
  const scheme = m[1] ?? 'http';
  return {
    host: m[2] as string,
    port: m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80,
    path: m[4] || '/',
  };
}

export function runOutsideCurl(cluster: Cluster, args: string[]): KubectlResult {
  let silent = false;
  let showErr = false;
  let verbose = false;
  let maxTime: number | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-m' || a === '--max-time' || a === '--connect-timeout') maxTime = Number(args[++i]);
    else if (a === '--silent') silent = true;
    else if (a === '--verbose') verbose = true;
    else if (a === '--show-error') showErr = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      silent ||= a.includes('s');
      showErr ||= a.includes('S');
      verbose ||= a.includes('v');
    } else if (!a.startsWith('-')) url = a;
  }
  if (!url)
    return {
      stdout: '',
      stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n",
      exitCode: 2,
    };
  const u = parseUrl(url);
  if (!u)
    return { stdout: '', stderr: 'curl: (3) URL rejected: Malformed input to a URL function\n', exitCode: 3 };
  const r = cluster.probe({ from: { outside: true }, host: u.host, port: u.port, path: u.path });
  const quiet = silent && !showErr;
  let v = '';
  if (verbose) v += r.ip ? `*   Trying ${r.ip}:${u.port}...\n` : '';
  const fail = (code: number, msg: string): KubectlResult => ({
    stdout: '',
    stderr: v + (quiet ? '' : `curl: (${code}) ${msg}\n`),
    exitCode: code,
    traces: [r],
  });
  switch (r.outcome) {
    case 'unknown-host':
      return fail(6, `Could not resolve host: ${u.host}`);
    case 'refused':
      return fail(7, `Failed to connect to ${u.host} port ${u.port} after 1 ms: Couldn't connect to server`);
    case 'timeout':
    case 'no-response':
      return fail(
        28,
        maxTime !== undefined
          ? `Connection timed out after ${Math.round(maxTime * 1000) + 1} milliseconds`
          : `Failed to connect to ${u.host} port ${u.port} after 134188 ms: Couldn't connect to server`,
      );
    default:
  }
  if (!r.response || r.response.status === undefined) return fail(52, 'Empty reply from server');
  if (verbose) v += `* Connected to ${u.host} (${r.ip}) port ${u.port}\n< HTTP/1.1 ${r.response.status}\n`;
  return { stdout: r.response.body, stderr: v, exitCode: 0, traces: [r] };
}
