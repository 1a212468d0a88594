/**
 * The payment page a link's `payment_page_url` points at, served by the mock
 * so the URL it hands out works: a GET shows what the payer is asked for
 * (amount, currency, recipient, status) with a button to pay; a POST pays, as
 * a payer does on Monite's page. Paying a link for a stored document records
 * Monite's own payment record for it through its intent (the record pays the
 * document and settles the intent and the link); a link for an outside
 * invoice has no document to pay, so only its intent and link settle.
 */
import { isObject, type Json, numberOf, textOf } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import type { WriteContext } from '../state/rules.js';
import type { Store } from '../state/store.js';
import { COUNTERPARTS } from './counterparts/lookup.js';
import { entityRecord } from './entities/lookup.js';
import { displayName } from './parties.js';
import { PAYMENT_LINKS, PAYMENT_PAGE_PATH, settleIntent } from './payment-links.js';
import { isExpiredLink, recordPayment } from './payments.js';

/** A page the mock answers: its status and HTML. */
export interface PageReply {
  status: number;
  html: string;
}

/** What serving the page needs from the running mock. */
export interface PageHost {
  store: Store;
  /** A write context in a scope whose changes are recorded as a request's are (history, events, webhooks). */
  write(scope: string, entityId?: string): WriteContext;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML: stored values are whatever a caller sent. */
function htmlText(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A whole page with a title and a body. */
function page(status: number, title: string, body: string): PageReply {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${htmlText(title)}</title></head><body><h1>${htmlText(title)}</h1>${body}</body></html>`;
  return { status, html };
}

/**
 * Who the link pays: the stored entity's or counterpart's name, else its id
 * (a link has its recipient, with its id: the request requires them).
 */
function recipientName(link: StoredRecord, ctx: WriteContext): string {
  const recipient = link.recipient as Json;
  const id = String(recipient.id);
  const party = recipient.type === 'counterpart' ? ctx.get(COUNTERPARTS, id) : entityRecord(ctx.store, id);
  return (party && displayName(party)) ?? id;
}

/** Minor units as the payer reads them (two decimals, as most currencies have). */
function money(link: StoredRecord): string {
  return `${((numberOf(link.amount) ?? 0) / 100).toFixed(2)} ${htmlText(link.currency)}`;
}

/** The link as the payer sees it, with the pay button while it can be paid. */
function linkPage(status: number, link: StoredRecord, ctx: WriteContext, note = ''): PageReply {
  const open = link.status === 'created' && !isExpiredLink(link, ctx.clock.now());
  const rows = [
    ['Amount', money(link)],
    ['Recipient', htmlText(recipientName(link, ctx))],
    ['Reference', htmlText(link.payment_reference ?? '')],
    ['Status', `<span id="status">${htmlText(link.status)}</span>`],
    ['Expires', htmlText(link.expires_at)],
  ];
  const table = `<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
  const button = open ? '<form method="post"><button type="submit">Pay</button></form>' : '';
  return page(status, 'Payment', `${note}${table}${button}`);
}

/** Pays a link: a record through its intent for a stored document, else its intent settles. */
function pay(link: StoredRecord, ctx: WriteContext): PageReply {
  if (link.status !== 'created' || isExpiredLink(link, ctx.clock.now()))
    return linkPage(409, link, ctx, `<p>This link cannot be paid: it is ${htmlText(link.status)}.</p>`);
  if (isObject(link.object))
    recordPayment(ctx, {
      entity_id: link.entity_id,
      amount: link.amount,
      currency: link.currency,
      object: { type: link.object.type, id: link.object.id },
      payment_intent_id: link.payment_intent_id,
    });
  else settleIntent(link.payment_intent_id, ctx);
  const paid = ctx.get(PAYMENT_LINKS, link.id) ?? link;
  return linkPage(200, paid, ctx, '<p>Thank you: the payment went through.</p>');
}

/**
 * Answers a request for a payment page (`GET` shows it, `POST` pays), or
 * undefined when the path is not a payment page. An unknown link is a 404
 * page, another method a 405.
 */
export function paymentPage(host: PageHost, method: string, pathname: string): PageReply | undefined {
  if (!pathname.startsWith(PAYMENT_PAGE_PATH)) return undefined;
  const linkId = pathname.slice(PAYMENT_PAGE_PATH.length).replace(/\/$/, '');
  // An unknown link is in no scope, and no scope called "undefined" holds it.
  const scope = String(host.store.scopesHolding(PAYMENT_LINKS, linkId)[0]);
  const link = host.store.get(scope, PAYMENT_LINKS, linkId);
  if (!link) return page(404, 'Payment link not found', `<p>No payment link ${htmlText(linkId)}.</p>`);
  const ctx = host.write(scope, textOf(link.entity_id));
  if (method === 'GET' || method === 'HEAD') return linkPage(200, link, ctx);
  if (method === 'POST') return pay(link, ctx);
  return page(405, 'Method not allowed', '<p>Open the page with GET; pay with POST.</p>');
}
