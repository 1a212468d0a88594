// A real HTTP server on 127.0.0.1 (port 0) for the adversarial suite: it
// records each request as it arrived on the wire (the raw request target,
// before any URL normalisation) and lets a test answer, stall or trickle.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** The raw request target, e.g. `/counterparts/a%2Fb?x=1`. */
  target: string;
  /** The path without the query, split into its (still encoded) segments. */
  segments: string[];
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Resolves when the client closed the connection or the response ended. */
  closed: Promise<void>;
}

/** Answers one request; may leave `res` open to stall. */
export type TestHandler = (req: ReceivedRequest, res: ServerResponse, index: number) => void | Promise<void>;

/** A running test server. */
export interface TestServer {
  url: string;
  requests: ReceivedRequest[];
  /** Requests other than POST /auth/token. */
  apiRequests(): ReceivedRequest[];
  /** Requests to POST /auth/token. */
  tokenRequests(): ReceivedRequest[];
  /** Closes every connection (stalled ones included) and the server. */
  close(): Promise<void>;
}

/** Starts a server that answers with `handler`. */
export async function startServer(handler: TestHandler): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const target = req.url ?? '';
    const [pathname = '', search = ''] = target.split('?', 2);
    const received: ReceivedRequest = {
      method: req.method ?? '',
      target,
      segments: pathname.split('/').slice(1),
      query: new URLSearchParams(search),
      headers: req.headers,
      closed: new Promise((resolve) => res.once('close', () => resolve())),
    };
    requests.push(received);
    // Drain the body so a stalled answer is the only thing that holds the request.
    req.resume();
    Promise.resolve(handler(received, res, requests.length - 1)).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const isToken = (r: ReceivedRequest) => r.target.split('?')[0] === '/auth/token';
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    apiRequests: () => requests.filter((r) => !isToken(r)),
    tokenRequests: () => requests.filter(isToken),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON answer with an `x-request-id`. */
export function sendJson(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req-${status}`, ...headers });
  res.end(JSON.stringify(body));
}
