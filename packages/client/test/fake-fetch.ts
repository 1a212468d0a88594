// An observed fetch for tests: records every request the client sends (as
// the network would see it) and answers from a handler. Nothing in the
// client is mocked; only the network is replaced.

/** A request as the fake network saw it. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
  contentType: string | null;
  /** The original Request, for assertions on its body as form data. */
  raw: Request;
}

/** Answers a request: a Response, or throw to simulate a network failure. */
export type FakeHandler = (request: SeenRequest, index: number) => Response | Promise<Response>;

/** A fetch double plus what it has seen. */
export interface FakeFetch {
  fetch: (request: Request) => Promise<Response>;
  requests: SeenRequest[];
  /** Requests to paths other than /auth/token. */
  apiRequests(): SeenRequest[];
  /** Requests to /auth/token. */
  tokenRequests(): SeenRequest[];
  /** Resolves once `count` requests have arrived: a test waits for an event, not for time. */
  arrived(count: number): Promise<void>;
}

/** Creates an observed fetch that answers with `handler`. */
export function createFakeFetch(handler: FakeHandler): FakeFetch {
  const requests: SeenRequest[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  return {
    requests,
    arrived: (count) =>
      new Promise((resolve) => {
        if (requests.length >= count) resolve();
        else waiting.push({ count, resolve });
      }),
    apiRequests: () => requests.filter((r) => !r.url.pathname.endsWith('/auth/token')),
    tokenRequests: () => requests.filter((r) => r.url.pathname.endsWith('/auth/token')),
    async fetch(request) {
      const copy = request.clone();
      const seen: SeenRequest = {
        method: request.method,
        url: new URL(request.url),
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
        contentType: request.headers.get('content-type'),
        raw: copy,
      };
      requests.push(seen);
      for (const waiter of waiting) if (requests.length >= waiter.count) waiter.resolve();
      if (request.signal.aborted) throw request.signal.reason;
      return handler(seen, requests.length - 1);
    },
  };
}

/** A JSON response with an `x-request-id`. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': `req-${status}`, ...headers },
  });
}

/** A token endpoint answer. */
export function tokenResponse(token: string, expiresIn = 3600): Response {
  return json({ access_token: token, expires_in: expiresIn, token_type: 'Bearer' });
}

/** A fetch that only settles when its request is aborted, to exercise timeouts. */
export function hangingFetch(): (request: Request) => Promise<Response> {
  return (request) =>
    new Promise((_, reject) => {
      if (request.signal.aborted) reject(request.signal.reason);
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
}

/** Resolves after `ms` of real time. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
