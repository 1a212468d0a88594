import { describe, expect, test } from 'vitest';
import { Store } from './store.js';

const record = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  created_at: 't',
  updated_at: 't',
  ...fields,
});

describe('Store', () => {
  test('lists in creation order and keeps the position of a replaced item', () => {
    const store = new Store();
    store.put('e1', '/tags', record('a'));
    store.put('e1', '/tags', record('b'));
    store.put('e1', '/tags', record('a', { name: 'renamed' }));
    expect(store.list('e1', '/tags').map((r) => [r.id, r.name])).toEqual([
      ['a', 'renamed'],
      ['b', undefined],
    ]);
  });
  test('keeps its own copy of a record, as JSON holds it', () => {
    const store = new Store();
    const nested = { n: 1 };
    const written = record('a', { nested, gone: undefined });
    const line = record('l', { nested });
    store.put('e1', '/tags', written);
    store.replaceAll('e1', '/lines', [line]);
    // A caller that keeps changing its object after writing it changes nothing stored.
    nested.n = 2;
    expect(store.get('e1', '/tags', 'a')).toEqual({ id: 'a', created_at: 't', updated_at: 't', nested: { n: 1 } });
    expect(Object.hasOwn(store.get('e1', '/tags', 'a') as object, 'gone')).toBe(false);
    expect(store.list('e1', '/lines')).toEqual([{ id: 'l', created_at: 't', updated_at: 't', nested: { n: 1 } }]);
  });
  test('scopes are isolated', () => {
    const store = new Store();
    store.put('e1', '/tags', record('a'));
    expect(store.get('e2', '/tags', 'a')).toBeUndefined();
    expect(store.list('e2', '/tags')).toEqual([]);
  });
  test('deleting an item drops its nested collections and singletons, not its siblings', () => {
    const store = new Store();
    store.put('e1', '/counterparts', record('c1'));
    store.put('e1', '/counterparts', record('c2'));
    store.put('e1', '/counterparts/c1/contacts', record('k1'));
    store.put('e1', '/counterparts/c2/contacts', record('k2'));
    store.setSingleton('e1', '/counterparts/c1/partner_metadata', { a: 1 });
    expect(store.delete('e1', '/counterparts', 'c1')).toBe(true);
    expect(store.list('e1', '/counterparts/c1/contacts')).toEqual([]);
    expect(store.getSingleton('e1', '/counterparts/c1/partner_metadata')).toBeUndefined();
    expect(store.list('e1', '/counterparts/c2/contacts')).toHaveLength(1);
    expect(store.delete('e1', '/counterparts', 'c1')).toBe(false);
  });
  test('replaceAll swaps a collection and drops what was nested under the old items', () => {
    const store = new Store();
    store.put('e1', '/payables/p1/line_items', record('l1'));
    store.put('e1', '/payables/p1/line_items/l1/notes', record('n1'));
    store.replaceAll('e1', '/payables/p1/line_items', [record('l2')]);
    expect(store.list('e1', '/payables/p1/line_items').map((r) => r.id)).toEqual(['l2']);
    expect(store.list('e1', '/payables/p1/line_items/l1/notes')).toEqual([]);
  });
  test('singletons: set, read, delete with undefined; clear forgets everything', () => {
    const store = new Store();
    store.setSingleton('partner', '/settings', { x: 1 });
    expect(store.getSingleton('partner', '/settings')).toEqual({ x: 1 });
    store.setSingleton('partner', '/settings', undefined);
    expect(store.getSingleton('partner', '/settings')).toBeUndefined();
    store.put('e1', '/tags', record('a'));
    store.clear();
    expect(store.list('e1', '/tags')).toEqual([]);
  });
});
