/** What document histories have in common: a `status_changed` entry whenever a change moves the status. */
import type { StoredRecord } from '../shared/stored-record.js';
import type { HistoryEntry } from '../state/rules.js';

/** A document's status, when it has one. */
export const statusOf = (record: StoredRecord | undefined): string | undefined =>
  typeof record?.status === 'string' ? record.status : undefined;

/** The `status_changed` entry of a change, when the status moved. */
export function statusChange(before: StoredRecord | undefined, after: StoredRecord): HistoryEntry | undefined {
  const old = statusOf(before);
  const now = statusOf(after);
  return old && now && old !== now
    ? { event_type: 'status_changed', event_data: { old_status: old, new_status: now } }
    : undefined;
}
