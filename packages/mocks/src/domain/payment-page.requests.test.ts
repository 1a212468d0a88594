/**
 * The payment page as a payer reads it: every row, the button while the link
 * can be paid, the notes after paying or refusing, and the pages for an
 * unknown link and an unsupported method, compared as whole documents.
 */
import { describe, expect, test } from 'vitest';
import { ENTITY, testClient } from '../test/helpers.js';

const BASE = 'https://api.sandbox.monite.com';
const ENTITY_RECORD = {
  id: ENTITY,
  type: 'organization',
  status: 'active',
  email: 'finance@page.example',
  address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' },
  organization: { legal_name: 'Page & Sons <GmbH>' },
};
const INVOICE = { issue_date: '2024-05-20', due_date: '2024-06-19' };

/** The page the mock renders, as the test expects it: title, optional note, rows, optional button. */
function expected(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

function rows(cells: Array<[string, string]>): string {
  return `<table>${cells.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
}

const BUTTON = '<form method="post"><button type="submit">Pay</button></form>';

async function world() {
  const made = testClient();
  made.monite.seedResource({ collection: '/entities', data: ENTITY_RECORD });
  const page = async (url: string, method = 'GET') => {
    const response = await made.monite.fetch(new Request(url, { method }));
    return { status: response.status, html: await response.text() };
  };
  const link = async (extra: Record<string, unknown> = {}) =>
    (
      await made.call('POST', '/payment_links', {
        body: {
          payment_methods: ['sepa_credit'],
          recipient: { id: ENTITY, type: 'entity' },
          invoice: INVOICE,
          amount: 12_345,
          currency: 'EUR',
          ...extra,
        },
      })
    ).body as { id: string; payment_page_url: string; expires_at: string };
  return { ...made, page, link };
}

describe('the payment page', () => {
  test('shows amount, the recipient by name (escaped), reference, status and expiry, with a button; paid, a note and none', async () => {
    const { page, link } = await world();
    const made = await link({ payment_reference: 'INV-7 "A"' });
    const cells = (status: string): Array<[string, string]> => [
      ['Amount', '123.45 EUR'],
      ['Recipient', 'Page &amp; Sons &lt;GmbH&gt;'],
      ['Reference', 'INV-7 &quot;A&quot;'],
      ['Status', `<span id="status">${status}</span>`],
      ['Expires', made.expires_at],
    ];
    expect(await page(made.payment_page_url)).toEqual({
      status: 200,
      html: expected('Payment', `${rows(cells('created'))}${BUTTON}`),
    });
    // A trailing slash names the same page.
    expect((await page(`${made.payment_page_url}/`)).status).toBe(200);
    const head = await page(made.payment_page_url, 'HEAD');
    expect(head).toEqual({ status: 200, html: '' });

    expect(await page(made.payment_page_url, 'POST')).toEqual({
      status: 200,
      html: expected('Payment', `<p>Thank you: the payment went through.</p>${rows(cells('succeeded'))}`),
    });
    expect(await page(made.payment_page_url, 'POST')).toEqual({
      status: 409,
      html: expected('Payment', `<p>This link cannot be paid: it is succeeded.</p>${rows(cells('succeeded'))}`),
    });
  });

  test('names a counterpart recipient by its name, and shows an empty reference when there is none', async () => {
    const { call, page, link } = await world();
    const address = { country: 'DE', city: 'Hamburg', postal_code: '20095', line1: 'Hafen 2' };
    const organization = { legal_name: 'Supplier AG', is_vendor: true, is_customer: false, address };
    const counterpart = (await call('POST', '/counterparts', { body: { type: 'organization', organization } })).body;
    const made = await link({ recipient: { id: counterpart.id, type: 'counterpart' } });
    const { html } = await page(made.payment_page_url);
    expect(html).toContain('<tr><th>Recipient</th><td>Supplier AG</td></tr>');
    expect(html).toContain('<tr><th>Reference</th><td></td></tr>');
  });

  test('answers an unknown link with a 404 page and another method with a 405 page', async () => {
    const { page, link } = await world();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await page(`${BASE}/_mock/payment_pages/${unknown}`)).toEqual({
      status: 404,
      html: expected('Payment link not found', `<p>No payment link ${unknown}.</p>`),
    });
    const made = await link();
    expect(await page(made.payment_page_url, 'PUT')).toEqual({
      status: 405,
      html: expected('Method not allowed', '<p>Open the page with GET; pay with POST.</p>'),
    });
  });
});
