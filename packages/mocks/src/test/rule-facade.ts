/**
 * The domain's rules asked collection by collection, as unit tests ask
 * them: each function looks the collection up in the rule book and runs its
 * rule against a lookup function standing for the store. Test-only.
 */
import { ruleBook } from '../domain/registry.js';
import type { Json } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import type { UploadedFile } from '../shared/uploaded-file.js';
import { lockReason as lockReasonOf } from '../state/crud/checks.js';
import { type MoveResult, applyMove } from '../state/crud/actions.js';
import { MockClock } from '../state/clock.js';
import type { Change } from '../state/changes.js';
import type { MoveContext, RuleContext } from '../state/rules.js';
import type { Store } from '../state/store.js';

/** Finds an object of a collection by id, or nothing. */
export type Lookup = (collection: string, id: string) => Json | undefined;

/** A rule context over a lookup: entities are found through it too (as if their partner kept them). */
export function contextOf(lookup: Lookup = () => undefined, now = Date.parse('2024-05-25T08:00:00Z')): RuleContext {
  const get = (collection: string, id: string) => lookup(collection, id) as StoredRecord | undefined;
  const store = {
    get: (_scope: string, collection: string, id: string) => get(collection, id),
    list: () => [],
    scopesHolding: (collection: string, id: string) => (lookup(collection, id) ? ['partner'] : []),
    getSingleton: () => undefined,
    setSingleton: () => undefined,
  } as unknown as Store;
  return { store, scope: 'e1', clock: new MockClock({ kind: 'fixed', start: now }), get, list: () => [] };
}

/** What a new object of a collection gets besides the request. */
export function creationExtras(collection: string, hex: () => string, entity?: () => Json | undefined): Json {
  const ctx = contextOf((c, id) => (c === '/entities' && id === 'e1' ? entity?.() : undefined));
  return ruleBook.of(collection)?.creationExtras?.({ ...ctx, entityId: 'e1' }, hex) ?? {};
}

/** Where the items of a child path are kept inside their parent, if they are. */
export const keptInParent = (pathTemplate: string) => ruleBook.keptInParent(pathTemplate);

/** Children Monite creates with a new object of a collection. */
export const childrenCreatedWith = (collection: string, body: Json) =>
  ruleBook.of(collection)?.childrenCreatedWith?.(body) ?? [];

/** What a collection derives when an object is written. */
export function deriveOnSave(collection: string, record: StoredRecord, lookup: Lookup): StoredRecord {
  return ruleBook.of(collection)?.deriveOnSave?.(record, contextOf(lookup)) ?? record;
}

/** What a collection derives at read time from the object itself. */
export const deriveOnRead = (collection: string, record: StoredRecord) =>
  ruleBook.of(collection)?.deriveOnRead?.(record) ?? record;

/**
 * What a parent derives from a child collection: a receipt from lines that
 * name their receipt (`receipt_id`), a payable from any other lines.
 */
export function deriveFromChildren(childSegment: string, record: StoredRecord, children: StoredRecord[]): StoredRecord {
  const receipt = children.length > 0 && children.every((child) => typeof child.receipt_id === 'string');
  const parent = ruleBook.of(receipt ? '/receipts' : '/payables');
  return parent?.deriveFromChildren?.(record, childSegment, children) ?? record;
}

/** What a collection derives at read time from other collections. */
export function deriveFromRelated(
  collection: string,
  record: StoredRecord,
  list: (collection: string) => StoredRecord[],
): StoredRecord {
  const ctx = { ...contextOf(), list };
  return ruleBook.of(collection)?.deriveFromRelated?.(record, ctx) ?? record;
}

/** Why a document of a collection may no longer change. */
export const lockReason = (collection: string, record: StoredRecord) => lockReasonOf(ruleBook.of(collection), record);

/** The history entries a change of a document writes. */
export function historyEntriesFor(collection: string, change: Pick<Change, 'kind' | 'before' | 'after' | 'action'>) {
  const history = ruleBook.of(collection)?.history;
  return !history || change.kind === 'deleted' ? [] : history.entries(change);
}

/** Applies a listed move of a collection at a time, with a fixed hex generator. */
export function applyListedMove(
  collection: string,
  action: string,
  record: StoredRecord,
  body: Json,
  hex: () => string,
  now: string,
): MoveResult {
  const move = ruleBook.of(collection)?.moves?.[action];
  if (!move) throw new Error(`no move ${collection} ${action}`);
  const ctx: MoveContext = { ...contextOf(undefined, Date.parse(now)), now, hex };
  return applyMove(record, action, move, body, ctx);
}

/** The fields a new object of a collection takes from its uploaded files. */
export function uploadedFileFields(
  collection: string,
  files: Readonly<Record<string, UploadedFile>> | undefined,
): Json {
  return ruleBook.of(collection)?.fieldsFromFiles?.(files) ?? {};
}
