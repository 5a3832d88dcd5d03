/** `npm start`: parse the configuration, build the web client if needed, and serve. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { startServer } from './server.js';

async function ensureWebBuilt(distDir: string): Promise<void> {
  if (existsSync(path.join(distDir, 'index.html'))) return;
  console.log('Building the web client (first start)...');
  const { build } = await import('vite');
  await build({ configFile: path.resolve('web/vite.config.ts'), logLevel: 'warn' });
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.SKIP_WEB_BUILD) await ensureWebBuilt(config.WEB_DIST_DIR);
  const server = await startServer(config);
  console.log(`kube-arena is running.
  Host a game:  ${server.url}/
  Players join: ${server.url}/join`);
  const stop = () => {
    console.log('Shutting down...');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
