// Our own request core, a small stand-in for openapi-fetch's runtime
// (createClient's coreFetch) with the same observable behaviour: the main
// entry must shrink, and the client needs only `request`, `use` and `eject`.
// openapi-fetch's types stay (type-only imports); nothing of it runs here.
import type { HeadersOptions, MergedOptions, Middleware, ParseAs } from 'openapi-fetch';

/** How the client configures the core (once, at construction). */
export interface CoreClientOptions {
  /** The base URL, already without a trailing slash. */
  baseUrl: string;
  /** Headers sent with every request (a call's own headers override them; `null` removes one). */
  headers?: HeadersOptions;
  /** Turns a call's `body` into what the Request sends; it receives the merged headers. */
  bodySerializer: (body: unknown, headers: Headers) => unknown;
  /** Fills a path template's `{name}` placeholders; always called, with `{}` when the call has no path params. */
  pathSerializer: (path: string, pathParams: Record<string, unknown>) => string;
  /** The fetch to use when a call passes none; when both are absent, `globalThis.fetch` as it is at call time. */
  fetch?: (request: Request) => Promise<Response>;
}

/** What one call may pass: openapi-fetch's per-call options, and any RequestInit field (`signal`, `cache`, ...). */
export interface CoreCallInit {
  /** Path, query and header parameters (`cookie` is accepted and ignored, as openapi-fetch does). */
  params?: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
    cookie?: unknown;
  };
  /** The request body, serialized by the body serializer unless `undefined`. */
  body?: unknown;
  /** Headers for this call; they override the client's (`null` removes one). */
  headers?: HeadersOptions;
  /** How to read a successful response's body (default `json`). */
  parseAs?: ParseAs;
  /** Replaces the default query serializer for this call. */
  querySerializer?: (query: Record<string, unknown>) => string;
  /** Replaces the client's body serializer for this call. */
  bodySerializer?: (body: unknown, headers: Headers) => unknown;
  /** A base URL for this call instead of the client's (trailing slashes are dropped). */
  baseUrl?: string;
  /** The fetch for this call. */
  fetch?: (request: Request) => Promise<Response>;
  /** Middleware for this call only, run after the client's. */
  middleware?: Middleware[];
  /** Aborts the request. */
  signal?: AbortSignal | null;
  /** Any other RequestInit field, passed to the Request as is. */
  [requestInit: string]: unknown;
}

/** What a call resolves to, as openapi-fetch's FetchResponse: `data` when ok, else `error`, and the response. */
export interface CoreResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The request core: openapi-fetch's `request`, `use` and `eject`. */
export interface CoreClient {
  /** Sends one request; resolves with the parsed body, rejects only when fetch (and every onError) fails. */
  request(method: string, path: string, init?: CoreCallInit): Promise<CoreResult>;
  /** Registers middleware for every call (falsy entries are skipped). */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware, by identity. */
  eject(...middleware: Middleware[]): void;
}

type Hook = 'onRequest' | 'onResponse' | 'onError';
type State = { request: Request; response?: Response; error?: unknown };

const enc = encodeURIComponent;
const isArray = Array.isArray;

/**
 * Merges headers as openapi-fetch's `mergeHeaders` does: later sources win,
 * a `null` value deletes the header, an array value appends each item.
 */
export function mergeHeaders(...all: (HeadersOptions | undefined)[]): Headers {
  const merged = new Headers();
  for (const h of all) {
    if (h) {
      for (const [k, v] of h instanceof Headers ? h : Object.entries(h)) {
        if (v === null) merged.delete(k);
        else if (isArray(v)) for (const x of v) merged.append(k, x as string);
        else if (v !== undefined) merged.set(k, v as string);
      }
    }
  }
  return merged;
}

/**
 * The default query serializer: `a=1&a=2` for arrays (form, exploded),
 * `a[b]=1` for objects (deepObject), `undefined` and `null` left out, names
 * and values URI-encoded, in the object's key order.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  // One recursive step serves the top level (no prefix), arrays and nested objects.
  const add = (name: string, value: unknown): void => {
    if (isArray(value)) for (const v of value) add(name, v);
    else if (value && typeof value === 'object')
      for (const k in value) add(name ? `${name}[${enc(k)}]` : enc(k), (value as Record<string, unknown>)[k]);
    else if (value != null) parts.push(`${name}=${enc(value as string)}`);
  };
  add('', query);
  return parts.join('&');
}

/** Creates a request core with openapi-fetch's behaviour (see CoreClientOptions). */
export function createCoreClient(o: CoreClientOptions): CoreClient {
  // Stryker disable next-line ArrayDeclaration: a list holding a string runs no hook (a string has no onRequest), so it acts as an empty one
  const globalMiddleware: Middleware[] = [];
  return {
    async request(method, schemaPath, init = {}) {
      const {
        params = {},
        body,
        headers,
        parseAs = 'json',
        querySerializer = serializeQuery,
        bodySerializer = o.bodySerializer,
        baseUrl: callBaseUrl,
        // The global is read per call: MSW and test doubles patch it after the client exists.
        fetch: callFetch = o.fetch ?? fetch,
        // Stryker disable next-line ArrayDeclaration: as for globalMiddleware, a string entry runs no hook
        middleware = [],
        ...rest
      } = init;
      const baseUrl = callBaseUrl ? callBaseUrl.replace(/\/+$/, '') : o.baseUrl;
      const url = baseUrl + o.pathSerializer(schemaPath, params.path ?? {});
      // openapi-fetch tolerates a custom serializer that returns a leading '?'.
      const query = querySerializer(params.query ?? {}).replace(/^\?/, '');
      const sources = [o.headers, headers, params.header as HeadersOptions];
      const serialized = body === undefined ? body : bodySerializer(body, mergeHeaders(...sources));
      const s: State = {
        request: new Request(query ? `${url}?${query}` : url, {
          redirect: 'follow',
          ...rest,
          method: method.toUpperCase(),
          body: serialized as BodyInit,
          // Lowest priority; none for FormData, whose boundary fetch writes into the type itself.
          headers: mergeHeaders(
            // `false` (no default) is skipped like an absent source.
            (serialized !== undefined &&
              !(serialized instanceof FormData) && {
                'Content-Type': 'application/json',
              }) as HeadersOptions,
            ...sources,
          ),
        }),
      };
      const list = [...globalMiddleware, ...middleware];
      // Only middleware sees these, so a call without middleware (the usual
      // case) builds none of them and awaits no hook below.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty list runs no hook and nothing sees the id, so the skip only saves time
      const hooked = list.length > 0;
      // Stryker disable next-line StringLiteral: an empty list runs no hook and nothing sees the id, so the skip only saves time
      const id = hooked ? Math.random().toString(36).slice(2) : '';
      const options = (hooked &&
        Object.freeze({
          baseUrl,
          fetch: callFetch,
          parseAs,
          querySerializer,
          bodySerializer,
          pathSerializer: o.pathSerializer,
        })) as MergedOptions;

      // Runs one hook over the middleware. The hook sees the state so far (the
      // request, plus the response or the error) and may replace `key` with an
      // instance of `Kind`; a Response from onRequest or onError answers the call
      // and ends the loop; anything else truthy is a bug in the middleware.
      const run = async (
        hook: Hook,
        ms: Middleware[],
        key: keyof State,
        Kind: typeof Request | typeof Response | typeof Error,
      ) => {
        for (const m of ms) {
          const r: unknown = await (m as Record<Hook, ((p: unknown) => unknown) | undefined> | undefined)?.[hook]?.({
            ...s,
            schemaPath,
            params,
            options,
            id,
          });
          if (r) {
            if (r instanceof Response && Kind !== Response) {
              s.response = r;
              return;
            }
            if (!(r instanceof Kind))
              throw Error(
                `Middleware ${hook} must return an instance of ${Kind.name}${Kind === Response ? '' : ' or Response'}, or nothing`,
              );
            (s as Record<string, unknown>)[key] = r;
          }
        }
      };

      // Stryker disable next-line ConditionalExpression: an empty list runs no hook and nothing sees the id, so the skip only saves time
      if (hooked) await run('onRequest', list, 'request', Request);
      if (!s.response) {
        try {
          s.response = await callFetch(s.request);
        } catch (e) {
          s.error = e;
          // Stryker disable next-line ConditionalExpression: an empty list runs no hook and nothing sees the id, so the skip only saves time
          if (hooked) await run('onError', [...list].reverse(), 'error', Error);
          if (!s.response) throw s.error;
          // Recovered: onResponse sees the response, not the error.
          delete s.error;
        }
        // Stryker disable next-line ConditionalExpression: an empty list runs no hook and nothing sees the id, so the skip only saves time
        if (hooked) await run('onResponse', [...list].reverse(), 'response', Response);
      }

      const response = s.response;
      const { ok, headers: got } = response;
      const length = got.get('Content-Length');
      let value: unknown;
      if (
        response.status !== 204 &&
        s.request.method !== 'HEAD' &&
        (length !== '0' || got.get('Transfer-Encoding')?.includes('chunked'))
      ) {
        if (ok && (parseAs !== 'json' || length))
          value = parseAs === 'stream' ? response.body : await response[parseAs]();
        else {
          // Read as text: without a length an ok JSON body may be empty (undefined data),
          // and an error body is JSON when it parses, else its text.
          value = await response.text();
          try {
            value = value || !ok ? JSON.parse(value as string) : undefined;
          } catch (e) {
            if (ok) throw e;
          }
        }
      }
      return { [ok ? 'data' : 'error']: value, response } as CoreResult;
    },

    use(...ms) {
      for (const m of ms) {
        if (m) {
          // Object(): a primitive fails the check instead of making `in` throw a TypeError.
          if (!['onRequest', 'onResponse', 'onError'].some((k) => k in Object(m)))
            throw Error('Middleware must be an object with onRequest, onResponse or onError');
          globalMiddleware.push(m);
        }
      }
    },

    eject(...ms) {
      // indexOf's -1 becomes 2**32-1 (>>> 0), past the end, so splice removes nothing.
      for (const m of ms) globalMiddleware.splice(globalMiddleware.indexOf(m) >>> 0, 1);
    },
  };
}
