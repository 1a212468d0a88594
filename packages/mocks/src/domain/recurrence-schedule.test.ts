import { describe, expect, test } from 'vitest';
import type { StoredRecord } from '../shared/stored-record.js';
import { issueDates, planRecurrence, withIteration } from './recurrence-schedule.js';

const recurrence = (fields: Record<string, unknown>): StoredRecord => ({
  id: 'r1',
  created_at: 't',
  updated_at: 't',
  ...fields,
});

describe('recurrence schedule', () => {
  test('lists the dates from start_date through end_date, interval periods apart', () => {
    const dates = issueDates(
      recurrence({ start_date: '2024-06-01', end_date: '2024-09-15', frequency: 'month', interval: 1 }),
    );
    expect(dates).toEqual(['2024-06-01', '2024-07-01', '2024-08-01', '2024-09-01']);
  });

  test('an end date before the start still lists the first iteration, as the schema requires one', () => {
    const planned = planRecurrence(recurrence({ start_date: '2024-06-01', end_date: '2024-05-01' }));
    expect(planned.iterations).toEqual([{ iteration: 1, issue_at: '2024-06-01', status: 'pending' }]);
  });

  test('a recurrence without a start date has no dates', () => {
    expect(issueDates(recurrence({ frequency: 'month', end_date: '2024-09-15' }))).toEqual([]);
  });
});

describe('iterations as invoices are issued', () => {
  test('an open-ended schedule grows by one iteration per invoice issued, so twelve are always to come', () => {
    const planned = planRecurrence(recurrence({ start_date: '2024-06-01', frequency: 'month', interval: 1 }));
    expect(planned.iterations).toHaveLength(12);
    const after = withIteration(planned, 1, '2024-06-01', 'inv-1');
    const iterations = after.iterations as Record<string, unknown>[];
    expect(iterations).toHaveLength(13);
    expect(iterations[0]).toEqual({
      iteration: 1,
      issue_at: '2024-06-01',
      status: 'completed',
      issued_invoice_id: 'inv-1',
    });
    expect(iterations.at(-1)).toEqual({ iteration: 13, issue_at: '2025-06-01', status: 'pending' });
    expect(after.current_iteration).toBe(2);
  });

  test('a schedule without planned iterations lists the issued one and those after it, none before', () => {
    const after = withIteration(
      recurrence({ start_date: '2024-01-01', frequency: 'month', interval: 1, max_occurrences: 5 }),
      3,
      '2024-03-01',
      'inv-3',
    );
    expect(after.iterations).toEqual([
      { iteration: 3, issue_at: '2024-03-01', status: 'completed', issued_invoice_id: 'inv-3' },
      { iteration: 4, issue_at: '2024-04-01', status: 'pending' },
      { iteration: 5, issue_at: '2024-05-01', status: 'pending' },
    ]);
  });
});
