/**
 * Payable credit notes: their workflow (draft or new, submitted, approved,
 * rejected, canceled), their lock, their line items' totals, and what they do
 * to the payable they are based on: listed in its `credit_notes`, and its
 * `total_amount_with_credit_notes` reduced by the ones in force.
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import { uploadEndpoint } from '../files.js';
import type { DomainModule } from '../module.js';
import type { CreatedContext, RuleContext } from '../../state/rules.js';
import { deriveDocumentTotals, deriveLineItem, LINE_ITEMS, totalsFromLines } from './line-items.js';

/** The collection of payable credit notes. */
export const CREDIT_NOTES = '/payable_credit_notes';

/** Statuses of a credit note that no longer count against its payable. */
const VOID_CREDIT_NOTE = new Set(['canceled', 'rejected']);

/** A stored credit note's given total, when it has a number for one. */
const givenTotal = (note: StoredRecord): number | undefined =>
  typeof note.total_amount === 'number' ? note.total_amount : undefined;

/**
 * A payable as Monite shows it with its credit notes: each credit note based
 * on it listed in `credit_notes`, and `total_amount_with_credit_notes`
 * reduced by the ones still in force. `noteTotal` reads a note's total (by
 * default the one it was given; the rule passes one that sums its lines).
 */
export function withCreditNotes(
  payable: StoredRecord,
  creditNotes: readonly StoredRecord[],
  noteTotal: (note: StoredRecord) => number | undefined = givenTotal,
): StoredRecord {
  const own = creditNotes.filter((note) => note.based_on === payable.id);
  if (own.length === 0) return payable;
  const total = typeof payable.total_amount === 'number' ? payable.total_amount : 0;
  const totals = own.map(noteTotal);
  const credited = own.reduce(
    (sum, note, i) => sum + (VOID_CREDIT_NOTE.has(String(note.status)) ? 0 : (totals[i] ?? 0)),
    0,
  );
  return {
    ...payable,
    credit_notes: own.map((note, i) => ({
      id: note.id,
      status: note.status ?? 'draft',
      ...(typeof note.document_id === 'string' ? { document_id: note.document_id } : {}),
      // A note without a total shows none (the answer leaves out an undefined field).
      total_amount: totals[i],
      ...(typeof note.issued_at === 'string' ? { issued_at: note.issued_at } : {}),
    })),
    total_amount_with_credit_notes: Math.max(0, total - credited),
  };
}

/** A credit note's total: the sum of its line items when it has any, else the `total_amount` it was given. */
export function creditNoteTotal(note: StoredRecord, ctx: RuleContext): number | undefined {
  const lines = ctx.list(`${CREDIT_NOTES}/${note.id}/${LINE_ITEMS}`);
  // Without lines deriveDocumentTotals gives the note back as it is.
  return givenTotal(deriveDocumentTotals(note, lines));
}

/**
 * Where a new credit note's data came from, in the words Monite uses for
 * payables: every API create is an `upload`; its data is the caller's
 * (`user_specified`) unless a file was uploaded for Monite to read (`ocr`).
 */
function creditNoteSource(record: StoredRecord, ctx: CreatedContext): StoredRecord {
  // Only an upload (`…/upload_from_file`, which requires its file) brings files.
  const uploaded = ctx.files !== undefined;
  return { ...record, origin: 'upload', source_of_data: uploaded ? 'ocr' : 'user_specified' };
}

/** The payable credit notes module. */
export const payableCreditNotes: DomainModule = {
  name: 'payable credit notes',
  collections: [
    {
      collection: CREDIT_NOTES,
      events: { objectType: 'payables_credit_note' },
      initialStatus: 'draft',
      moves: {
        submit_for_approval: { from: ['draft', 'new'], to: 'submitted_for_approval' },
        approve: { from: ['submitted_for_approval'], to: 'approved' },
        reject: { from: ['submitted_for_approval'], to: 'rejected' },
        cancel: { from: ['draft', 'new', 'submitted_for_approval'], to: 'canceled' },
      },
      lock: { statuses: ['draft', 'new'], name: 'Payable credit note' },
      deriveFromChildren: totalsFromLines,
      afterCreate: creditNoteSource,
    },
    { collection: `${CREDIT_NOTES}/{credit_note_id}/line_items`, deriveOnRead: deriveLineItem },
  ],
  endpoints: [uploadEndpoint(CREDIT_NOTES)],
};
