/**
 * Recurrences through requests: the schedule a new recurrence shows, its
 * base becoming `recurring`, and the invoices it issues numbered from the
 * entity's settings, naming the recurrence, due by the base's terms.
 */
import { describe, expect, test } from 'vitest';
import { createCounterpart, invoiceBody, testClient } from '../test/helpers.js';

const DAY = 86_400_000;
const LINE = {
  quantity: 1,
  product: { name: 'Retainer', price: { currency: 'EUR', value: 90000 } },
  tax_rate_value: 0,
};

async function draftInvoice(call: ReturnType<typeof testClient>['call']) {
  const cp = await createCounterpart(call);
  const terms = (await call('POST', '/payment_terms', { body: { name: 'Net 10', term_final: { number_of_days: 10 } } }))
    .body;
  return (await call('POST', '/receivables', { body: { ...invoiceBody(cp, [LINE]), payment_terms_id: terms.id } }))
    .body;
}

describe('recurrences', () => {
  test('without a start date it starts today by the mock clock; automation_level is issue, or issue_and_send with a subject and a body', async () => {
    const { call } = testClient();
    const plain = await call('POST', '/recurrences', { body: { invoice_id: (await draftInvoice(call)).id } });
    expect(plain.status, JSON.stringify(plain.body)).toBe(200);
    // The mock's fixed clock starts on 2024-05-25.
    expect(plain.body).toMatchObject({ start_date: '2024-05-25', automation_level: 'issue' });
    expect(plain.body.iterations[0]).toMatchObject({ iteration: 1, issue_at: '2024-05-25' });
    const sending = await call('POST', '/recurrences', {
      body: { invoice_id: (await draftInvoice(call)).id, subject_text: 'Your invoice', body_text: 'Attached.' },
    });
    expect(sending.body.automation_level).toBe('issue_and_send');
  });

  test('a new recurrence lists its iterations from start_date, and its base becomes recurring', async () => {
    const { call } = testClient();
    const base = await draftInvoice(call);
    const created = await call('POST', '/recurrences', {
      body: { invoice_id: base.id, start_date: '2024-05-31', frequency: 'month', max_occurrences: 3 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      status: 'active',
      current_iteration: 1,
      interval: 1,
      start_month: 5,
      start_year: 2024,
      day_of_month: 'last_day',
      iterations: [
        { iteration: 1, issue_at: '2024-05-31', status: 'pending' },
        { iteration: 2, issue_at: '2024-06-30', status: 'pending' },
        { iteration: 3, issue_at: '2024-07-31', status: 'pending' },
      ],
    });
    expect((await call('GET', `/receivables/${base.id}`)).body.status).toBe('recurring');
    // One recurrence per base.
    const again = await call('POST', '/recurrences', { body: { invoice_id: base.id, start_date: '2024-06-01' } });
    expect(again.status).toBe(400);
  });

  test('three invoices, numbered from the entity settings, each naming the recurrence; then completed', async () => {
    const { monite, call } = testClient({ tokenLifetimeSeconds: 365 * 86_400 });
    const base = await draftInvoice(call);
    const recurrence = (
      await call('POST', '/recurrences', {
        body: { invoice_id: base.id, start_date: '2024-06-01', frequency: 'week', interval: 2, max_occurrences: 3 },
      })
    ).body;
    const issued = [
      ...monite.clock.advance(8 * DAY).issued, // 2024-06-02
      ...monite.clock.advance(14 * DAY).issued, // 2024-06-16
      ...monite.clock.advance(14 * DAY).issued, // 2024-06-30
    ];
    expect(issued).toHaveLength(3);
    const invoices = await Promise.all(issued.map(async (id) => (await call('GET', `/receivables/${id}`)).body));
    expect(
      invoices.map((i) => [i.document_id, i.recurrence_id, i.status, i.issue_date.slice(0, 10), i.due_date]),
    ).toEqual([
      ['INV-00001', recurrence.id, expect.any(String), '2024-06-01', '2024-06-11'],
      ['INV-00002', recurrence.id, expect.any(String), '2024-06-15', '2024-06-25'],
      ['INV-00003', recurrence.id, 'issued', '2024-06-29', '2024-07-09'],
    ]);
    const done = (await call('GET', `/recurrences/${recurrence.id}`)).body;
    expect(done.status).toBe('completed');
    expect(
      done.iterations.map((i: { status: string; issued_invoice_id?: string }) => [i.status, i.issued_invoice_id]),
    ).toEqual(issued.map((id) => ['completed', id]));
  });

  test('only a draft invoice recurs: a quote and an issued invoice are refused, saying why', async () => {
    const { call } = testClient();
    const cp = await createCounterpart(call);
    const quote = (await call('POST', '/receivables', { body: { ...invoiceBody(cp, [LINE]), type: 'quote' } })).body;
    expect(await call('POST', '/recurrences', { body: { invoice_id: quote.id } })).toMatchObject({
      status: 400,
      body: { error: { message: 'Only invoices can recur.' } },
    });
    const issued = await draftInvoice(call);
    expect((await call('POST', `/receivables/${issued.id}/issue`)).status).toBe(200);
    expect(await call('POST', '/recurrences', { body: { invoice_id: issued.id } })).toMatchObject({
      status: 400,
      body: {
        error: { message: `Invoice ${issued.id} in status 'issued' cannot recur; a recurrence is based on a draft.` },
      },
    });
  });

  test('canceling cancels the iterations still to come', async () => {
    const { call } = testClient();
    const base = await draftInvoice(call);
    const recurrence = (
      await call('POST', '/recurrences', {
        body: { invoice_id: base.id, start_date: '2024-07-01', end_date: '2024-09-30' },
      })
    ).body;
    expect(recurrence.iterations).toHaveLength(3);
    expect(recurrence).toMatchObject({ end_month: 9, end_year: 2024 });
    await call('POST', `/recurrences/${recurrence.id}/cancel`);
    const canceled = (await call('GET', `/recurrences/${recurrence.id}`)).body;
    expect(canceled.iterations.map((i: { status: string }) => i.status)).toEqual(['canceled', 'canceled', 'canceled']);
  });
});
