import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The config lives in web/ but npm scripts run from the repo root, so root and outDir are pinned here.
const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.KUBE_ARENA_API ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, changeOrigin: true, ws: true },
    },
  },
});
