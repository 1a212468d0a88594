/**
 * A payable's history (`GET /payables/{id}/history`): its creation (with its
 * source), each update, each status change, each file attached.
 */
import type { Json } from '../../shared/json.js';
import type { HistoryRule } from '../../state/rules.js';
import { statusChange } from '../history-entries.js';

/** Where a payable's history is kept and which entries a change writes. */
export const payableHistory: HistoryRule = {
  collection: '/payables/{payable_id}/history',
  idField: 'payable_id',
  entries(change) {
    const after = change.after;
    if (!after) return [];
    if (change.kind === 'created') {
      const source = typeof after.origin === 'string' ? after.origin : 'upload';
      return [{ event_type: 'payable_created', event_data: { payable_source: source } }];
    }
    const entries = [];
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
    const moved = statusChange(change.before, after);
    if (moved) entries.push(moved);
    // A further partial payment keeps the status; the payable still changed, and its history says so.
    else if (change.kind === 'moved' && after.amount_paid !== change.before?.amount_paid)
      entries.push({ event_type: 'payable_updated', event_data: {} });
    return entries;
  },
};
