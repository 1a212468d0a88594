/**
 * Monite's document history (`GET /payables/{id}/history`,
 * `GET /receivables/{id}/history`): which entries a change of a payable or a
 * receivable writes. The state layer listens to every stored change and keeps
 * the entries below the document (`state/history.ts`).
 */
import type { StoredRecord } from './stored-record.js';

type Json = Record<string, unknown>;

/** What happened to a document, as the change listener reports it. */
export interface DocumentChange {
  kind: 'created' | 'updated' | 'deleted' | 'moved';
  before?: StoredRecord;
  after?: StoredRecord;
  action?: string;
}

/** One history entry, without its id and timestamp. */
export interface HistoryEntry {
  event_type: string;
  event_data: Json;
}

/** The documents that keep a history, with the history collection and the field naming the document. */
export const HISTORY_OF: Readonly<Record<string, { collection: string; idField: string }>> = {
  '/payables': { collection: '/payables/{payable_id}/history', idField: 'payable_id' },
  '/receivables': { collection: '/receivables/{receivable_id}/history', idField: 'receivable_id' },
};

/** Receivable statuses reached by a payment: Monite writes a `payment_received` entry beside the status change. */
const PAID_STATUSES = new Set(['paid', 'partially_paid']);

const statusOf = (record: StoredRecord | undefined): string | undefined =>
  typeof record?.status === 'string' ? record.status : undefined;

function payableEntries(change: DocumentChange): HistoryEntry[] {
  const after = change.after as StoredRecord;
  if (change.kind === 'created') {
    const source = typeof after.origin === 'string' ? after.origin : 'upload';
    return [{ event_type: 'payable_created', event_data: { payable_source: source } }];
  }
  const entries: HistoryEntry[] = [];
  if (change.action === 'attach_file' && typeof after.file_id === 'string') {
    const file = (after.file ?? {}) as Json;
    entries.push({
      event_type: 'file_attached',
      event_data: {
        file_name: typeof file.name === 'string' ? file.name : 'document.pdf',
        file_size: typeof file.size === 'number' ? file.size : 0,
        url: typeof file.url === 'string' ? file.url : '',
      },
    });
  } else if (change.kind === 'updated') entries.push({ event_type: 'payable_updated', event_data: {} });
  const old = statusOf(change.before);
  const now = statusOf(after);
  if (old && now && old !== now)
    entries.push({ event_type: 'status_changed', event_data: { old_status: old, new_status: now } });
  return entries;
}

function receivableEntries(change: DocumentChange): HistoryEntry[] {
  const after = change.after as StoredRecord;
  if (change.kind === 'created') {
    if (typeof after.based_on === 'string' && typeof after.type === 'string')
      return [
        { event_type: 'based_on_receivable_created', event_data: { receivable_id: after.based_on, type: after.type } },
      ];
    return [{ event_type: 'receivable_created', event_data: {} }];
  }
  const entries: HistoryEntry[] = [];
  if (change.kind === 'updated') entries.push({ event_type: 'receivable_updated', event_data: {} });
  const old = statusOf(change.before);
  const now = statusOf(after);
  if (old && now && old !== now) {
    entries.push({ event_type: 'status_changed', event_data: { old_status: old, new_status: now } });
    if (PAID_STATUSES.has(now)) {
      const paid = typeof after.amount_paid === 'number' ? after.amount_paid : 0;
      const due = typeof after.amount_due === 'number' ? after.amount_due : 0;
      const comment = typeof after.comment === 'string' ? { comment: after.comment } : {};
      entries.push({ event_type: 'payment_received', event_data: { amount_paid: paid, amount_due: due, ...comment } });
    }
  }
  return entries;
}

/**
 * The history entries a change of a payable or receivable writes: its
 * creation, each update, each status change (PATCH or action or the clock),
 * a payment received, a file attached. Deletions write none: the history
 * goes with the document.
 */
export function historyEntriesFor(collectionTemplate: string, change: DocumentChange): HistoryEntry[] {
  if (!change.after || change.kind === 'deleted') return [];
  if (collectionTemplate === '/payables') return payableEntries(change);
  if (collectionTemplate === '/receivables') return receivableEntries(change);
  return [];
}
