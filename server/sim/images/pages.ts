/** Byte-exact texts real images produce (nginx 1.27 welcome page, error page, startup log). */

export const NGINX_VERSION = '1.27.3';

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

export const nginxNotFound = (): string => `<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>nginx/${NGINX_VERSION}</center>
</body>
</html>
`;

/** `2025-01-01T00:00:00Z` → `2025/01/01 00:00:00` (nginx error-log time format). */
const nginxTime = (rfc: string): string => rfc.replace('T', ' ').replace('Z', '').replace(/-/g, '/');

export function nginxStartupLog(startedAt: string): string {
  const t = nginxTime(startedAt);
  return [
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
    `${t} [notice] 1#1: using the "epoll" event method`,
    `${t} [notice] 1#1: nginx/${NGINX_VERSION}`,
    `${t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) `,
    `${t} [notice] 1#1: OS: Linux 6.8.0-1015-gcp`,
    `${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
    `${t} [notice] 1#1: start worker processes`,
    `${t} [notice] 1#1: start worker process 29`,
    `${t} [notice] 1#1: start worker process 30`,
    '',
  ].join('\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx's combined access log line. */
export function nginxAccessLog(
  ms: number,
  clientIP: string,
  path: string,
  status: number,
  bytes: number,
  agent: string,
): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const t = `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
  return `${clientIP} - - [${t}] "GET ${path} HTTP/1.1" ${status} ${bytes} "-" "${agent}" "-"\n`;
}
