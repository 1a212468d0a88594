// Which history entries a change of a payable or receivable writes:
// `GET /payables/{id}/history` and `GET /receivables/{id}/history` list
// exactly these, and an audit view in a client shows them as they are.
import { describe, expect, it } from 'vitest';
import { historyEntriesFor } from '../test/rule-facade.js';

const record = (fields: Record<string, unknown>) => ({ id: 'd1', created_at: 't', updated_at: 't', ...fields });

describe('payable history', () => {
  it('a new payable records where it came from, an upload unless it says otherwise', () => {
    expect(historyEntriesFor('/payables', { kind: 'created', after: record({ origin: 'email' }) })).toEqual([
      { event_type: 'payable_created', event_data: { payable_source: 'email' } },
    ]);
    expect(historyEntriesFor('/payables', { kind: 'created', after: record({ status: 'draft' }) })).toEqual([
      { event_type: 'payable_created', event_data: { payable_source: 'upload' } },
    ]);
  });

  it('an update records payable_updated, and a status change beside it', () => {
    const before = record({ status: 'draft' });
    expect(historyEntriesFor('/payables', { kind: 'updated', before, after: record({ status: 'draft' }) })).toEqual([
      { event_type: 'payable_updated', event_data: {} },
    ]);
    expect(historyEntriesFor('/payables', { kind: 'updated', before, after: record({ status: 'new' }) })).toEqual([
      { event_type: 'payable_updated', event_data: {} },
      { event_type: 'status_changed', event_data: { old_status: 'draft', new_status: 'new' } },
    ]);
  });

  it('a move records only the status change, and nothing when there was no status before', () => {
    const after = record({ status: 'approve_in_progress' });
    expect(
      historyEntriesFor('/payables', {
        kind: 'moved',
        before: record({ status: 'new' }),
        after,
        action: 'submit_for_approval',
      }),
    ).toEqual([{ event_type: 'status_changed', event_data: { old_status: 'new', new_status: 'approve_in_progress' } }]);
    expect(historyEntriesFor('/payables', { kind: 'moved', before: record({}), after })).toEqual([]);
    expect(
      historyEntriesFor('/payables', { kind: 'moved', before: record({ status: 'new' }), after: record({}) }),
    ).toEqual([]);
  });

  it('attaching a file records the file, instead of an update', () => {
    const file = { name: 'bill.pdf', size: 2048, url: 'https://files.example/bill.pdf' };
    const after = record({ status: 'draft', file_id: 'f1', file });
    expect(
      historyEntriesFor('/payables', {
        kind: 'updated',
        before: record({ status: 'draft' }),
        after,
        action: 'attach_file',
      }),
    ).toEqual([{ event_type: 'file_attached', event_data: { file_name: 'bill.pdf', file_size: 2048, url: file.url } }]);
  });

  it('describes an attached file Monite knows little of with a default name, no size and no url', () => {
    const after = record({ file_id: 'f1', file: { name: 7, size: '2 kB', url: null } });
    expect(historyEntriesFor('/payables', { kind: 'updated', after, action: 'attach_file' })).toEqual([
      { event_type: 'file_attached', event_data: { file_name: 'document.pdf', file_size: 0, url: '' } },
    ]);
    expect(
      historyEntriesFor('/payables', { kind: 'moved', after: record({ file_id: 'f1' }), action: 'attach_file' }),
    ).toEqual([{ event_type: 'file_attached', event_data: { file_name: 'document.pdf', file_size: 0, url: '' } }]);
  });

  it('a later update of a payable with a file is an ordinary update, not another attach', () => {
    const after = record({ status: 'draft', file_id: 'f1', file: { name: 'bill.pdf', size: 1, url: 'u' } });
    expect(historyEntriesFor('/payables', { kind: 'updated', before: record({ status: 'draft' }), after })).toEqual([
      { event_type: 'payable_updated', event_data: {} },
    ]);
  });

  it('an attach without a file id is an ordinary update', () => {
    expect(historyEntriesFor('/payables', { kind: 'updated', after: record({}), action: 'attach_file' })).toEqual([
      { event_type: 'payable_updated', event_data: {} },
    ]);
  });
});

describe('receivable history', () => {
  it('a new receivable records its creation, or the receivable it is based on with its type', () => {
    expect(historyEntriesFor('/receivables', { kind: 'created', after: record({ type: 'invoice' }) })).toEqual([
      { event_type: 'receivable_created', event_data: {} },
    ]);
    expect(
      historyEntriesFor('/receivables', { kind: 'created', after: record({ based_on: 'q1', type: 'invoice' }) }),
    ).toEqual([{ event_type: 'based_on_receivable_created', event_data: { receivable_id: 'q1', type: 'invoice' } }]);
    expect(historyEntriesFor('/receivables', { kind: 'created', after: record({ based_on: 'q1' }) })).toEqual([
      { event_type: 'receivable_created', event_data: {} },
    ]);
  });

  it('an update records receivable_updated, and a status change beside it', () => {
    expect(
      historyEntriesFor('/receivables', {
        kind: 'updated',
        before: record({ status: 'draft' }),
        after: record({ status: 'draft' }),
      }),
    ).toEqual([{ event_type: 'receivable_updated', event_data: {} }]);
  });

  it('a payment records the status change and the payment: what is paid, what is due, the comment', () => {
    const before = record({ status: 'issued' });
    expect(
      historyEntriesFor('/receivables', {
        kind: 'moved',
        before,
        after: record({ status: 'partially_paid', amount_paid: 4000, amount_due: 6000, comment: 'first rate' }),
      }),
    ).toEqual([
      { event_type: 'status_changed', event_data: { old_status: 'issued', new_status: 'partially_paid' } },
      { event_type: 'payment_received', event_data: { amount_paid: 4000, amount_due: 6000, comment: 'first rate' } },
    ]);
    expect(historyEntriesFor('/receivables', { kind: 'moved', before, after: record({ status: 'paid' }) })).toEqual([
      { event_type: 'status_changed', event_data: { old_status: 'issued', new_status: 'paid' } },
      { event_type: 'payment_received', event_data: { amount_paid: 0, amount_due: 0 } },
    ]);
  });

  it('other moves record no payment, and a receivable already in the status records nothing', () => {
    expect(
      historyEntriesFor('/receivables', {
        kind: 'moved',
        before: record({ status: 'issued' }),
        after: record({ status: 'overdue', amount_paid: 0 }),
      }),
    ).toEqual([{ event_type: 'status_changed', event_data: { old_status: 'issued', new_status: 'overdue' } }]);
    expect(
      historyEntriesFor('/receivables', {
        kind: 'moved',
        before: record({ status: 'paid' }),
        after: record({ status: 'paid', amount_paid: 5 }),
      }),
    ).toEqual([]);
    // A receivable seeded without a status has no status to change from.
    expect(
      historyEntriesFor('/receivables', { kind: 'moved', before: record({}), after: record({ status: 'paid' }) }),
    ).toEqual([]);
  });
});

describe('what writes no history', () => {
  it('deletions, changes without a result, and documents that keep none', () => {
    const after = record({ status: 'draft' });
    // Not even a status change when the deletion reports a last state.
    const canceled = record({ status: 'canceled' });
    expect(historyEntriesFor('/payables', { kind: 'deleted', before: after, after: canceled })).toEqual([]);
    expect(historyEntriesFor('/receivables', { kind: 'deleted', before: after, after: canceled })).toEqual([]);
    expect(historyEntriesFor('/receivables', { kind: 'updated', before: after })).toEqual([]);
    expect(historyEntriesFor('/payables', { kind: 'updated', before: after })).toEqual([]);
    expect(historyEntriesFor('/payable_credit_notes', { kind: 'created', after })).toEqual([]);
  });
});
