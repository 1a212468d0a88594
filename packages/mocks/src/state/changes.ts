/**
 * What the CRUD reports after each stored change, so history, events and
 * webhooks follow every create, update, delete and state move without the
 * CRUD knowing about them.
 */
import type { StoredRecord } from '../shared/stored-record.js';

/** What happened to an object. */
export type ChangeKind = 'created' | 'updated' | 'deleted' | 'moved';

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
