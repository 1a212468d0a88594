import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * msw's service worker at `/mockServiceWorker.js`, from the installed msw:
 * served by the dev server and emitted by the build, so the worker script
 * always matches the msw the app bundles (nothing copied into the repository).
 */
function mswWorker(): Plugin {
  const source = () =>
    readFileSync(join(dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js'), 'utf8');
  return {
    name: 'msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('content-type', 'text/javascript');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: source() });
    },
  };
}

export default defineConfig({
  plugins: [react(), mswWorker()],
  server: { port: 5173, strictPort: false },
  // The local Monite's chunk (the mock with every operation's schemas) is
  // large by nature and loaded apart from the app's own code.
  build: { chunkSizeWarningLimit: 3000 },
});
