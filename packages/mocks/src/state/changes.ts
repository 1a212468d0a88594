/**
 * What the resource layer reports after each stored change, so events (and
 * through them webhooks) follow every create, update, delete and state move
 * without the dispatch knowing about events.
 */
import type { ChangeKind } from '../domain/event-catalogue.js';
import type { StoredRecord } from '../domain/stored-record.js';
import type { DataSequence } from './data-sequence.js';
import type { Store } from './store.js';

export type { ChangeKind };

/** One stored change of one object. */
export interface Change {
  /** created, updated, deleted, or a state move (`moved`). */
  kind: ChangeKind;
  /** The collection template the object lives in (`/counterparts/{counterpart_id}/contacts`). */
  collection: string;
  /** The store scope: an entity id or the partner scope. */
  scope: string;
  /** The request's `x-monite-entity-id`, when the operation is entity-scoped. */
  entityId?: string;
  /** The object before the change (absent for a create). */
  before?: StoredRecord;
  /** The object after the change (absent for a delete). */
  after?: StoredRecord;
  /** The action segment that caused it (`approve_payment_operation`, `make_default`, `expire`), if any. */
  action?: string;
  /** The request's `x-monite-version`; absent for changes the clock makes. */
  apiVersion?: string;
  /** The operation that made the change, if a request did. */
  operationId?: string;
}

/** Receives every stored change, after it is stored. */
export type ChangeListener = (change: Change) => void;

/** What the resource layer may be given besides its store and schemas. */
export interface ResourceHooks {
  /** Called after each stored create, update, delete and state move. */
  onChange?: ChangeListener;
  /** The sequence of ids, secrets and timestamps (the engine's, so it can save and restore its position). */
  sequence?: DataSequence;
}

/**
 * What code that writes outside a request (the clock's effects, OCR
 * finishing) needs from the resource layer: the store, ids and timestamps
 * from its sequence, completion of new objects, and the change listener.
 */
export interface WriteContext {
  store: Store;
  /** A fresh id (the resource layer's sequence, so ids stay reproducible). */
  freshId: () => string;
  /** A write timestamp (moves a fixed clock one second, like any write). */
  stamp: () => string;
  /** Fills the required fields of a new stored object, as a created one would have. */
  complete: (collection: string, record: StoredRecord) => StoredRecord;
  /** Reports a change (events, webhooks, history). */
  report: (change: Change) => void;
}
