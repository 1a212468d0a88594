import { describe, expect, it } from 'vitest';
import { counterpartPayload, testClient } from '../test/helpers.js';

const names = ['Delta Ltd', 'alpha GmbH', 'Charlie BV', 'Bravo SAS', 'Echo Inc'];

async function seeded() {
  const client = testClient();
  const created = [];
  for (const [index, name] of names.entries()) {
    const body = {
      ...counterpartPayload,
      organization: { ...counterpartPayload.organization, legal_name: name, is_customer: index % 2 === 0 },
    };
    created.push((await client.call('POST', '/counterparts', { body })).body);
  }
  return { ...client, created };
}

const legalNames = (body: { data: { organization: { legal_name: string } }[] }) =>
  body.data.map((c) => c.organization.legal_name);

describe('lists', () => {
  it('pages with opaque cursor tokens both ways', async () => {
    const { call } = await seeded();
    const first = (await call('GET', '/counterparts?limit=2')).body;
    expect(legalNames(first)).toEqual(['Delta Ltd', 'alpha GmbH']);
    expect(first.prev_pagination_token).toBeUndefined();
    const second = (await call('GET', `/counterparts?pagination_token=${first.next_pagination_token}`)).body;
    expect(legalNames(second)).toEqual(['Charlie BV', 'Bravo SAS']);
    const third = (await call('GET', `/counterparts?pagination_token=${second.next_pagination_token}`)).body;
    expect(legalNames(third)).toEqual(['Echo Inc']);
    expect(third.next_pagination_token).toBeUndefined();
    const back = (await call('GET', `/counterparts?pagination_token=${third.prev_pagination_token}`)).body;
    expect(legalNames(back)).toEqual(['Charlie BV', 'Bravo SAS']);
  });

  it('keeps filters and sort in the token and ignores other parameters beside it', async () => {
    const { call } = await seeded();
    const first = (await call('GET', '/counterparts?limit=1&is_customer=true&sort=counterpart_name&order=desc')).body;
    expect(legalNames(first)).toEqual(['Echo Inc']);
    // `limit=100` and `is_customer=false` are ignored: the token decides.
    const next = (
      await call('GET', `/counterparts?pagination_token=${first.next_pagination_token}&limit=100&is_customer=false`)
    ).body;
    expect(legalNames(next)).toEqual(['Delta Ltd']);
  });

  it('refuses a token it did not issue', async () => {
    const { call } = await seeded();
    const response = await call('GET', '/counterparts?pagination_token=garbage!!');
    expect(response.status).toBe(422);
    expect(response.body.detail[0].loc).toEqual(['query', 'pagination_token']);
  });

  it('sorts by a declared field in either order', async () => {
    const { call } = await seeded();
    const asc = legalNames((await call('GET', '/counterparts?sort=counterpart_name')).body);
    expect(asc).toEqual(['Bravo SAS', 'Charlie BV', 'Delta Ltd', 'Echo Inc', 'alpha GmbH']);
    const desc = legalNames((await call('GET', '/counterparts?order=desc')).body);
    expect(desc).toEqual([...names].reverse());
  });

  it('applies the filters the spec declares', async () => {
    const { call, created } = await seeded();
    expect(legalNames((await call('GET', '/counterparts?counterpart_name__icontains=ALPHA')).body)).toEqual([
      'alpha GmbH',
    ]);
    expect(legalNames((await call('GET', '/counterparts?counterpart_name__contains=ALPHA')).body)).toEqual([]);
    const ids = `id__in=${created[1].id}&id__in=${created[3].id}`;
    expect(legalNames((await call('GET', `/counterparts?${ids}`)).body)).toEqual(['alpha GmbH', 'Bravo SAS']);
    const after = (await call('GET', `/counterparts?created_at__gt=${encodeURIComponent(created[2].created_at)}`)).body;
    expect(legalNames(after)).toEqual(['Bravo SAS', 'Echo Inc']);
    const upTo = (await call('GET', `/counterparts?created_at__lte=${encodeURIComponent(created[1].created_at)}`)).body;
    expect(legalNames(upTo)).toEqual(['Delta Ltd', 'alpha GmbH']);
    expect(legalNames((await call('GET', '/counterparts?is_customer=false')).body)).toEqual([
      'alpha GmbH',
      'Bravo SAS',
    ]);
  });

  it('serves each page as read one by one, with totals derived from line items, and filters on them', async () => {
    const { call } = testClient();
    const made = [];
    for (const quantity of [3, 1, 2]) {
      const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
      await call('POST', `/payables/${payable.id}/line_items`, {
        body: { name: 'Desk', quantity, unit_price: 1000, tax: 0 },
      });
      made.push(payable.id);
    }
    const page = (await call('GET', '/payables?limit=2&order=desc')).body;
    const read = await Promise.all(page.data.map((p: { id: string }) => call('GET', `/payables/${p.id}`)));
    expect(page.data).toEqual(read.map((r) => r.body));
    expect(page.data.map((p: { total_amount: number }) => p.total_amount)).toEqual([2000, 1000]);
    const large = (await call('GET', '/payables?total_amount__gte=2000')).body.data;
    expect(large.map((p: { id: string }) => p.id)).toEqual([made[0], made[2]]);
  });
});
