/**
 * The in-memory Monite served over HTTP, for tools that cannot use msw
 * (other languages, curl, load generators).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { buildMonite, type CreateMoniteOptions, type MoniteMock } from '../create-monite.js';
import { errorBody } from '../shared/error-bodies.js';
import { type MoniteEngine, PAYLOAD_TOO_LARGE } from '../pipeline/engine.js';
import { DurableState } from '../persistence/durable-state.js';

/** Options of `startMockServer`. */
export interface MockServerOptions extends CreateMoniteOptions {
  /** TCP port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Called with one line per answered request; default: no logging. */
  log?: (line: string) => void;
  /**
   * A state file: loaded at start (created when missing), and every change
   * synced to it before its request is answered, so a crash loses nothing
   * acknowledged. A path that cannot be used, or a file that is not a state
   * file, is refused before anything is written (`StateFileError`).
   */
  state?: string;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The in-memory Monite behind the server (reset, faults, fixtures). */
  monite: MoniteMock;
  /** Stops listening, closes open connections, abandons queued webhook deliveries and closes the state file. */
  close(): Promise<void>;
}

/** The answer when a change could not be synced to the state file: it was not acknowledged. */
export const STATE_WRITE_FAILED = 'The mock could not write this change to its state file.';

/** Methods a fetch `Request` can carry; anything else (TRACE, CONNECT, made-up verbs) is answered 405 here. */
const SUPPORTED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

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

/** The request's headers as a `Headers` object; values `Headers` refuses are left out rather than failing the request. */
function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      try {
        headers.append(name, v);
      } catch {
        // An invalid header value cannot reach the engine; the request is judged without it.
      }
    }
  }
  return headers;
}

/**
 * Reads a body up to `maxBytes`. Past the cap it stops keeping chunks and
 * resolves undefined at once, so the answer (413) does not wait for, or
 * hold, the rest of the upload.
 */
function readBodyCapped(message: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        message.off('data', onData);
        chunks.length = 0;
        // Keep the socket readable but discard what still arrives.
        message.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    message.on('data', onData);
    message.once('end', () => resolve(Buffer.concat(chunks)));
    message.once('error', reject);
  });
}

/** Turns an incoming message into the engine's answer; every refusal carries Monite's body and standard headers. */
async function answer(message: IncomingMessage, base: string, engine: MoniteEngine, monite: MoniteMock) {
  const method = (message.method ?? 'GET').toUpperCase();
  const version = message.headers['x-monite-version'];
  // A bare request carrying only what the standard headers echo, for answers given before the body is read.
  const bare = (url: string) =>
    new Request(url, { headers: typeof version === 'string' ? { 'x-monite-version': version } : {} });
  let url: URL;
  try {
    // The target is resolved against the server's own address: the Host header plays no part in routing.
    url = new URL(`${base}${(message.url ?? '/').startsWith('/') ? '' : '/'}${message.url ?? '/'}`);
  } catch {
    return { response: engine.answerError(bare(`${base}/`), 400, 'The request target is not a valid URL.') };
  }
  if (!SUPPORTED_METHODS.has(method))
    return {
      response: engine.answerError(bare(url.href), 405, 'Method Not Allowed', {
        allow: 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      }),
    };
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await readBodyCapped(message, engine.maxBodyBytes) : undefined;
  if (hasBody && body === undefined)
    return {
      response: engine.answerError(bare(url.href), 413, PAYLOAD_TOO_LARGE, { connection: 'close' }),
      tooLarge: true,
    };
  const request = new Request(url, {
    method,
    headers: headersOf(message),
    body: body && body.length > 0 ? (body as unknown as BodyInit) : undefined,
  });
  return { response: await monite.fetch(request) };
}

async function send(response: Response, out: ServerResponse): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  out.writeHead(response.status, headers);
  out.end(body);
}

/**
 * Starts the in-memory Monite on an HTTP port. Requests go to the same engine
 * and generated routing table as the msw handlers (`monite.fetch`), without
 * msw's per-handler matching, which would cost more than the answer itself.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { mock: monite, engine } = buildMonite(options);
  // Loading writes nothing: a refused file, or a port already taken, leaves the disk as it was.
  const durable = options.state ? DurableState.load(engine, options.state) : undefined;
  const host = options.host ?? '127.0.0.1';
  let base = '';
  const server = createServer((message, out) => {
    const started = performance.now();
    if (message.method === 'OPTIONS') {
      answerPreflight(message, out);
      options.log?.(`OPTIONS ${message.url} 204 ${(performance.now() - started).toFixed(1)}ms`);
      return;
    }
    void (async () => {
      let status = 500;
      try {
        let { response, tooLarge } = await answer(message, base, engine, monite);
        try {
          // Acknowledged only once durable: what this request changed is synced before it is answered.
          await durable?.settled();
        } catch {
          response = engine.answerError(new Request(`${base}/`), 500, STATE_WRITE_FAILED);
          tooLarge = false;
        }
        status = response.status;
        // After a 413 the rest of the upload is not wanted: close the connection once the answer is out.
        if (tooLarge) out.once('finish', () => message.socket?.destroySoon?.());
        await send(response, out);
      } catch {
        // Only a fault of the mock itself lands here; its details stay in the mock, not in the answer.
        const response = engine.answerError(new Request(`${base}/`), 500, 'Internal server error.');
        await send(response, out).catch(() => out.destroy());
      }
      options.log?.(`${message.method} ${message.url} ${status} ${(performance.now() - started).toFixed(1)}ms`);
    })();
  });
  // Requests Node's HTTP parser refuses (unknown verbs, broken framing) never reach the handler:
  // answer them in Monite's shape, with the standard headers, instead of Node's bare 400.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify(errorBody(status === 431 ? 'Request headers are too large.' : 'Bad request.'));
    const headers = { ...engine.standardHeaders(new Request(`${base || 'http://127.0.0.1'}/`)), ...CORS_HEADERS };
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
    socket.end(
      [
        `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`,
        'content-type: application/json',
        `content-length: ${Buffer.byteLength(body)}`,
        'connection: close',
        ...lines,
        '',
        body,
      ].join('\r\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => resolve());
  });
  try {
    await durable?.start();
  } catch (error) {
    server.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4010);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  base = url;
  return {
    url,
    monite,
    close: async () => {
      // Queued webhook deliveries are abandoned, so no retry timer outlives the server.
      monite.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await durable?.close();
    },
  };
}
