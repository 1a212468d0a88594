// What happens to stored objects when the mock's clock moves:
// the day an invoice falls overdue, the instant a payment link expires, and
// which dates a recurrence issues on.
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../shared/stored-record.js';
import { addPeriods, dateOf } from './calendar.js';
import { isExpiredLink } from './payments.js';
import { isOverdue } from './receivables/time.js';
import { ISSUED_ITERATIONS, nextIssueDate, recurrenceDone } from './recurrences.js';

const record = (fields: Record<string, unknown>): StoredRecord => ({
  id: 'r-1',
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  ...fields,
});
const at = (iso: string) => Date.parse(iso);

describe('isOverdue', () => {
  const invoice = (fields: Record<string, unknown>) =>
    record({ type: 'invoice', status: 'issued', due_date: '2025-03-10', ...fields });

  it('is false on the due date itself and true from the next day (UTC)', () => {
    expect(isOverdue(invoice({}), at('2025-03-10T23:59:59Z'))).toBe(false);
    expect(isOverdue(invoice({}), at('2025-03-11T00:00:00Z'))).toBe(true);
  });

  it('applies to issued and partially paid invoices only', () => {
    const later = at('2025-04-01T00:00:00Z');
    expect(isOverdue(invoice({ status: 'partially_paid' }), later)).toBe(true);
    for (const status of ['draft', 'paid', 'overdue', 'canceled', 'uncollectible'])
      expect(isOverdue(invoice({ status }), later)).toBe(false);
  });

  it('never applies to quotes or credit notes, and treats a record without a type as an invoice', () => {
    const later = at('2025-04-01T00:00:00Z');
    expect(isOverdue(invoice({ type: 'quote' }), later)).toBe(false);
    expect(isOverdue(invoice({ type: 'credit_note' }), later)).toBe(false);
    expect(isOverdue(invoice({ type: undefined }), later)).toBe(true);
  });

  it('compares the date part of a due date given with a time, and needs a due date', () => {
    expect(isOverdue(invoice({ due_date: '2025-03-10T23:00:00Z' }), at('2025-03-10T23:30:00Z'))).toBe(false);
    expect(isOverdue(invoice({ due_date: '2025-03-10T23:00:00Z' }), at('2025-03-11T00:30:00Z'))).toBe(true);
    expect(isOverdue(invoice({ due_date: undefined }), at('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('isExpiredLink', () => {
  const link = (fields: Record<string, unknown>) =>
    record({ status: 'created', expires_at: '2025-03-10T12:00:00Z', ...fields });

  it('expires at expires_at exactly, not a millisecond before', () => {
    expect(isExpiredLink(link({}), at('2025-03-10T11:59:59.999Z'))).toBe(false);
    expect(isExpiredLink(link({}), at('2025-03-10T12:00:00Z'))).toBe(true);
  });

  it('leaves finished links alone', () => {
    const later = at('2026-01-01T00:00:00Z');
    for (const status of ['expired', 'succeeded', 'canceled', 'paid'])
      expect(isExpiredLink(link({ status }), later)).toBe(false);
  });

  it('never expires a link without a readable expires_at', () => {
    const later = at('2026-01-01T00:00:00Z');
    expect(isExpiredLink(link({ expires_at: undefined }), later)).toBe(false);
    expect(isExpiredLink(link({ expires_at: 'next week' }), later)).toBe(false);
    expect(isExpiredLink(link({ expires_at: 1234 }), later)).toBe(false);
  });
});

describe('addPeriods', () => {
  it.each([
    ['day', 3, '2025-01-18'],
    ['week', 2, '2025-01-29'],
    ['month', 2, '2025-03-15'],
    ['quarter', 1, '2025-04-15'],
    ['year', 1, '2026-01-15'],
    ['fortnightly', 1, '2025-02-15'],
  ])('moves 2025-01-15 by %s × %i to %s', (frequency, count, expected) => {
    expect(addPeriods('2025-01-15', frequency, count)).toBe(expected);
  });

  it('reads the date part of a timestamp', () => {
    expect(addPeriods('2025-01-15T22:00:00Z', 'day', 1)).toBe('2025-01-16');
    // A month on from the 31st is the next month's last day, not the first of the one after.
    expect(addPeriods('2024-01-31', 'month', 1)).toBe('2024-02-29');
    expect(addPeriods('2024-05-31', 'quarter', 1)).toBe('2024-08-31');
    expect(addPeriods('2024-05-31', 'month', 4)).toBe('2024-09-30');
  });
});

describe('nextIssueDate and recurrenceDone', () => {
  const recurrence = (fields: Record<string, unknown>) =>
    record({ status: 'active', start_date: '2025-01-01', frequency: 'month', ...fields });

  it('issues first on the start date, then every interval periods', () => {
    expect(nextIssueDate(recurrence({}))).toBe('2025-01-01');
    expect(nextIssueDate(recurrence({ [ISSUED_ITERATIONS]: 2 }))).toBe('2025-03-01');
    expect(nextIssueDate(recurrence({ [ISSUED_ITERATIONS]: 2, interval: 3 }))).toBe('2025-07-01');
    expect(nextIssueDate(recurrence({ [ISSUED_ITERATIONS]: 1, frequency: undefined }))).toBe('2025-02-01');
  });

  it('stops after max_occurrences', () => {
    expect(nextIssueDate(recurrence({ [ISSUED_ITERATIONS]: 2, max_occurrences: 3 }))).toBe('2025-03-01');
    expect(nextIssueDate(recurrence({ [ISSUED_ITERATIONS]: 3, max_occurrences: 3 }))).toBeUndefined();
  });

  it('issues on end_date itself but not after it', () => {
    expect(nextIssueDate(recurrence({ [ISSUED_ITERATIONS]: 2, end_date: '2025-03-01' }))).toBe('2025-03-01');
    expect(nextIssueDate(recurrence({ [ISSUED_ITERATIONS]: 3, end_date: '2025-03-01T00:00:00Z' }))).toBeUndefined();
  });

  it('issues nothing for a recurrence that is not active or has no start date', () => {
    expect(nextIssueDate(recurrence({ status: 'paused' }))).toBeUndefined();
    expect(nextIssueDate(recurrence({ start_date: undefined }))).toBeUndefined();
  });

  it('calls an active recurrence done once it has nothing left to issue', () => {
    expect(recurrenceDone(recurrence({ [ISSUED_ITERATIONS]: 3, max_occurrences: 3 }))).toBe(true);
    expect(recurrenceDone(recurrence({ [ISSUED_ITERATIONS]: 1, max_occurrences: 3 }))).toBe(false);
    expect(recurrenceDone(recurrence({ status: 'canceled', [ISSUED_ITERATIONS]: 3, max_occurrences: 3 }))).toBe(false);
  });
});

describe('dateOf', () => {
  it('is the UTC calendar date', () => {
    expect(dateOf(at('2025-03-10T23:59:59.999Z'))).toBe('2025-03-10');
  });
});
