import { describe, expect, it } from 'vitest';
import { createFakeFetch, json, type SeenRequest } from '../../test/fake-fetch.js';
import { createMoniteClient } from '../client/create-client.js';
import { MoniteNotFoundError } from '../errors/errors.js';
import { paginate, pages } from './pagination.js';

const BASE = 'http://x.test';
const ENTITY = '88888888-8888-4888-8888-888888888888';

/** A list endpoint holding `total` items, served `pageSize` at a time with opaque cursors. */
function listServer(total: number, pageSize: number) {
  const items = Array.from({ length: total }, (_, i) => ({ id: `item-${i + 1}` }));
  return createFakeFetch((request: SeenRequest) => {
    const token = request.url.searchParams.get('pagination_token');
    const start = token ? Number(token.replace('cursor-', '')) : 0;
    const end = Math.min(start + pageSize, total);
    return json({
      data: items.slice(start, end),
      next_pagination_token: end < total ? `cursor-${end}` : null,
      prev_pagination_token: start > 0 ? `cursor-${start}` : null,
    });
  });
}

describe('paginate', () => {
  it('iterates every item across pages with for await', async () => {
    const net = listServer(7, 3);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, entityId: ENTITY });
    const ids: string[] = [];
    for await (const counterpart of paginate(monite, '/counterparts', {
      params: { query: { limit: 3, is_vendor: true, sort: 'counterpart_name' } },
    })) {
      ids.push(counterpart.id);
    }
    expect(ids).toEqual(['item-1', 'item-2', 'item-3', 'item-4', 'item-5', 'item-6', 'item-7']);
    expect(net.requests).toHaveLength(3);
  });

  it('sends the filters on the first page and only the token afterwards, keeping headers', async () => {
    const net = listServer(5, 2);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, entityId: ENTITY });
    for await (const _ of paginate(monite, '/counterparts', {
      params: { query: { limit: 2, is_vendor: true, order: 'desc' } },
    }))
      void _;
    const queries = net.requests.map((r) => Object.fromEntries(r.url.searchParams));
    expect(queries).toEqual([
      { limit: '2', is_vendor: 'true', order: 'desc' },
      { pagination_token: 'cursor-2' },
      { pagination_token: 'cursor-4' },
    ]);
    expect(net.requests.every((r) => r.headers['x-monite-entity-id'] === ENTITY)).toBe(true);
  });

  it('keeps path parameters on every page', async () => {
    const net = listServer(3, 2);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, entityId: ENTITY });
    const all = [];
    for await (const item of paginate(monite, '/payables/{payable_id}/line_items', {
      params: { path: { payable_id: 'p-1' } },
    })) {
      all.push(item);
    }
    expect(all).toHaveLength(3);
    expect(net.requests.map((r) => r.url.pathname)).toEqual(['/payables/p-1/line_items', '/payables/p-1/line_items']);
  });

  it('stops at the total limit without fetching further pages', async () => {
    const net = listServer(10, 3);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const ids: string[] = [];
    for await (const item of paginate(monite, '/counterparts', { limit: 4 })) ids.push(item.id);
    expect(ids).toEqual(['item-1', 'item-2', 'item-3', 'item-4']);
    expect(net.requests).toHaveLength(2);
  });

  it('fetches nothing with limit 0 and rejects a bad limit', async () => {
    const net = listServer(10, 3);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    for await (const _ of paginate(monite, '/counterparts', { limit: 0 })) void _;
    expect(net.requests).toHaveLength(0);
    await expect(paginate(monite, '/counterparts', { limit: -1 }).next()).rejects.toThrow(RangeError);
  });

  it('stops requesting when the consumer breaks out', async () => {
    const net = listServer(10, 2);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    for await (const item of paginate(monite, '/counterparts')) {
      if (item.id === 'item-3') break;
    }
    expect(net.requests).toHaveLength(2);
  });

  it('throws MoniteApiError when a page fails', async () => {
    const net = createFakeFetch((request) =>
      request.url.searchParams.has('pagination_token')
        ? json({ error: { message: 'Pagination token is invalid' } }, 404)
        : json({ data: [{ id: 'a' }], next_pagination_token: 'bad' }),
    );
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const seen: string[] = [];
    const run = async () => {
      for await (const item of paginate(monite, '/counterparts')) seen.push(item.id);
    };
    await expect(run()).rejects.toBeInstanceOf(MoniteNotFoundError);
    expect(seen).toEqual(['a']);
  });
});

describe('pages', () => {
  it('yields whole pages and trims the last one to the limit', async () => {
    const net = listServer(10, 4);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const sizes: number[] = [];
    const tokens: (string | null | undefined)[] = [];
    for await (const page of pages(monite, '/counterparts', { limit: 6 })) {
      sizes.push(page.data.length);
      tokens.push(page.next_pagination_token);
    }
    expect(sizes).toEqual([4, 2]);
    expect(tokens).toEqual(['cursor-4', 'cursor-8']);
  });

  it('handles an empty list', async () => {
    const net = listServer(0, 4);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const all = [];
    for await (const page of pages(monite, '/counterparts')) all.push(page);
    expect(all).toHaveLength(1);
    expect(all[0]!.data).toEqual([]);
  });
});
