/**
 * Payment links through requests: a link for an outside invoice needs its
 * amount and currency and expires 30 days after the invoice's due date; a
 * link's page is served where `payment_page_url` points, and paying there
 * pays the link (and the document it names) as a payer on Monite's page does.
 */
import { setupServer } from 'msw/node';
import { describe, expect, test } from 'vitest';
import { createMonite } from '../create-monite.js';
import { createCounterpart, ENTITY, invoiceBody, jsonHeaders, testClient } from '../test/helpers.js';

const DAY = 86_400_000;
const OUTSIDE = {
  payment_methods: ['sepa_credit'],
  recipient: { id: ENTITY, type: 'entity' },
  invoice: { issue_date: '2024-05-20', due_date: '2024-06-19' },
};
const PAGE = /^https:\/\/api\.sandbox\.monite\.com\/_mock\/payment_pages\/([0-9a-f-]{36})$/;

/** A test client whose tokens outlive the clock moves of these tests, and its page requests. */
function client() {
  const made = testClient({ tokenLifetimeSeconds: 365 * 86_400 });
  const page = async (url: string, method = 'GET') => {
    const response = await made.monite.fetch(new Request(url, { method }));
    return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
  };
  return { ...made, page };
}

/** An issued invoice of 500.00 EUR (no VAT) to a new counterpart. */
async function issuedInvoice(call: ReturnType<typeof testClient>['call']) {
  const cp = await createCounterpart(call);
  const line = {
    quantity: 1,
    product: { name: 'Audit', price: { currency: 'EUR', value: 50_000 } },
    tax_rate_value: 0,
  };
  const draft = (await call('POST', '/receivables', { body: invoiceBody(cp, [line]) })).body;
  return (await call('POST', `/receivables/${draft.id}/issue`)).body;
}

describe('a link for an outside invoice', () => {
  test('is refused without both its amount and its currency, in Monite’s error body', async () => {
    const { call } = client();
    for (const body of [OUTSIDE, { ...OUTSIDE, amount: 100 }, { ...OUTSIDE, currency: 'EUR' }]) {
      const refused = await call('POST', '/payment_links', { body });
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({
        error: { message: 'A payment link without an object pays an outside invoice: send its amount and currency.' },
      });
    }
  });

  test('asks for what it is given, expires 30 days after the due date, and names its page; its ids read back', async () => {
    const { call } = client();
    const created = await call('POST', '/payment_links', { body: { ...OUTSIDE, amount: 12_500, currency: 'EUR' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      amount: 12_500,
      currency: 'EUR',
      status: 'created',
      expires_at: '2024-07-19T00:00:00Z',
      invoice: OUTSIDE.invoice,
    });
    expect(created.body.payment_page_url).toMatch(PAGE);
    expect(PAGE.exec(created.body.payment_page_url)?.[1]).toBe(created.body.id);
    expect((await call('GET', `/payment_links/${created.body.id}`)).body).toEqual(created.body);
    const intent = await call('GET', `/payment_intents/${created.body.payment_intent_id}`);
    expect(intent.body).toMatchObject({
      amount: 12_500,
      currency: 'EUR',
      status: 'created',
      payment_link_id: created.body.id,
      invoice: OUTSIDE.invoice,
    });
  });

  test('without a due date it expires 30 days after it was made', async () => {
    const { call } = client();
    const body = { ...OUTSIDE, invoice: { issue_date: '2024-05-20' }, amount: 100, currency: 'EUR' };
    expect((await call('POST', '/payment_links', { body })).body.expires_at).toBe('2024-06-24T00:00:00Z');
  });
});

describe('the payment page', () => {
  test('shows the link, and paying there settles an outside invoice’s intent and link', async () => {
    const { monite, call, page } = client();
    monite.seedResource({
      collection: '/entities',
      data: { id: ENTITY, type: 'organization', organization: { legal_name: 'Seller <BV>' } },
    });
    const link = (await call('POST', '/payment_links', { body: { ...OUTSIDE, amount: 12_500, currency: 'EUR' } })).body;
    const shown = await page(link.payment_page_url);
    expect(shown).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(shown.html).toContain('125.00 EUR');
    // Stored values are escaped, not run.
    expect(shown.html).toContain('Seller &lt;BV&gt;');
    expect(shown.html).toContain('<span id="status">created</span>');
    expect(shown.html).toContain('<form method="post">');

    const paid = await page(link.payment_page_url, 'POST');
    expect(paid.status).toBe(200);
    expect(paid.html).toContain('<span id="status">succeeded</span>');
    expect(paid.html).not.toContain('<form');
    expect((await call('GET', `/payment_links/${link.id}`)).body.status).toBe('succeeded');
    expect((await call('GET', `/payment_intents/${link.payment_intent_id}`)).body.status).toBe('succeeded');
    // No document to pay, so no payment record.
    expect((await call('GET', '/payment_records')).body.data).toEqual([]);
    expect((await page(link.payment_page_url, 'POST')).status).toBe(409);
  });

  test('is a whole page: the link as a table with its pay button, a thank-you once paid, and pages for what is not', async () => {
    const { monite, call, page } = client();
    monite.seedResource({
      collection: '/entities',
      data: { id: ENTITY, type: 'organization', organization: { legal_name: 'Seller BV' } },
    });
    const body = { ...OUTSIDE, amount: 12_500, currency: 'EUR', payment_reference: 'INV-7' };
    const link = (await call('POST', '/payment_links', { body })).body;
    const head = '<!doctype html><html lang="en"><head><meta charset="utf-8">';
    const table = (status: string) =>
      '<table><tr><th>Amount</th><td>125.00 EUR</td></tr><tr><th>Recipient</th><td>Seller BV</td></tr>' +
      `<tr><th>Reference</th><td>INV-7</td></tr><tr><th>Status</th><td><span id="status">${status}</span></td></tr>` +
      '<tr><th>Expires</th><td>2024-07-19T00:00:00Z</td></tr></table>';
    const payment = (content: string) =>
      `${head}<title>Payment</title></head><body><h1>Payment</h1>${content}</body></html>`;
    const button = '<form method="post"><button type="submit">Pay</button></form>';
    expect((await page(link.payment_page_url)).html).toBe(payment(`${table('created')}${button}`));
    // A trailing slash names the same page.
    expect((await page(`${link.payment_page_url}/`)).html).toBe(payment(`${table('created')}${button}`));
    expect((await page(link.payment_page_url, 'HEAD')).status).toBe(200);
    expect((await page(link.payment_page_url, 'POST')).html).toBe(
      payment(`<p>Thank you: the payment went through.</p>${table('succeeded')}`),
    );
    expect((await page(link.payment_page_url, 'POST')).html).toBe(
      payment(`<p>This link cannot be paid: it is succeeded.</p>${table('succeeded')}`),
    );
    expect((await page(link.payment_page_url, 'POST')).status).toBe(409);
    expect((await page(link.payment_page_url, 'PUT')).status).toBe(405);
    expect((await page(link.payment_page_url, 'HEAD')).html).toBe('');
    expect((await page(link.payment_page_url, 'PUT')).html).toBe(
      `${head}<title>Method not allowed</title></head><body><h1>Method not allowed</h1>` +
        '<p>Open the page with GET; pay with POST.</p></body></html>',
    );
    const unknown = link.payment_page_url.replace(link.id, 'no-such-link');
    expect((await page(unknown)).status).toBe(404);
    expect((await page(unknown)).html).toBe(
      `${head}<title>Payment link not found</title></head><body><h1>Payment link not found</h1>` +
        '<p>No payment link no-such-link.</p></body></html>',
    );
  });

  test('escapes what callers sent before it shows it', async () => {
    const { monite, call, page } = client();
    monite.seedResource({
      collection: '/entities',
      data: { id: ENTITY, type: 'organization', organization: { legal_name: 'Page & Sons <GmbH>' } },
    });
    const body = { ...OUTSIDE, amount: 100, currency: 'EUR', payment_reference: `INV-7 "A" 'B'` };
    const html = (await page((await call('POST', '/payment_links', { body })).body.payment_page_url)).html;
    expect(html).toContain('<td>Page &amp; Sons &lt;GmbH&gt;</td>');
    expect(html).toContain('<td>INV-7 &quot;A&quot; &#39;B&#39;</td>');
  });

  test('names a counterpart it pays, and shows no reference when the link has none', async () => {
    const { call, page } = client();
    const cp = await createCounterpart(call);
    const body = { ...OUTSIDE, recipient: { id: cp.id, type: 'counterpart' }, amount: 100, currency: 'EUR' };
    const html = (await page((await call('POST', '/payment_links', { body })).body.payment_page_url)).html;
    expect(html).toContain('<tr><th>Recipient</th><td>Acme GmbH</td></tr><tr><th>Reference</th><td></td></tr>');
  });

  test('paying a link for an invoice records Monite’s payment through the intent, which pays the invoice', async () => {
    const { monite, call, page } = client();
    const invoice = await issuedInvoice(call);
    const object = { type: 'receivable', id: invoice.id };
    const link = (await call('POST', '/payment_links', { body: { ...OUTSIDE, invoice: undefined, object } })).body;
    expect(link).toMatchObject({ amount: 50_000, currency: 'EUR' });
    expect((await page(link.payment_page_url)).html).toContain('500.00 EUR');

    expect((await page(link.payment_page_url, 'POST')).status).toBe(200);
    const records = (await call('GET', '/payment_records')).body.data;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      amount: 50_000,
      currency: 'EUR',
      is_external: false,
      status: 'succeeded',
      payment_intent_id: link.payment_intent_id,
      object: { type: 'receivable', id: invoice.id, old_status: 'issued', new_status: 'paid' },
    });
    expect((await call('GET', `/payment_records/${records[0].id}`)).body.id).toBe(records[0].id);
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({ status: 'paid', amount_due: 0 });
    expect((await call('GET', `/payment_links/${link.id}`)).body.status).toBe('succeeded');
    const history = (await call('GET', `/payment_intents/${link.payment_intent_id}/history`)).body.data;
    expect(history.map((h: { status: string }) => h.status)).toEqual(['created', 'succeeded']);
    const events = monite.webhooks.events().slice(-4);
    expect(events.map((e) => e.action)).toEqual([
      'payment_intent.status_updated',
      'payment_link.status_updated',
      'receivable.paid',
      'payment.created',
    ]);
    expect(events.every((e) => e.entity_id === ENTITY)).toBe(true);
  });

  test('an expired link cannot be paid; an unknown one is not found', async () => {
    const { monite, call, page } = client();
    const link = (await call('POST', '/payment_links', { body: { ...OUTSIDE, amount: 100, currency: 'EUR' } })).body;
    monite.clock.advance(60 * DAY);
    const refused = await page(link.payment_page_url, 'POST');
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('expired');
    expect((await call('GET', `/payment_intents/${link.payment_intent_id}`)).body.status).toBe('created');
    const unknown = 'https://api.sandbox.monite.com/_mock/payment_pages/00000000-0000-4000-8000-000000000000';
    expect((await page(unknown)).status).toBe(404);
    expect((await page(link.payment_page_url, 'DELETE')).status).toBe(405);
  });

  test('is served by the msw handlers too, on the origin the link was made on', async () => {
    const monite = createMonite();
    const server = setupServer(...monite.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const token = monite.issueToken();
      const made = await fetch('http://localhost:9999/v1/payment_links', {
        method: 'POST',
        headers: jsonHeaders(token),
        body: JSON.stringify({ ...OUTSIDE, amount: 100, currency: 'EUR' }),
      });
      const link = await made.json();
      expect(link.payment_page_url).toBe(`http://localhost:9999/_mock/payment_pages/${link.id}`);
      expect((await fetch(link.payment_page_url)).status).toBe(200);
      expect((await fetch(link.payment_page_url, { method: 'POST' })).status).toBe(200);
      expect(monite.list('/payment_links', ENTITY)[0]?.status).toBe('succeeded');
    } finally {
      server.close();
    }
  });
});

describe('a link for a stored document', () => {
  test('for a payable asks for its amount due and takes no amount; a draft invoice takes no link', async () => {
    const { call } = client();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 10_000 } })).body;
    for (const move of ['submit_for_approval', 'approve_payment_operation'])
      expect((await call('POST', `/payables/${payable.id}/${move}`)).status).toBe(200);
    const object = { type: 'payable', id: payable.id };
    const body = { payment_methods: ['sepa_credit'], recipient: { id: ENTITY, type: 'entity' }, object };
    const link = await call('POST', '/payment_links', { body: { ...body, payment_reference: 'PO-7' } });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    expect(link.body).toMatchObject({ amount: 10_000, currency: 'EUR' });
    const intent = (await call('GET', `/payment_intents/${link.body.payment_intent_id}`)).body;
    expect(intent).toMatchObject({
      amount: 10_000,
      payment_reference: 'PO-7',
      object,
      recipient: { id: ENTITY, type: 'entity' },
    });
    const withAmount = await call('POST', '/payment_links', { body: { ...body, amount: 5_000 } });
    expect(withAmount).toMatchObject({
      status: 400,
      body: { error: { message: 'A payment link for a payable pays what is due: it takes no amount.' } },
    });

    const cp = await createCounterpart(call);
    const draft = (await call('POST', '/receivables', { body: invoiceBody(cp, []) })).body;
    const refused = await call('POST', '/payment_links', {
      body: { ...body, object: { type: 'receivable', id: draft.id } },
    });
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { message: `A payment link cannot be made for receivable ${draft.id} in status 'draft'.` } },
    });
  });

  test('a payment record naming an intent the mock does not know stays an external one', async () => {
    const { call } = client();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 10_000 } })).body;
    const record = await call('POST', '/payment_records', {
      body: {
        amount: 1_000,
        currency: 'EUR',
        object: { type: 'payable', id: payable.id },
        payment_intent_id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
      },
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    expect(record.body.is_external).toBe(true);
  });

  test('paying a link of an invoice canceled since settles the link, as Monite’s own payment, and pays nothing', async () => {
    const { call } = client();
    const invoice = await issuedInvoice(call);
    const object = { type: 'receivable', id: invoice.id };
    const link = (await call('POST', '/payment_links', { body: { ...OUTSIDE, invoice: undefined, object } })).body;
    expect((await call('POST', `/receivables/${invoice.id}/cancel`)).status).toBe(204);
    const record = await call('POST', '/payment_records', {
      body: { amount: 50_000, currency: 'EUR', object, payment_intent_id: link.payment_intent_id },
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    expect(record.body).toMatchObject({
      amount: 50_000,
      status: 'succeeded',
      is_external: false,
      object: { old_status: 'canceled', new_status: 'canceled' },
    });
    expect((await call('GET', `/payment_links/${link.id}`)).body.status).toBe('succeeded');
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({
      status: 'canceled',
      amount_paid: 0,
    });
  });

  test('asks for at most what is still due: that much or less is a link, more is refused saying so', async () => {
    const { call } = client();
    const invoice = await issuedInvoice(call);
    const body = { ...OUTSIDE, invoice: undefined, object: { type: 'receivable', id: invoice.id } };
    expect((await call('POST', '/payment_links', { body: { ...body, amount: 50_000 } })).body.amount).toBe(50_000);
    expect((await call('POST', '/payment_links', { body: { ...body, amount: 20_000 } })).body.amount).toBe(20_000);
    expect(await call('POST', '/payment_links', { body: { ...body, amount: 50_001 } })).toMatchObject({
      status: 400,
      body: {
        error: {
          message: `The amount (50001) is more than receivable ${invoice.id} still has to be paid (50000).`,
        },
      },
    });
    const unknown = { ...body, object: { type: 'receivable', id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b' } };
    expect((await call('POST', '/payment_links', { body: unknown })).status).toBe(422);
  });

  test('a second payment through a settled intent moves neither the intent nor its link again', async () => {
    const { monite, call } = client();
    const link = (await call('POST', '/payment_links', { body: { ...OUTSIDE, amount: 12_500, currency: 'EUR' } })).body;
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 10_000 } })).body;
    const record = {
      amount: 100,
      currency: 'EUR',
      object: { type: 'payable', id: payable.id },
      payment_intent_id: link.payment_intent_id,
    };
    expect((await call('POST', '/payment_records', { body: record })).status).toBe(201);
    const moves = () =>
      monite.webhooks
        .events()
        .filter((e) => e.action === 'payment_intent.status_updated' || e.action === 'payment_link.status_updated')
        .length;
    expect(moves()).toBe(2);
    expect((await call('POST', '/payment_records', { body: record })).body.is_external).toBe(false);
    expect(moves()).toBe(2);
    const history = (await call('GET', `/payment_intents/${link.payment_intent_id}/history`)).body.data;
    expect(history.map((h: { status: string }) => h.status)).toEqual(['created', 'succeeded']);
  });
});
