import { type HttpHandler, http } from 'msw';
import { findRoute, matchRoute, routes } from '../operations/router.js';
import type { MoniteEngine } from '../pipeline/engine.js';
import { PAYMENT_PAGE_URL, paymentPageReply } from './payment-page.js';

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

/**
 * One msw handler per operation of the spec, answering on any origin with or
 * without the `/v1` prefix, one for the payment pages of payment links, and
 * a last handler for a known path with an unknown method (405) or a path
 * that does not decode (400). Unknown paths
 * fall through, so `onUnhandledRequest: 'error'` still catches them and the
 * app's own handlers still see their requests.
 */
export function createHandlers(engine: MoniteEngine): HttpHandler[] {
  const handlers = routes.map((route) => {
    const urlPattern = new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${route.pattern.source.slice(1)}`, 'i');
    return METHODS[route.operation.method](urlPattern, ({ request }) => {
      let params: Record<string, string> | undefined;
      try {
        params = matchRoute(route, new URL(request.url).pathname);
      } catch {
        // A parameter that is not valid percent-encoding: the engine answers 400.
        return engine.fetch(request);
      }
      return engine.handle(route.operation, request, params ?? {});
    });
  });
  handlers.push(
    // The payment pages payment links point at, so a test can open and pay one.
    http.all(PAYMENT_PAGE_URL, ({ request }) => paymentPageReply(engine, request)),
    http.all(/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/.*/i, ({ request }) => {
      const found = findRoute(request.method, new URL(request.url).pathname);
      if (!found || 'route' in found) return undefined;
      return engine.fetch(request);
    }),
  );
  return handlers;
}
