import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from './node-server.js';
import { counterpartPayload, ENTITY, tokenRequest, VERSION } from '../test/helpers.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('startMockServer', () => {
  let server: MockServer;
  const lines: string[] = [];
  beforeAll(async () => {
    server = await startMockServer({ port: 0, seed: 'server', log: (line) => lines.push(line) });
  });
  afterAll(() => server.close());

  it('serves the in-memory Monite over HTTP and logs one line per request', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = await fetch(tokenRequest(`${server.url}/v1`)).then((r) => r.json());
    const auth = {
      'x-monite-version': VERSION,
      authorization: `Bearer ${token.access_token}`,
      'x-monite-entity-id': ENTITY,
    };
    const created = await fetch(`${server.url}/counterparts`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(counterpartPayload),
    });
    expect(created.status).toBe(201);
    const listed = await fetch(`${server.url}/counterparts`, { headers: auth }).then((r) => r.json());
    expect(listed.data).toHaveLength(1);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^POST \/counterparts 201 \d+(\.\d+)?ms$/);
  });

  it('lets browser apps on other origins call it (CORS)', async () => {
    const preflight = await fetch(`${server.url}/counterparts`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, x-monite-version',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, x-monite-version');
    const answer = await fetch(`${server.url}/counterparts`, { headers: { origin: 'http://localhost:5173' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it("serves a payment link's page on the server's own address, and a form post pays the link", async () => {
    const token = await fetch(`${server.url}/v1/auth/token`, {
      method: 'POST',
      headers: { 'x-monite-version': VERSION, 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
        client_secret: 'x',
        grant_type: 'client_credentials',
      }),
    }).then((r) => r.json());
    const link = await fetch(`${server.url}/v1/payment_links`, {
      method: 'POST',
      headers: {
        'x-monite-version': VERSION,
        authorization: `Bearer ${token.access_token}`,
        'x-monite-entity-id': ENTITY,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        amount: 4200,
        currency: 'EUR',
        payment_methods: ['sepa_credit'],
        recipient: { id: ENTITY, type: 'entity' },
        invoice: { issue_date: '2024-05-20', due_date: '2024-06-19' },
      }),
    }).then((r) => r.json());
    expect(link.payment_page_url).toBe(`${server.url}/_mock/payment_pages/${link.id}`);
    const page = await fetch(link.payment_page_url);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('42.00 EUR');
    // What a browser sends when the page's Pay button is pressed.
    const paid = await fetch(link.payment_page_url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(paid.status).toBe(200);
    expect(await paid.text()).toContain('<span id="status">succeeded</span>');
  });

  it('answers 404 with an error body for unknown paths', async () => {
    const response = await fetch(`${server.url}/nothing/here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'Not Found' } });
  });
});

describe('monite-mock bin', () => {
  it('starts on the given port and logs requests', async () => {
    const bin = resolve(packageRoot, 'bin/monite-mock.mjs');
    if (!existsSync(resolve(packageRoot, 'dist/cli.js')))
      throw new Error('dist/cli.js is missing: run `pnpm --filter @monite-ts/mocks build` first');
    const child = spawn(process.execPath, [bin, '--port', '0', '--seed', 'cli', '--latency', '5'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolvePromise, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /on (http:\/\/\S+)/.exec(output);
          if (match) resolvePromise(match[1] as string);
        });
        child.once('exit', (code) => reject(new Error(`monite-mock exited with ${code}: ${output}`)));
      });
      const response = await fetch(`${url}/tags`, { headers: { 'x-monite-version': VERSION } });
      expect(response.status).toBe(401);
      await new Promise((r) => setTimeout(r, 50));
      expect(output).toMatch(/GET \/tags 401 \d/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
