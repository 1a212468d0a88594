import { http, type HttpHandler } from 'msw';
import type { MoniteEngine } from '../pipeline/engine.js';
import { errorBody } from '../domain/error-bodies.js';
import { jsonResponse } from './responses.js';
import { findRoute, matchRoute, routes } from '../operations/router.js';

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

/**
 * One msw handler per operation of the spec, answering on any origin with or
 * without the `/v1` prefix, plus a last handler that answers 405 for a known
 * path with an unknown method. Unknown paths fall through, so
 * `onUnhandledRequest: 'error'` still catches them.
 */
export function createHandlers(engine: MoniteEngine): HttpHandler[] {
  const handlers = routes.map((route) => {
    const urlPattern = new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${route.pattern.source.slice(1)}`, 'i');
    return METHODS[route.operation.method](urlPattern, ({ request }) => {
      const params = matchRoute(route, new URL(request.url).pathname) ?? {};
      return engine.handle(route.operation, request, params);
    });
  });
  handlers.push(
    http.all(/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/.*/i, ({ request }) => {
      const found = findRoute(request.method, new URL(request.url).pathname);
      if (!found || !('methodNotAllowed' in found)) return undefined;
      return jsonResponse(405, errorBody('Method Not Allowed'), { allow: '' });
    }),
  );
  return handlers;
}
