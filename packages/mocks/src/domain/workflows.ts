import { RECURRENCE_MOVES, SECTION_INITIAL_STATUS, SECTION_WORKFLOWS } from './section-workflows.js';
import type { StoredRecord } from './stored-record.js';

/** A state move of an action endpoint: allowed source statuses and the resulting one. */
export interface Transition {
  from: readonly string[];
  to: string;
  /** Further changes the move makes (amounts paid, secrets, ...); `now` is the mock's data clock. */
  apply?: (
    record: StoredRecord,
    body: Record<string, unknown>,
    fresh: () => string,
    now: string,
  ) => Partial<StoredRecord>;
  /** An extra precondition; returns a reason when the move is illegal. */
  guard?: (record: StoredRecord, body: Record<string, unknown>) => string | undefined;
}

const totalOf = (record: StoredRecord): number => (typeof record.total_amount === 'number' ? record.total_amount : 0);

/**
 * A document paid in full: nothing left to pay, when it was paid (the
 * caller's `paid_at` where the operation takes one) and the comment, in the
 * field the document's schema names for it.
 */
const paidInFull =
  (commentField: 'marked_as_paid_with_comment' | 'comment') =>
  (record: StoredRecord, body: Record<string, unknown>, _fresh: () => string, now: string): Partial<StoredRecord> => ({
    amount_paid: totalOf(record),
    amount_due: 0,
    amount_to_pay: 0,
    paid_at: typeof body.paid_at === 'string' ? body.paid_at : now,
    ...(typeof body.comment === 'string' ? { [commentField]: body.comment } : {}),
  });
const payablePaidInFull = paidInFull('marked_as_paid_with_comment');
const receivablePaidInFull = paidInFull('comment');

const paidPartly = (record: StoredRecord, body: Record<string, unknown>): Partial<StoredRecord> => {
  const total = totalOf(record);
  const paid = typeof body.amount_paid === 'number' ? body.amount_paid : 0;
  return {
    amount_paid: paid,
    amount_due: Math.max(0, total - paid),
    amount_to_pay: Math.max(0, total - paid),
    ...(typeof body.comment === 'string' ? { comment: body.comment } : {}),
  };
};

/** A partial payment must leave something to pay: paying the total or more is not partial, and over-payment is refused. */
const withinAmountDue = (record: StoredRecord, body: Record<string, unknown>): string | undefined => {
  const paid = typeof body.amount_paid === 'number' ? body.amount_paid : 0;
  const total = totalOf(record);
  return paid >= total
    ? `The amount paid (${paid}) must be less than the total amount (${total}); use mark_as_paid for a full payment.`
    : undefined;
};

const quotesOnly = (record: StoredRecord): string | undefined =>
  record.type === 'quote' ? undefined : 'Only quotes can be accepted or declined.';
const invoicesOnly = (record: StoredRecord): string | undefined =>
  record.type === undefined || record.type === 'invoice'
    ? undefined
    : 'Only invoices can be paid or marked uncollectible.';
const invoicesPaidWithin = (record: StoredRecord, body: Record<string, unknown>): string | undefined =>
  invoicesOnly(record) ?? withinAmountDue(record, body);
// A quote's statuses have no `canceled`: a quote is declined, expires or is deleted instead.
const notQuotes = (record: StoredRecord): string | undefined =>
  record.type === 'quote' ? 'Quotes cannot be canceled; delete the quote or let it expire.' : undefined;

/**
 * The workflows Monite enforces, keyed by collection template then action.
 * An action not listed here is a generic action: it answers with the resource
 * and moves nothing.
 */
export const WORKFLOWS: Record<string, Record<string, Transition>> = {
  '/payables': {
    submit_for_approval: { from: ['draft', 'new'], to: 'approve_in_progress' },
    approve_payment_operation: { from: ['approve_in_progress'], to: 'waiting_to_be_paid' },
    reject: { from: ['approve_in_progress'], to: 'rejected' },
    reopen: { from: ['rejected'], to: 'new' },
    cancel: { from: ['draft', 'new', 'approve_in_progress', 'waiting_to_be_paid'], to: 'canceled' },
    mark_as_paid: { from: ['waiting_to_be_paid', 'partially_paid'], to: 'paid', apply: payablePaidInFull },
    mark_as_partially_paid: {
      from: ['waiting_to_be_paid', 'partially_paid'],
      to: 'partially_paid',
      apply: paidPartly,
      guard: withinAmountDue,
    },
  },
  '/receivables': {
    issue: { from: ['draft'], to: 'issued' },
    accept: { from: ['issued'], to: 'accepted', guard: quotesOnly },
    decline: { from: ['issued'], to: 'declined', guard: quotesOnly },
    mark_as_paid: {
      from: ['issued', 'partially_paid', 'overdue'],
      to: 'paid',
      apply: receivablePaidInFull,
      guard: invoicesOnly,
    },
    mark_as_partially_paid: {
      from: ['issued', 'partially_paid', 'overdue'],
      to: 'partially_paid',
      apply: paidPartly,
      guard: invoicesPaidWithin,
    },
    mark_as_uncollectible: { from: ['issued', 'partially_paid', 'overdue'], to: 'uncollectible', guard: invoicesOnly },
    cancel: { from: ['draft', 'issued'], to: 'canceled', guard: notQuotes },
  },
  '/payable_credit_notes': {
    submit_for_approval: { from: ['draft', 'new'], to: 'submitted_for_approval' },
    approve: { from: ['submitted_for_approval'], to: 'approved' },
    reject: { from: ['submitted_for_approval'], to: 'rejected' },
    cancel: { from: ['draft', 'new', 'submitted_for_approval'], to: 'canceled' },
  },
  '/approval_requests': {
    approve: { from: ['waiting'], to: 'approved' },
    reject: { from: ['waiting'], to: 'rejected' },
    cancel: { from: ['waiting'], to: 'canceled' },
  },
  '/webhook_subscriptions': {
    enable: { from: ['disabled'], to: 'enabled' },
    disable: { from: ['enabled'], to: 'disabled' },
    regenerate_secret: {
      from: ['enabled', 'disabled'],
      to: '',
      apply: (_r, _b, fresh) => ({ secret: `whsec_${fresh()}` }),
    },
  },
  '/recurrences': {
    cancel: { from: ['active', 'paused'], to: 'canceled' },
    ...RECURRENCE_MOVES,
  },
  '/payment_links': {
    expire: { from: ['created', 'active'], to: 'expired' },
  },
  ...SECTION_WORKFLOWS,
};

/** The status a new resource of a collection starts in, where Monite fixes one. */
export const INITIAL_STATUS: Record<string, string> = {
  '/payables': 'draft',
  '/receivables': 'draft',
  '/payable_credit_notes': 'draft',
  '/approval_requests': 'waiting',
  '/webhook_subscriptions': 'enabled',
  '/recurrences': 'active',
  ...SECTION_INITIAL_STATUS,
};

/** Outcome of applying an action: the updated record, or why the move is illegal. */
export type TransitionResult = { ok: true; record: StoredRecord } | { ok: false; message: string };

/** Applies a workflow action to a record; a move from a status not in `from` is refused. */
export function applyTransition(
  record: StoredRecord,
  action: string,
  transition: Transition,
  body: Record<string, unknown>,
  fresh: () => string,
  now: string = new Date().toISOString(),
): TransitionResult {
  const status = String(record.status ?? '');
  if (!transition.from.includes(status)) {
    return { ok: false, message: `Cannot ${action.replace(/_/g, ' ')} in status '${status}'.` };
  }
  const reason = transition.guard?.(record, body);
  if (reason) return { ok: false, message: reason };
  const changes = transition.apply?.(record, body, fresh, now) ?? {};
  return { ok: true, record: { ...record, ...changes, ...(transition.to ? { status: transition.to } : {}) } };
}
