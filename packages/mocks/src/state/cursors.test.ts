import { describe, expect, test } from 'vitest';
import { CursorRegistry, MAX_CURSORS } from './cursors.js';

const query = { filters: { status: 'new' }, sort: 'created_at', order: 'asc' as const, limit: 10, offset: 10 };

describe('CursorRegistry', () => {
  test('a token resolves to a copy of its query, only for the list that issued it', () => {
    const cursors = new CursorRegistry('s');
    const token = cursors.issue('e1 /payables', query);
    const resolved = cursors.resolve('e1 /payables', token);
    expect(resolved).toEqual(query);
    resolved!.limit = 1e9;
    expect(cursors.resolve('e1 /payables', token)?.limit).toBe(10);
    expect(cursors.resolve('e2 /payables', token)).toBeUndefined();
    expect(cursors.resolve('e1 /receivables', token)).toBeUndefined();
  });
  test('tokens it did not issue resolve to nothing', () => {
    expect(new CursorRegistry('s').resolve('e1 /payables', 'ffffffff')).toBeUndefined();
  });
  test('the same seed and calls give the same tokens; clear restarts them', () => {
    const a = new CursorRegistry('s');
    const b = new CursorRegistry('s');
    const token = a.issue('l', query);
    expect(b.issue('l', query)).toBe(token);
    a.clear();
    expect(a.resolve('l', token)).toBeUndefined();
    expect(a.issue('l', query)).toBe(token);
  });
  test('stays bounded: past MAX_CURSORS the oldest is forgotten', () => {
    const cursors = new CursorRegistry('s');
    const first = cursors.issue('l', query);
    for (let i = 0; i < MAX_CURSORS; i++) cursors.issue('l', query);
    expect(cursors.size).toBe(MAX_CURSORS);
    expect(cursors.resolve('l', first)).toBeUndefined();
  });
});
