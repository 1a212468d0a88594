/**
 * Serves the payment pages the mock's payment links point at
 * (`payment_page_url`), on every way the mock answers: `monite.fetch`, the
 * Node server and the msw handlers. The page itself is the domain's.
 */
import { PAYMENT_PAGE_PATH } from '../domain/payment-links.js';
import { paymentPage } from '../domain/payment-page.js';
import type { MoniteEngine } from '../pipeline/engine.js';

/** The URLs of payment pages on any origin, for msw. */
export const PAYMENT_PAGE_URL = new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${PAYMENT_PAGE_PATH}`, 'i');

/** Answers a request for a payment page, or undefined when the request is for something else. */
export function paymentPageReply(engine: MoniteEngine, request: Request): Response | undefined {
  const host = {
    store: engine.store,
    write: (scope: string, entityId?: string) => engine.writeContext(scope, entityId),
  };
  const reply = paymentPage(host, request.method, new URL(request.url).pathname);
  if (!reply) return undefined;
  const body = request.method === 'HEAD' ? null : reply.html;
  return new Response(body, { status: reply.status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
