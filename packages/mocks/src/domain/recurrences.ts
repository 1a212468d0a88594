/**
 * Recurring invoices: a recurrence issues a copy of its base invoice on each
 * date of its schedule (frequency and interval from `start_date`, up to
 * `max_occurrences` or through `end_date`) when the clock reaches it, then
 * becomes `completed`; it can be paused, resumed and canceled. Its base (a
 * draft invoice, one recurrence each) becomes `recurring`; each invoice it
 * issues is numbered from the entity's settings and names the recurrence.
 */
import { objectOf } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import { refusal } from '../state/crud/request.js';
import type { RuleContext, WriteContext } from '../state/rules.js';
import { addPeriods, dateOf } from './calendar.js';
import { endpoint, type DomainModule, type TimeEffects } from './module.js';
import { numberOnIssue } from './receivables/numbering.js';
import { RECEIVABLES } from './receivables/rules.js';
import { termsOf, termsOnIssue } from './receivables/terms.js';
import { planRecurrence, withIteration } from './recurrence-schedule.js';

/** The collection of recurrences. */
export const RECURRENCES = '/recurrences';

/** A stored field the mock keeps beside a recurrence (never served: answers are shaped to the schema): invoices issued so far. */
export const ISSUED_ITERATIONS = 'mock_issued_iterations';

/** One recurrence run per due date at most this many times per clock move, so a far-past start cannot run away. */
const MAX_ISSUES_PER_MOVE = 100;

const DAY_MS = 86_400_000;

/**
 * The date a recurrence's next invoice is due, or undefined when it issues
 * nothing more: not active, past `max_occurrences` or past `end_date`.
 */
export function nextIssueDate(recurrence: StoredRecord): string | undefined {
  if (recurrence.status !== 'active' || typeof recurrence.start_date !== 'string') return undefined;
  const issued = Number(recurrence[ISSUED_ITERATIONS] ?? 0);
  const max = typeof recurrence.max_occurrences === 'number' ? recurrence.max_occurrences : Infinity;
  if (issued >= max) return undefined;
  const interval = typeof recurrence.interval === 'number' ? recurrence.interval : 1;
  const next = addPeriods(recurrence.start_date, String(recurrence.frequency), issued * interval);
  if (typeof recurrence.end_date === 'string' && next > recurrence.end_date.slice(0, 10)) return undefined;
  return next;
}

/** Whether a recurrence has issued everything it will: it becomes `completed`. */
export function recurrenceDone(recurrence: StoredRecord): boolean {
  return recurrence.status === 'active' && nextIssueDate(recurrence) === undefined;
}

/** Days between an invoice's issue and due dates, kept for the invoices a recurrence issues from it. */
function paymentDays(base: StoredRecord): number {
  const issue = typeof base.issue_date === 'string' ? Date.parse(base.issue_date.slice(0, 10)) : Number.NaN;
  const due = typeof base.due_date === 'string' ? Date.parse(base.due_date.slice(0, 10)) : Number.NaN;
  return Number.isNaN(issue) || Number.isNaN(due) || due < issue ? 30 : Math.round((due - issue) / DAY_MS);
}

/**
 * The invoice a recurrence issues on a date: a copy of its base, issued that
 * day, numbered from the entity's settings (never the base's number), naming
 * the recurrence, due by the base's payment terms (or, without terms, as
 * many days after issue as the base had).
 */
function issuedCopy(base: StoredRecord, recurrence: StoredRecord, due: string, stamp: string, ctx: WriteContext) {
  const issueDate = `${due}T00:00:00.000Z`;
  // The read schema has issue_date as a date-time, due_date as a date.
  const copy: StoredRecord = {
    ...base,
    id: ctx.freshId(),
    created_at: stamp,
    updated_at: stamp,
    status: 'issued',
    document_id: undefined,
    recurrence_id: recurrence.id,
    due_date: addPeriods(due, 'day', paymentDays(base)),
  };
  const numbered = numberOnIssue(copy, { ...ctx, entityId: ctx.entityId ?? ctx.scope, now: issueDate });
  const dated = termsOf(numbered, ctx) ? termsOnIssue(numbered, ctx) : numbered;
  return ctx.complete(RECEIVABLES, dated);
}

/** Issues what each recurrence owes by today, then completes those that are done. */
function issueRecurrences(ctx: WriteContext, effects: TimeEffects): void {
  const today = dateOf(ctx.clock.now());
  for (const start of ctx.list(RECURRENCES)) {
    let recurrence = start;
    for (let i = 0; i < MAX_ISSUES_PER_MOVE; i++) {
      const due = nextIssueDate(recurrence);
      const base = ctx.get(RECEIVABLES, String(recurrence.invoice_id));
      if (!due || due > today || !base) break;
      const stamp = ctx.stamp();
      const invoice = issuedCopy(base, recurrence, due, stamp, ctx);
      ctx.write({ kind: 'created', collection: RECEIVABLES, after: invoice });
      effects.issued.push(invoice.id);
      const issued = Number(recurrence[ISSUED_ITERATIONS] ?? 0) + 1;
      const before = recurrence;
      recurrence = {
        ...withIteration(recurrence, issued, due, invoice.id),
        [ISSUED_ITERATIONS]: issued,
        updated_at: stamp,
      };
      ctx.write({ kind: 'updated', collection: RECURRENCES, before, after: recurrence });
    }
    if (recurrenceDone(recurrence)) {
      const after = { ...recurrence, status: 'completed', updated_at: ctx.stamp() };
      ctx.write({ kind: 'moved', collection: RECURRENCES, before: recurrence, after });
      effects.completed.push(after.id);
    }
  }
}

/** Statuses of a recurrence that still hold its base invoice. */
const HOLDING = new Set(['active', 'paused', 'completed']);

/** Refuses a recurrence Monite would not make (400: the operation declares no 409): its base must be a draft invoice of its own. */
const refuseRecurrence = endpoint('POST', RECURRENCES, (ctx) => {
  const invoiceId = objectOf(ctx.body).invoice_id;
  const base = typeof invoiceId === 'string' ? ctx.store.get(ctx.scope, RECEIVABLES, invoiceId) : undefined;
  if (!base) return undefined; // an unknown invoice is the reference check's answer
  // A stored receivable always has its type (its read schema requires one).
  if (base.type !== 'invoice') return refusal(400, 'Only invoices can recur.');
  if (base.status !== 'draft' && base.status !== 'recurring')
    return refusal(
      400,
      `Invoice ${base.id} in status '${String(base.status)}' cannot recur; a recurrence is based on a draft.`,
    );
  const taken = ctx.store
    .list(ctx.scope, RECURRENCES)
    .some((r) => r.invoice_id === base.id && HOLDING.has(String(r.status)));
  return taken ? refusal(400, `Invoice ${base.id} already has a recurrence.`) : undefined;
});

/** A new recurrence's base becomes `recurring`, with its event and history. */
function baseRecurs(change: { kind: string; after?: StoredRecord }, ctx: WriteContext): undefined {
  const base = change.kind === 'created' ? ctx.get(RECEIVABLES, String(change.after?.invoice_id)) : undefined;
  if (base?.status === 'draft')
    ctx.write({
      kind: 'moved',
      collection: RECEIVABLES,
      before: base,
      after: { ...base, status: 'recurring', updated_at: ctx.stamp() },
    });
  return undefined;
}

/** Canceling a recurrence cancels the iterations it had not issued yet. */
function cancelPending(record: StoredRecord, action: string): StoredRecord {
  if (action !== 'cancel' || !Array.isArray(record.iterations)) return record;
  const iterations = record.iterations.map((i: { status?: string }) =>
    i.status === 'pending' ? { ...i, status: 'canceled' } : i,
  );
  return { ...record, iterations };
}

/**
 * What a new recurrence takes when the request leaves it out: Monite's
 * documented `automation_level` (`issue`, or `issue_and_send` when a subject
 * and a body are given), and, the mock's choice where Monite is silent, a
 * start today by the mock's clock.
 */
export function withDefaults(record: StoredRecord, ctx: RuleContext): StoredRecord {
  const sends = typeof record.subject_text === 'string' && typeof record.body_text === 'string';
  return {
    ...record,
    start_date: record.start_date ?? dateOf(ctx.clock.now()),
    automation_level: record.automation_level ?? (sends ? 'issue_and_send' : 'issue'),
  };
}

/** The recurrences module. */
export const recurrences: DomainModule = {
  name: 'recurrences',
  collections: [
    {
      collection: RECURRENCES,
      events: { objectType: 'recurrence' },
      initialStatus: 'active',
      moves: {
        cancel: { from: ['active', 'paused'], to: 'canceled' },
        pause: { from: ['active'], to: 'paused' },
        resume: { from: ['paused'], to: 'active' },
      },
      deriveOnSave: (record, ctx) =>
        record[ISSUED_ITERATIONS] === undefined ? planRecurrence(withDefaults(record, ctx)) : record,
      afterMove: cancelPending,
      affects: baseRecurs,
    },
  ],
  endpoints: [refuseRecurrence],
  clock: issueRecurrences,
};
