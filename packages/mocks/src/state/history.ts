/**
 * Keeps the history of documents whose rules have one (payables,
 * receivables): a change listener, beside the event log, that writes the
 * entries of the collection's history rule below the document, where the
 * history endpoints list and read them like any stored collection (pages,
 * `event_type__in`, `timestamp__gte`, sort by timestamp).
 */
import { fillPath } from '../operations/path-templates.js';
import { stableUuid } from '../shared/stable-ids.js';
import type { Change } from './changes.js';
import type { RuleBook } from './rules.js';
import type { Store, StoredRecord } from './store.js';

/**
 * Writes history entries for the changes it is given. Entry ids are a pure
 * function of the document and the entry's position in its history, so they
 * take nothing from the id sequence (object ids stay what they were) and a
 * restored snapshot goes on without collisions.
 */
export class HistoryRecorder {
  constructor(
    private readonly store: Store,
    private readonly rules: RuleBook,
    private readonly now: () => string,
  ) {}

  /** Records the entries of one change; returns how many were written. */
  record(change: Change): number {
    const history = this.rules.of(change.collection)?.history;
    const document = change.after;
    // Deletions write none: the history goes with the document.
    if (!history || !document || change.kind === 'deleted') return 0;
    const entries = history.entries(change);
    const collection = fillPath(history.collection, { [history.idField]: document.id });
    // The document's own write time, so an entry and the change it records agree; the clock for changes without one.
    const timestamp = typeof document.updated_at === 'string' ? document.updated_at : this.now();
    let position = this.store.list(change.scope, collection).length;
    for (const entry of entries) {
      const id = stableUuid(`history:${document.id}:${position}`);
      position += 1;
      const stored = {
        id,
        created_at: timestamp,
        updated_at: timestamp,
        timestamp,
        [history.idField]: document.id,
        ...entry,
      } as StoredRecord;
      this.store.put(change.scope, collection, stored);
    }
    return entries.length;
  }
}
