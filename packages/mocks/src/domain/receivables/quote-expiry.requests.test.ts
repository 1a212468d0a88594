/**
 * A quote is valid through its `expiry_date`: the next day it can no longer
 * be accepted (409), and when the clock moves past it the quote becomes
 * `expired`, with its event. The worked example of docs/architecture.md.
 */
import { describe, expect, test } from 'vitest';
import { createCounterpart, invoiceBody, testClient } from '../../test/helpers.js';

const DAY = 86_400_000;
const LINE = { quantity: 1, product: { name: 'Audit', price: { currency: 'EUR', value: 50000 } }, tax_rate_value: 0 };
// The mock's clock starts at 2024-05-25T08:00:00Z: the quote is valid through 2024-05-27.
const EXPIRY = '2024-05-27';

/** An issued quote valid through `expiry`, with its client. */
async function issuedQuote(expiry = EXPIRY) {
  const client = testClient({ tokenLifetimeSeconds: 365 * 86_400 });
  const cp = await createCounterpart(client.call);
  const body = { ...invoiceBody(cp, [LINE]), type: 'quote', expiry_date: expiry };
  const quote = (await client.call('POST', '/receivables', { body })).body;
  expect((await client.call('POST', `/receivables/${quote.id}/issue`)).body.status).toBe('issued');
  return { ...client, quote };
}

describe('quote expiry', () => {
  test('a quote can be accepted on its expiry date', async () => {
    const { monite, call, quote } = await issuedQuote();
    monite.clock.advance(2 * DAY); // 2024-05-27: the last valid day
    const accepted = await call('POST', `/receivables/${quote.id}/accept`, { body: {} });
    expect(accepted.status).toBe(200);
    expect((await call('GET', `/receivables/${quote.id}`)).body.status).toBe('accepted');
  });

  test('past its expiry date, accepting it is refused with 409 even before the clock has expired it', async () => {
    // Valid through the day before the mock's today, and no clock move yet: the guard itself must see the date.
    const { call, quote } = await issuedQuote('2024-05-24');
    const refused = await call('POST', `/receivables/${quote.id}/accept`, { body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `Quote ${quote.id} expired on 2024-05-24 (today is 2024-05-25) and can no longer be accepted.`,
    );
    expect((await call('GET', `/receivables/${quote.id}`)).body.status).toBe('issued');
  });

  test('once the clock has expired it, accepting it is refused as a move from expired', async () => {
    const { monite, call, quote } = await issuedQuote();
    monite.clock.advance(3 * DAY);
    const refused = await call('POST', `/receivables/${quote.id}/accept`, { body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("Cannot accept in status 'expired'.");
  });

  test('the clock moves a quote past its expiry date to expired, with its event; an issued invoice without a due date stays issued', async () => {
    const { monite, call, quote } = await issuedQuote();
    const cp = await createCounterpart(call);
    const invoice = (await call('POST', '/receivables', { body: invoiceBody(cp, [LINE]) })).body;
    await call('POST', `/receivables/${invoice.id}/issue`);
    const effects = monite.clock.advance(3 * DAY);
    expect(effects.expiredQuotes).toEqual([quote.id]);
    expect((await call('GET', `/receivables/${quote.id}`)).body.status).toBe('expired');
    expect((await call('GET', `/receivables/${invoice.id}`)).body.status).toBe('issued');
    const events = monite.webhooks.events().filter((e) => e.object_type === 'receivable');
    expect(events.at(-1)).toMatchObject({ action: 'receivable.expired', object: { id: quote.id, status: 'expired' } });
    // A second move finds nothing more to expire.
    expect(monite.clock.advance(DAY).expiredQuotes).toEqual([]);
  });
});
