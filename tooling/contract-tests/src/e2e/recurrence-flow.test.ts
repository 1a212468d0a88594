// A recurrence end to end, through @monite-ts/client against monite-mock
// over HTTP: a draft invoice with terms recurs monthly three times; moving
// the clock issues three invoices numbered from the entity's settings, each
// naming the recurrence; then it is completed. And a deleted counterpart's
// event names the counterpart that went.
import { unwrap } from '@monite-ts/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCounterpart, type Flow, startFlow } from './server.js';

let flow: Flow;
beforeEach(async () => {
  flow = await startFlow('e2e-recurrences');
});
afterEach(() => flow.close());

describe('a recurrence, end to end', () => {
  it('issues three numbered invoices, each naming it, then completes', async () => {
    const { client, entityId } = flow;
    await unwrap(
      client.PATCH('/entities/{entity_id}/settings', {
        params: { path: { entity_id: entityId } },
        body: { document_ids: { prefix: 'ACME', separator: '/', include_date: true, min_digits: 4 } },
      }),
    );
    const counterpart = await createCounterpart(client);
    const terms = await unwrap(
      client.POST('/payment_terms', { body: { name: 'Net 30', term_final: { number_of_days: 30 } } }),
    );
    const base = await unwrap(
      client.POST('/receivables', {
        body: {
          type: 'invoice',
          currency: 'EUR',
          counterpart_id: counterpart.id,
          counterpart_billing_address_id: counterpart.billingAddressId,
          payment_terms_id: terms.id,
          line_items: [
            { quantity: 1, product: { name: 'Hosting', price: { currency: 'EUR', value: 4900 } }, tax_rate_value: 0 },
          ],
        },
      }),
    );
    const recurrence = await unwrap(
      client.POST('/recurrences', {
        body: { invoice_id: base.id, start_date: '2024-06-01', frequency: 'month', max_occurrences: 3 },
      }),
    );
    expect(recurrence).toMatchObject({ status: 'active', current_iteration: 1, start_month: 6, start_year: 2024 });
    expect(recurrence.iterations.map((i) => i.issue_at)).toEqual(['2024-06-01', '2024-07-01', '2024-08-01']);
    const issued = [
      ...((await flow.advance('7d')).issued ?? []),
      ...((await flow.advance('30d')).issued ?? []),
      ...((await flow.advance('31d')).issued ?? []),
    ];
    expect(issued).toHaveLength(3);
    const invoices = await Promise.all(
      issued.map((id) =>
        unwrap(client.GET('/receivables/{receivable_id}', { params: { path: { receivable_id: id } } })),
      ),
    );
    expect(
      invoices.map((i) => [i.document_id, 'recurrence_id' in i ? i.recurrence_id : undefined, i.due_date]),
    ).toEqual([
      ['ACME/INV/2024/0001', recurrence.id, '2024-07-01'],
      ['ACME/INV/2024/0002', recurrence.id, '2024-07-31'],
      ['ACME/INV/2024/0003', recurrence.id, '2024-08-31'],
    ]);
    const done = await unwrap(
      client.GET('/recurrences/{recurrence_id}', { params: { path: { recurrence_id: recurrence.id } } }),
    );
    expect(done.status).toBe('completed');
    expect(done.iterations.map((i) => i.issued_invoice_id)).toEqual(issued);
  });

  it('a counterpart.delete event names the counterpart that went', async () => {
    const { client } = flow;
    const counterpart = await createCounterpart(client);
    await unwrap(
      client.DELETE('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: counterpart.id } } }),
    );
    const deleted = (await flow.events()).filter((event) => event.action === 'counterpart.delete');
    expect(deleted).toEqual([expect.objectContaining({ object: { id: counterpart.id }, object_type: 'counterpart' })]);
  });
});
