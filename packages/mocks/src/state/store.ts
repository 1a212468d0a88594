import type { StoredRecord } from '../shared/stored-record.js';

export type { StoredRecord };

/** The key of the partner-level scope (operations without `x-monite-entity-id`). */
export const PARTNER_SCOPE = 'partner';

/**
 * Told of every change to the store, after it is made, so a journal can
 * follow the state without the code that changes it knowing (persistence).
 */
export interface StoreObserver {
  /** An item was inserted or replaced. */
  put(scope: string, collection: string, id: string): void;
  /** A whole collection was replaced. */
  replaced(scope: string, collection: string): void;
  /** An item (and everything below it) was deleted. */
  deleted(scope: string, collection: string, id: string): void;
  /** A singleton was set or deleted. */
  singleton(scope: string, path: string): void;
  /** Everything was cleared (a reset or an import follows). */
  cleared(): void;
}

/**
 * A stored record rebuilt by the JSON parser, which gives every object of one
 * shape the same hidden class. Records reach the store made by object spreads
 * (`{ ...record, status }`), and V8 gives each such object a class of its own:
 * reading a field across thousands of them (a list's sort key) then misses
 * every inline cache and costs about forty times as much. Stored records are
 * JSON data (snapshots and the state file hold them as JSON), so nothing is lost.
 */
function sharedShape(record: StoredRecord): StoredRecord {
  return JSON.parse(JSON.stringify(record)) as StoredRecord;
}

/**
 * The in-memory state: collections and singletons, per scope. A scope is an
 * entity id (objects created under one entity are invisible under another) or
 * the partner scope. Collections are keyed by their concrete path
 * (`/counterparts/<id>/contacts`), so deleting an item drops everything whose
 * path starts below it: nested resources go with their parent.
 */
export class Store {
  private readonly scopes = new Map<string, Map<string, Map<string, StoredRecord>>>();
  private readonly singletons = new Map<string, Map<string, unknown>>();
  /** Who is told of changes; none by default, so an in-memory mock pays nothing. */
  observer: StoreObserver | undefined;

  private collections(scope: string): Map<string, Map<string, StoredRecord>> {
    let collections = this.scopes.get(scope);
    if (!collections) {
      collections = new Map();
      this.scopes.set(scope, collections);
    }
    return collections;
  }

  /** The items of a collection in creation order. */
  list(scope: string, collection: string): StoredRecord[] {
    return [...(this.scopes.get(scope)?.get(collection)?.values() ?? [])];
  }

  /** One item, or undefined. */
  get(scope: string, collection: string, id: string): StoredRecord | undefined {
    return this.scopes.get(scope)?.get(collection)?.get(id);
  }

  /** Inserts or replaces an item, keeping its position when it existed. */
  put(scope: string, collection: string, record: StoredRecord): void {
    const collections = this.collections(scope);
    let items = collections.get(collection);
    if (!items) {
      items = new Map();
      collections.set(collection, items);
    }
    items.set(record.id, sharedShape(record));
    this.observer?.put(scope, collection, record.id);
  }

  /** Replaces a whole collection (PUT on a list path, e.g. line items). */
  replaceAll(scope: string, collection: string, records: StoredRecord[]): void {
    for (const existing of this.list(scope, collection)) this.dropBelow(scope, `${collection}/${existing.id}`);
    this.collections(scope).set(collection, new Map(records.map((r) => [r.id, sharedShape(r)])));
    this.observer?.replaced(scope, collection);
  }

  /** Deletes an item and everything nested below it; false when it did not exist. */
  delete(scope: string, collection: string, id: string): boolean {
    const removed = this.scopes.get(scope)?.get(collection)?.delete(id) ?? false;
    if (removed) {
      this.dropBelow(scope, `${collection}/${id}`);
      this.observer?.deleted(scope, collection, id);
    }
    return removed;
  }

  private dropBelow(scope: string, itemPath: string): void {
    const prefix = `${itemPath}/`;
    for (const key of [...(this.scopes.get(scope)?.keys() ?? [])]) {
      if (key.startsWith(prefix)) this.scopes.get(scope)?.delete(key);
    }
    for (const key of [...(this.singletons.get(scope)?.keys() ?? [])]) {
      if (key.startsWith(prefix)) this.singletons.get(scope)?.delete(key);
    }
  }

  /** A singleton (settings, metadata, ...) stored under its concrete path. */
  getSingleton(scope: string, path: string): unknown {
    return this.singletons.get(scope)?.get(path);
  }

  /** Stores a singleton; `undefined` deletes it. */
  setSingleton(scope: string, path: string, value: unknown): void {
    let values = this.singletons.get(scope);
    if (!values) {
      values = new Map();
      this.singletons.set(scope, values);
    }
    if (value === undefined) values.delete(path);
    else values.set(path, value);
    this.observer?.singleton(scope, path);
  }

  /** The scopes whose collection holds an item with this id (who owns an entity, which entity a user is in). */
  scopesHolding(collection: string, id: string, scopePrefix = ''): string[] {
    const found: string[] = [];
    for (const [scope, collections] of this.scopes) {
      if (scope.startsWith(scopePrefix) && collections.get(collection)?.has(id)) found.push(scope);
    }
    return found;
  }

  /** Forgets everything. */
  clear(): void {
    this.scopes.clear();
    this.singletons.clear();
    this.observer?.cleared();
  }

  /** The scopes holding any collection (entity ids and the partner scope). */
  scopeIds(): string[] {
    return [...this.scopes.keys()];
  }

  /** Everything stored, as plain JSON-ready data (for a state snapshot). */
  dump(): StoreDump {
    const collections: StoreDump['collections'] = {};
    for (const [scope, byPath] of this.scopes) {
      const out: Record<string, StoredRecord[]> = {};
      for (const [path, items] of byPath) if (items.size > 0) out[path] = [...items.values()];
      collections[scope] = out;
    }
    const singletons: StoreDump['singletons'] = {};
    for (const [scope, values] of this.singletons) singletons[scope] = Object.fromEntries(values);
    return { collections, singletons };
  }

  /** Replaces everything with a dump; items keep their order. */
  load(dump: StoreDump): void {
    this.clear();
    for (const [scope, byPath] of Object.entries(dump.collections))
      for (const [path, items] of Object.entries(byPath)) for (const item of items) this.put(scope, path, item);
    for (const [scope, values] of Object.entries(dump.singletons))
      for (const [path, value] of Object.entries(values)) this.setSingleton(scope, path, value);
  }
}

/** The store's contents as plain data: collections and singletons per scope. */
export interface StoreDump {
  collections: Record<string, Record<string, StoredRecord[]>>;
  singletons: Record<string, Record<string, unknown>>;
}
