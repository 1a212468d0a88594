/**
 * The in-memory Monite served over HTTP, for tools that cannot use msw
 * (other languages, curl, load generators).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createMonite, type CreateMoniteOptions, type MoniteMock } from '../create-monite.js';
import { errorBody } from '../domain/error-bodies.js';

/** Options of `startMockServer`. */
export interface MockServerOptions extends CreateMoniteOptions {
  /** TCP port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Called with one line per answered request; default: no logging. */
  log?: (line: string) => void;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The in-memory Monite behind the server (reset, faults, fixtures). */
  monite: MoniteMock;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

async function toRequest(message: IncomingMessage, base: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) {
      for (const v of value) headers.append(name, v);
    } else if (value !== undefined) headers.set(name, value);
  }
  const method = message.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks);
  return new Request(new URL(message.url ?? '/', base), { method, headers, body });
}

// Browser apps on another origin (a dev server) call the mock directly: allow them.
const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'x-request-id, x-monite-version, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset',
};

function answerPreflight(message: IncomingMessage, out: ServerResponse): void {
  out.writeHead(204, {
    ...CORS_HEADERS,
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': message.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '600',
  });
  out.end();
}

async function send(response: Response, out: ServerResponse): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  out.writeHead(response.status, headers);
  out.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Starts the in-memory Monite on an HTTP port. Requests go to the same engine
 * and generated routing table as the msw handlers (`monite.fetch`), without
 * msw's per-handler matching, which would cost more than the answer itself.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const monite = createMonite(options);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((message, out) => {
    const started = performance.now();
    const base = `http://${message.headers.host ?? host}`;
    if (message.method === 'OPTIONS') {
      answerPreflight(message, out);
      options.log?.(`OPTIONS ${message.url} 204 ${(performance.now() - started).toFixed(1)}ms`);
      return;
    }
    void (async () => {
      let status = 500;
      try {
        const request = await toRequest(message, base);
        const response = await monite.fetch(request);
        status = response.status;
        await send(response, out);
      } catch (error) {
        out.writeHead(500, { 'content-type': 'application/json' });
        out.end(JSON.stringify(errorBody(`Mock server failure: ${(error as Error).message}`)));
      }
      options.log?.(`${message.method} ${message.url} ${status} ${(performance.now() - started).toFixed(1)}ms`);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4010);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    monite,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
