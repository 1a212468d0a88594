import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateAfterWrite, staleQueryKeys } from './stale-queries.js';

const payable = { params: { path: { payable_id: 'p1' } } };

describe('staleQueryKeys', () => {
  it.each(['approve_payment_operation', 'mark_as_paid', 'cancel', 'reject'])(
    "a payable's %s makes the payables' lists and that payable stale",
    (action) => {
      expect(staleQueryKeys('POST', `/payables/{payable_id}/${action}`, payable)).toEqual([
        ['get', '/payables'],
        ['get', '/payables/{payable_id}', payable],
      ]);
    },
  );

  it("a nested collection's write makes its lists, the parent item and the parent's lists stale", () => {
    const init = { params: { path: { counterpart_id: 'c1' } }, body: {} };
    expect(staleQueryKeys('post', '/counterparts/{counterpart_id}/contacts', init)).toEqual([
      ['get', '/counterparts'],
      ['get', '/counterparts/{counterpart_id}', { params: { path: { counterpart_id: 'c1' } } }],
      ['get', '/counterparts/{counterpart_id}/contacts', { params: { path: { counterpart_id: 'c1' } } }],
    ]);
  });

  it('a create makes its collection stale; reads sent as POST and token calls make nothing stale', () => {
    expect(staleQueryKeys('POST', '/receivables')).toEqual([['get', '/receivables']]);
    expect(staleQueryKeys('POST', '/receivables/search', { body: {} })).toEqual([]);
    expect(staleQueryKeys('POST', '/auth/token', { body: {} })).toEqual([]);
  });
});

describe('invalidateAfterWrite', () => {
  it('invalidates the matching lists whatever their query, and only the one item', async () => {
    const queryClient = new QueryClient();
    const keys = {
      list: ['get', '/payables', { params: { query: { status: 'new' } } }],
      item: ['get', '/payables/{payable_id}', payable],
      other: ['get', '/payables/{payable_id}', { params: { path: { payable_id: 'p2' } } }],
      unrelated: ['get', '/counterparts'],
    };
    for (const key of Object.values(keys)) queryClient.setQueryData(key, {});
    await invalidateAfterWrite(queryClient, 'POST', '/payables/{payable_id}/approve_payment_operation', payable);
    const invalidated = Object.fromEntries(
      Object.entries(keys).map(([name, key]) => [name, queryClient.getQueryState(key)?.isInvalidated]),
    );
    expect(invalidated).toEqual({ list: true, item: true, other: false, unrelated: false });
  });
});
