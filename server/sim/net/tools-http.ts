/** busybox wget and curl 8, with the messages they print for each network outcome. */
import type { ProbeResult } from '../api.js';
import { probeRequest } from './probe.js';
import { byteLength, err, parseUrl, type ShellCtx, type ShellResult } from './shell-types.js';

function request(ctx: ShellCtx, host: string, port: number, path: string, agent: string): ProbeResult {
  const ns = ctx.pod.metadata.namespace ?? 'default';
  return probeRequest(
    ctx.tx,
    ctx.source ?? { pod: { namespace: ns, name: ctx.pod.metadata.name } },
    host,
    port,
    'TCP',
    {
      path,
      agent,
    },
  );
}

const isHttp = (r: ProbeResult) => r.response?.status !== undefined;

export function wget(ctx: ShellCtx, args: string[]): ShellResult {
  let quiet = false;
  let output: string | undefined;
  let spider = false;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--spider') spider = true;
    else if (a.startsWith('--timeout=') || a.startsWith('-U') || a === '-S') continue;
    else if (a === '-T' || a === '-U' || a === '--header') i++;
    else if (a.startsWith('-O')) output = a.length > 2 ? a.slice(2) : args[++i];
    else if (/^-[qO-]+$/.test(a) && a.includes('q')) {
      quiet = true;
      if (a.endsWith('O')) output = args[++i];
      else if (a.includes('O')) output = a.slice(a.indexOf('O') + 1);
    } else if (a.startsWith('-'))
      return err(
        `wget: unrecognized option '${a}'\nBusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n`,
      );
    else url = a;
  }
  if (!url)
    return err(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n',
    );
  const u = parseUrl(url);
  if (!u || (u.scheme !== 'http' && u.scheme !== 'https'))
    return err(`wget: not an http or ftp url: ${url}\n`);
  const r = request(ctx, u.host, u.port, u.path, 'Wget');
  const base = (s: string, code = 1): ShellResult => ({ ...err(s, code), traces: [r] });
  let stderr = '';
  switch (r.outcome) {
    case 'unknown-host':
      return base(`wget: bad address '${u.host}'\n`);
    case 'refused':
      return base(
        `${quiet ? '' : `Connecting to ${u.host} (${r.ip}:${u.port})\n`}wget: can't connect to remote host (${r.ip}): Connection refused\n`,
      );
    case 'timeout':
    case 'no-response':
      return base(
        `${quiet ? '' : `Connecting to ${u.host} (${r.ip}:${u.port})\n`}wget: download timed out\n`,
      );
    default:
  }
  if (!quiet) stderr += `Connecting to ${u.host} (${r.ip}:${u.port})\n`;
  if (!isHttp(r)) return base(`${stderr}wget: error getting response: Connection reset by peer\n`);
  const status = r.response?.status ?? 200;
  if (status >= 400)
    return base(
      `${stderr}wget: server returned error: HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Error'}\n`,
    );
  const body = r.response?.body ?? '';
  if (spider)
    return { stdout: '', stderr: quiet ? '' : `${stderr}remote file exists\n`, exitCode: 0, traces: [r] };
  const toStdout = output === '-';
  const file = output ?? (u.path === '/' ? 'index.html' : (u.path.split('/').pop() ?? 'index.html'));
  if (!quiet) {
    const size = String(byteLength(body)).padStart(5);
    const label = toStdout ? '-' : file;
    stderr += `${toStdout ? 'writing to stdout' : `saving to '${file}'`}\n`;
    stderr += `${label.padEnd(20)} 100% |********************************| ${size}  0:00:00 ETA\n`;
    stderr += toStdout ? 'written to stdout\n' : `'${file}' saved\n`;
  }
  return { stdout: toStdout ? body : '', stderr, exitCode: 0, traces: [r] };
}

export function curl(ctx: ShellCtx, args: string[]): ShellResult {
  let silent = false;
  let showErr = false;
  let verbose = false;
  let head = false;
  let fail = false;
  let maxTime: number | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-m' || a === '--max-time' || a === '--connect-timeout') maxTime = Number(args[++i]);
    else if (a === '-o' || a === '--output' || a === '-H' || a === '-A' || a === '-X' || a === '-d') i++;
    else if (a.startsWith('--')) {
      if (a === '--silent') silent = true;
      else if (a === '--verbose') verbose = true;
      else if (a === '--head') head = true;
      else if (a === '--fail') fail = true;
      else if (a === '--show-error') showErr = true;
    } else if (a.startsWith('-') && a.length > 1) {
      for (const ch of a.slice(1)) {
        if (ch === 's') silent = true;
        else if (ch === 'S') showErr = true;
        else if (ch === 'v') verbose = true;
        else if (ch === 'I') head = true;
        else if (ch === 'f') fail = true;
      }
    } else url = a;
  }
  if (!url) return err("curl: try 'curl --help' or 'curl --manual' for more information\n", 2);
  const u = parseUrl(url);
  if (!u) return err(`curl: (3) URL rejected: Malformed input to a URL function\n`, 3);
  const r = request(ctx, u.host, u.port, u.path, 'curl/8.11.1');
  const quietErr = silent && !showErr;
  const fail_ = (code: number, msg: string): ShellResult => ({
    stdout: '',
    stderr: quietErr ? '' : `curl: (${code}) ${msg}\n`,
    exitCode: code,
    traces: [r],
  });
  let v = '';
  if (verbose) v += r.ip ? `*   Trying ${r.ip}:${u.port}...\n` : `* Could not resolve host: ${u.host}\n`;
  switch (r.outcome) {
    case 'unknown-host':
      return {
        ...fail_(6, `Could not resolve host: ${u.host}`),
        stderr: v + (quietErr ? '' : `curl: (6) Could not resolve host: ${u.host}\n`),
      };
    case 'refused':
      return {
        ...fail_(7, `Failed to connect to ${u.host} port ${u.port} after 1 ms: Couldn't connect to server`),
        stderr:
          v +
          (quietErr
            ? ''
            : `curl: (7) Failed to connect to ${u.host} port ${u.port} after 1 ms: Couldn't connect to server\n`),
      };
    case 'timeout':
    case 'no-response': {
      const msg =
        maxTime !== undefined
          ? `Connection timed out after ${Math.round(maxTime * 1000) + 1} milliseconds`
          : `Failed to connect to ${u.host} port ${u.port} after 134188 ms: Couldn't connect to server`;
      return { ...fail_(28, msg), stderr: v + (quietErr ? '' : `curl: (28) ${msg}\n`) };
    }
    default:
  }
  if (verbose)
    v += `* Connected to ${u.host} (${r.ip}) port ${u.port}\n> ${head ? 'HEAD' : 'GET'} ${u.path} HTTP/1.1\n> Host: ${u.host}${u.port === 80 ? '' : ':' + u.port}\n> User-Agent: curl/8.11.1\n> Accept: */*\n> \n`;
  if (!isHttp(r))
    return {
      ...fail_(52, 'Empty reply from server'),
      stderr: v + (quietErr ? '' : 'curl: (52) Empty reply from server\n'),
    };
  const status = r.response?.status ?? 200;
  const body = r.response?.body ?? '';
  const reason = status === 200 ? 'OK' : status === 404 ? 'Not Found' : '';
  const headers = [
    `HTTP/1.1 ${status} ${reason}`,
    ...Object.entries(r.response?.headers ?? {}).map(([k, val]) => `${k}: ${val}`),
    `Content-Length: ${byteLength(body)}`,
  ];
  if (verbose) v += headers.map((h) => `< ${h}\n`).join('') + '< \n';
  if (fail && status >= 400)
    return {
      ...fail_(22, `The requested URL returned error: ${status}`),
      stderr: v + (quietErr ? '' : `curl: (22) The requested URL returned error: ${status}\n`),
    };
  if (head) return { stdout: headers.join('\r\n') + '\r\n\r\n', stderr: v, exitCode: 0, traces: [r] };
  return {
    stdout: body,
    stderr: v + (verbose ? `* Connection #0 to host ${u.host} left intact\n` : ''),
    exitCode: 0,
    traces: [r],
  };
}
