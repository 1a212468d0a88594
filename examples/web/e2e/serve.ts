// Builds the app with Vite and serves the build over HTTP on a free port:
// what `pnpm demo:web` shows, as static files (the service worker needs a
// real origin, so not file://).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** A served build: its origin, and `close()` to stop serving and remove it. */
export interface ServedApp {
  origin: string;
  close(): Promise<void>;
}

/** Builds `root` into a temporary folder and serves it on 127.0.0.1. */
export async function buildAndServe(root: string): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'monite-web-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = resolve(outDir, `.${path === '/' ? '/index.html' : path}`);
    try {
      if (!file.startsWith(outDir)) throw new Error('outside the build');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    close: () =>
      new Promise<void>((done) =>
        server.close(() => {
          rmSync(outDir, { recursive: true, force: true });
          done();
        }),
      ),
  };
}
