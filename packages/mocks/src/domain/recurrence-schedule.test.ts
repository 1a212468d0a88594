import { describe, expect, test } from 'vitest';
import type { StoredRecord } from '../shared/stored-record.js';
import { issueDates, planRecurrence } from './recurrence-schedule.js';

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
});
