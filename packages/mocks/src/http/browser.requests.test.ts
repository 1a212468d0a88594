import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@monite-ts/test-browser';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

describe('msw handlers in a browser (setupWorker, headless Chromium)', () => {
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [resolve(here, '../test/browser-app.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const app = bundle.outputFiles[0]?.text ?? '';
    const workerScript = readFileSync(
      resolve(dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js'),
      'utf8',
    );
    server = createServer((request, response) => {
      if (request.url === '/app.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(app);
      if (request.url === '/mockServiceWorker.js')
        return response.writeHead(200, { 'content-type': 'text/javascript' }).end(workerScript);
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>mocks</title><script type="module" src="/app.js"></script>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('answers fetches from a page through the service worker', async () => {
    // The browser proof needs Debian's Chromium. Missing, the test fails and says how to get it.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(origin);
      await page.waitForFunction(() => (window as { __result?: unknown }).__result !== undefined, undefined, {
        timeout: 30_000,
      });
      const result = (await page.evaluate(() => (window as { __result?: unknown }).__result)) as Record<
        string,
        unknown
      >;
      expect(result.error).toBeUndefined();
      expect(result).toMatchObject({ tokenStatus: 200, createdStatus: 201, invalidStatus: 422 });
      expect(result.listedIds).toEqual([result.createdId]);
      expect(result.requestId).toBeTruthy();
    } finally {
      await browser.close();
    }
  });
});
