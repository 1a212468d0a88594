/**
 * Keeps the history of payables and receivables: a change listener (beside
 * the event log) that writes the entries of `domain/history.ts` below the
 * document, where `GET /payables/{id}/history` and
 * `GET /receivables/{id}/history[/{id}]` list and read them like any stored
 * collection (pages, `event_type__in`, `timestamp__gte`, sort by timestamp).
 */
import { HISTORY_OF, historyEntriesFor } from '../domain/history.js';
import { stableUuid } from '../domain/receipts.js';
import { fillPath } from '../operations/path-templates.js';
import type { Change } from './changes.js';
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
    private readonly now: () => string,
  ) {}

  /** Records the entries of one change; returns how many were written. */
  record(change: Change): number {
    const history = HISTORY_OF[change.collection];
    const document = change.after;
    if (!history || !document) return 0;
    const entries = historyEntriesFor(change.collection, change);
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
