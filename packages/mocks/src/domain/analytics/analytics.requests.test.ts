/**
 * Analytics computed from the stored documents, through `GET /analytics/...`
 * and `GET /payables/analytics`: date buckets, missing dimension values,
 * each aggregation (also over nothing), ordering and the limit, and the
 * per-product rows of receivables.
 */
import { describe, expect, test } from 'vitest';
import { ENTITY } from '../../test/helpers.js';
import { sectionsClient } from '../../test/sections-helpers.js';

type Client = ReturnType<typeof sectionsClient>;

/** A stored EUR invoice with these line items (the mock completes each with a product). */
function seedInvoice(monite: Client['monite'], lineItems: Array<Record<string, number>>) {
  return monite.seedResource({
    collection: '/receivables',
    entityId: ENTITY,
    data: { type: 'invoice', currency: 'EUR', line_items: lineItems },
  });
}

/** Payables due on a Sunday, a Monday, a Wednesday (two weeks of May) and a Thursday in August. */
function seedPayables(monite: Client['monite']) {
  const rows = [
    {
      due_date: '2024-05-26',
      total_amount: 100,
      status: 'draft',
      counterpart_id: 'aaaa0000-0000-4000-8000-000000000001',
    },
    { due_date: '2024-05-27', total_amount: 200, status: 'paid', counterpart_id: null },
    { due_date: '2024-05-29', total_amount: 300, status: 'paid' },
    {
      due_date: '2024-08-01',
      total_amount: 50,
      status: 'draft',
      counterpart_id: 'bbbb0000-0000-4000-8000-000000000002',
    },
  ];
  for (const data of rows)
    monite.seedResource({ collection: '/payables', entityId: ENTITY, data: { currency: 'EUR', ...data } });
}

async function points(call: Client['call'], path: string) {
  const answer = await call('GET', path);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.data;
}

describe('date dimensions', () => {
  test('by day (the default), ISO week named by its Monday, month, quarter and year', async () => {
    const { call, monite } = sectionsClient();
    seedPayables(monite);
    const base = '/analytics/payables?metric=id&aggregation_function=count&dimension=due_date';
    expect(await points(call, base)).toEqual([
      { dimension_value: '2024-05-26', metric_value: 1 },
      { dimension_value: '2024-05-27', metric_value: 1 },
      { dimension_value: '2024-05-29', metric_value: 1 },
      { dimension_value: '2024-08-01', metric_value: 1 },
    ]);
    expect(await points(call, `${base}&date_dimension_breakdown=weekly`)).toEqual([
      { dimension_value: '2024-05-20', metric_value: 1 },
      { dimension_value: '2024-05-27', metric_value: 2 },
      { dimension_value: '2024-07-29', metric_value: 1 },
    ]);
    expect(await points(call, `${base}&date_dimension_breakdown=monthly`)).toEqual([
      { dimension_value: '2024-05', metric_value: 3 },
      { dimension_value: '2024-08', metric_value: 1 },
    ]);
    expect(await points(call, `${base}&date_dimension_breakdown=quarterly`)).toEqual([
      { dimension_value: '2024-Q2', metric_value: 3 },
      { dimension_value: '2024-Q3', metric_value: 1 },
    ]);
    expect(await points(call, `${base}&date_dimension_breakdown=yearly`)).toEqual([
      { dimension_value: '2024', metric_value: 4 },
    ]);
  });

  test('a timestamp dimension is bucketed by its date', async () => {
    const { call, monite } = sectionsClient();
    seedPayables(monite);
    const byDay = await points(call, '/analytics/payables?metric=id&aggregation_function=count&dimension=created_at');
    expect(byDay).toEqual([
      { dimension_value: new Date(monite.clock.now()).toISOString().slice(0, 10), metric_value: 4 },
    ]);
  });
});

describe('aggregations', () => {
  test('count, sum, average, minimum and maximum of total_amount per group', async () => {
    const { call, monite } = sectionsClient();
    seedPayables(monite);
    const by = (how: string) =>
      points(call, `/analytics/payables?metric=total_amount&aggregation_function=${how}&dimension=status`);
    expect(await by('count')).toEqual([
      { dimension_value: 'draft', metric_value: 2 },
      { dimension_value: 'paid', metric_value: 2 },
    ]);
    expect(await by('summary')).toEqual([
      { dimension_value: 'draft', metric_value: 150 },
      { dimension_value: 'paid', metric_value: 500 },
    ]);
    expect(await by('average')).toEqual([
      { dimension_value: 'draft', metric_value: 75 },
      { dimension_value: 'paid', metric_value: 250 },
    ]);
    expect(await by('min')).toEqual([
      { dimension_value: 'draft', metric_value: 50 },
      { dimension_value: 'paid', metric_value: 200 },
    ]);
    expect(await by('max')).toEqual([
      { dimension_value: 'draft', metric_value: 100 },
      { dimension_value: 'paid', metric_value: 300 },
    ]);
  });

  test('the id metric counts documents, whatever the aggregation', async () => {
    const { call, monite } = sectionsClient();
    seedPayables(monite);
    for (const how of ['count', 'summary'])
      expect(await points(call, `/analytics/payables?metric=id&aggregation_function=${how}`)).toEqual([
        { metric_value: 4 },
      ]);
  });

  test('over no documents every aggregation answers 0', async () => {
    const { call } = sectionsClient();
    for (const how of ['count', 'summary', 'average', 'min', 'max'])
      expect(await points(call, `/analytics/payables?metric=total_amount&aggregation_function=${how}`), how).toEqual([
        { metric_value: 0 },
      ]);
  });

  test('documents without the metric are counted but not averaged', async () => {
    const { call, monite } = sectionsClient();
    monite.seedResource({ collection: '/payables', entityId: ENTITY, data: { currency: 'EUR', total_amount: 100 } });
    monite.seedResource({ collection: '/payables', entityId: ENTITY, data: { currency: 'EUR' } });
    const base = '/analytics/payables?metric=total_amount&aggregation_function=';
    expect(await points(call, `${base}average`)).toEqual([{ metric_value: 100 }]);
    expect(await points(call, `${base}count`)).toEqual([{ metric_value: 2 }]);
    // GET /payables/analytics sums what there is.
    expect((await call('GET', '/payables/analytics')).body).toMatchObject({ count: 2, sum_total_amount: 100 });
  });
});

describe('groups', () => {
  test('documents without a value (missing or null) form one group without a value, first; limit keeps the first points', async () => {
    const { call, monite } = sectionsClient();
    seedPayables(monite);
    const base = '/analytics/payables?metric=total_amount&aggregation_function=summary&dimension=counterpart_id';
    expect(await points(call, base)).toEqual([
      { metric_value: 500 },
      { dimension_value: 'aaaa0000-0000-4000-8000-000000000001', metric_value: 100 },
      { dimension_value: 'bbbb0000-0000-4000-8000-000000000002', metric_value: 50 },
    ]);
    expect(await points(call, `${base}&limit=2`)).toEqual([
      { metric_value: 500 },
      { dimension_value: 'aaaa0000-0000-4000-8000-000000000001', metric_value: 100 },
    ]);
  });
});

describe('receivables per product', () => {
  test('one row per line item: its product, amount before VAT and quantity', async () => {
    const { call, monite } = sectionsClient();
    const receivable = seedInvoice(monite, [
      { quantity: 3, total_before_vat: 1000 },
      { quantity: 1, total_before_vat: 500 },
    ]);
    const [first, second] = (receivable.line_items as Array<{ product: { id: string } }>).map(
      (line) => line.product.id,
    );
    const metric = (name: string, how: string) =>
      points(call, `/analytics/receivables?metric=${name}&aggregation_function=${how}&dimension=product_id`);
    const sorted = (list: Array<{ dimension_value: string; metric_value: number }>) =>
      [...list].sort((a, b) => a.dimension_value.localeCompare(b.dimension_value));
    expect(await metric('product_amount', 'summary')).toEqual(
      sorted([
        { dimension_value: first!, metric_value: 1000 },
        { dimension_value: second!, metric_value: 500 },
      ]),
    );
    expect(await metric('product_quantity', 'summary')).toEqual(
      sorted([
        { dimension_value: first!, metric_value: 3 },
        { dimension_value: second!, metric_value: 1 },
      ]),
    );
    const overall = (name: string, how: string) =>
      points(call, `/analytics/receivables?metric=${name}&aggregation_function=${how}`);
    expect(await overall('product_amount', 'average')).toEqual([{ metric_value: 750 }]);
    expect(await overall('product_quantity', 'average')).toEqual([{ metric_value: 2 }]);
    expect(await overall('product_quantity', 'count')).toEqual([{ metric_value: 2 }]);
  });
});

describe('the answer', () => {
  test('has at most 100 points without a limit', async () => {
    const { call, monite } = sectionsClient();
    for (let day = 0; day < 101; day++) {
      const due = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      monite.seedResource({ collection: '/payables', entityId: ENTITY, data: { currency: 'EUR', due_date: due } });
    }
    const all = await points(call, '/analytics/payables?metric=id&aggregation_function=count&dimension=due_date');
    expect(all).toHaveLength(100);
    expect(all.at(-1)).toEqual({ dimension_value: '2024-04-09', metric_value: 1 });
  });

  test("rounds receivables' averages to whole numbers, not payables'", async () => {
    const { call, monite } = sectionsClient();
    for (const total_amount of [100, 25])
      monite.seedResource({ collection: '/payables', entityId: ENTITY, data: { currency: 'EUR', total_amount } });
    expect(await points(call, '/analytics/payables?metric=total_amount&aggregation_function=average')).toEqual([
      { metric_value: 62.5 },
    ]);
    seedInvoice(monite, [
      { quantity: 3, total_before_vat: 1000 },
      { quantity: 2, total_before_vat: 500 },
    ]);
    expect(await points(call, '/analytics/receivables?metric=product_quantity&aggregation_function=average')).toEqual([
      { metric_value: 3 },
    ]);
  });

  test('the product_id dimension gives one row per line item whatever the metric', async () => {
    const { call, monite } = sectionsClient();
    const receivable = seedInvoice(monite, [{ quantity: 3 }, { quantity: 1 }, { quantity: 2 }]);
    const ids = (receivable.line_items as Array<{ product: { id: string } }>).map((line) => line.product.id);
    const perProduct = await points(
      call,
      '/analytics/receivables?metric=id&aggregation_function=count&dimension=product_id',
    );
    expect(perProduct).toEqual(
      [...ids].sort((a, b) => a.localeCompare(b)).map((id) => ({ dimension_value: id, metric_value: 1 })),
    );
  });
});
