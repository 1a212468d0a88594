// One page of a list from stored records: what is served, how it is ordered,
// and that deriving (the costly part) is done only where the answer needs it.
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../shared/stored-record.js';
import { type ListQuery, pageOf } from './lists.js';

function record(id: string, fields: Record<string, unknown> = {}): StoredRecord {
  return { id, created_at: `2026-01-0${id}T00:00:00Z`, updated_at: '2026-01-01T00:00:00Z', ...fields };
}

function query(overrides: Partial<ListQuery> = {}): ListQuery {
  return { filters: {}, sort: 'created_at', order: 'asc', limit: 100, offset: 0, ...overrides };
}

/** A serve function that adds a derived `total` (ten times `units`) and counts its calls per record. */
function counted() {
  const calls: string[] = [];
  const serve = (r: StoredRecord): StoredRecord => {
    calls.push(r.id);
    return { ...r, total: Number(r.units ?? 0) * 10, served: true };
  };
  return { calls, serve };
}

const ids = (items: StoredRecord[]) => items.map((r) => r.id);

describe('pageOf', () => {
  const records = ['1', '2', '3', '4', '5'].map((id, index) => record(id, { units: 5 - index }));

  it('serves only the records of the page when the sort field is stored and nothing filters', () => {
    const { calls, serve } = counted();
    const page = pageOf(records, query({ limit: 2, offset: 2 }), () => 'token', { serve });
    expect(ids(page.items)).toEqual(['3', '4']);
    expect(page.items.every((r) => r.served === true)).toBe(true);
    expect(calls).toEqual(['3', '4']);
  });

  it('filters on what is derived, serving each record once', () => {
    const { calls, serve } = counted();
    const page = pageOf(records, query({ filters: { total__gte: 30 } }), () => 'token', { serve });
    expect(ids(page.items)).toEqual(['1', '2', '3']);
    expect([...calls].sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('sorts by a derived field as served', () => {
    const { serve } = counted();
    const page = pageOf(records, query({ sort: 'total' }), () => 'token', { serve });
    expect(ids(page.items)).toEqual(['5', '4', '3', '2', '1']);
  });

  it('reads the sort field as served when the stored record lacks it', () => {
    // A record stored without `created_at` (seeded) and one whose served copy has it.
    const bare = { id: 'x', updated_at: '2026-01-01T00:00:00Z' } as unknown as StoredRecord;
    const serve = (r: StoredRecord): StoredRecord => (r.id === 'x' ? { ...r, created_at: '2026-01-03T12:00:00Z' } : r);
    const page = pageOf([bare, ...records], query(), () => 'token', { serve });
    expect(ids(page.items)).toEqual(['1', '2', '3', 'x', '4', '5']);
  });

  it('orders date texts by the time they name, other texts by their characters', () => {
    const times = [
      record('1', { at: '2026-01-01T10:00:00+02:00' }), // 08:00 UTC
      record('2', { at: '2026-01-01T09:00:00Z' }),
      record('3', { at: '2026-01-01T08:30:00Z' }),
    ];
    expect(ids(pageOf(times, query({ sort: 'at' }), String).items)).toEqual(['1', '3', '2']);
    const words = [record('1', { name: 'b' }), record('2', { name: 'B' }), record('3', { name: 'a' })];
    expect(ids(pageOf(words, query({ sort: 'name' }), String).items)).toEqual(['2', '3', '1']);
  });

  it('keeps creation order among equal keys and reverses the whole order for desc', () => {
    const tied = [record('1', { kind: 'b' }), record('2', { kind: 'a' }), record('3', { kind: 'b' })];
    expect(ids(pageOf(tied, query({ sort: 'kind' }), String).items)).toEqual(['2', '1', '3']);
    expect(ids(pageOf(tied, query({ sort: 'kind', order: 'desc' }), String).items)).toEqual(['3', '1', '2']);
  });

  it('hands out the neighbours of a middle page as tokens of their queries', () => {
    const tokens: ListQuery[] = [];
    const page = pageOf(records, query({ limit: 2, offset: 2 }), (next) => {
      tokens.push(next);
      return `at-${next.offset}`;
    });
    expect(page).toMatchObject({ next: 'at-4', prev: 'at-0' });
    expect(tokens.map((t) => t.limit)).toEqual([2, 2]);
    const last = pageOf(records, query({ limit: 2, offset: 4 }), (next) => `at-${next.offset}`);
    expect(last).toMatchObject({ next: null, prev: 'at-2' });
    expect(ids(last.items)).toEqual(['5']);
  });
});
