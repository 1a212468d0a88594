/**
 * Advancing the clock makes time-driven things happen as Monite does, each
 * with its event. The clock is fixed (the default), so every assertion is
 * about mock time, never the wall clock.
 */
import { describe, expect, test } from 'vitest';
import { bodyFor } from '../test/events-helpers.js';
import { counterpartPayload, ENTITY, testClient } from '../test/helpers.js';

const DAY = 86_400_000;
/** Tokens that outlive the clock moves of these tests. */
const LONG = { tokenLifetimeSeconds: 10 * 365 * 86_400 };

function receivable(data: Record<string, unknown>) {
  return {
    collection: '/receivables',
    entityId: ENTITY,
    data: { type: 'invoice', currency: 'EUR', issue_date: '2024-05-20T00:00:00.000Z', due_date: '2024-06-03', ...data },
  };
}

describe('time', () => {
  test('the default clock is fixed at startTime and moves one second per write', async () => {
    const { monite, call } = testClient({ ...LONG, startTime: '2030-01-01T00:00:00Z' });
    const first = await call('POST', '/counterparts', { body: counterpartPayload });
    const second = await call('POST', '/counterparts', { body: counterpartPayload });
    // Whole seconds after the start, strictly increasing: how many a create takes is the resource layer's business.
    expect(first.body.created_at).toBe('2030-01-01T00:00:01.000Z');
    expect(Date.parse(second.body.created_at)).toBeGreaterThan(Date.parse(first.body.created_at));
    const before = monite.clock.now();
    monite.clock.advance(DAY);
    expect(monite.clock.now()).toBe(before + DAY);
    const third = await call('POST', '/counterparts', { body: counterpartPayload });
    expect(Date.parse(third.body.created_at)).toBeGreaterThan(before + DAY);
  });

  test('clock "fixed:<ISO>" starts there', () => {
    const { monite } = testClient({ clock: 'fixed:2031-02-03T04:05:06Z' });
    expect(monite.clock.mode).toBe('fixed');
    expect(new Date(monite.clock.now()).toISOString()).toBe('2031-02-03T04:05:06.000Z');
  });

  test('tokens expire when the clock passes their lifetime', async () => {
    const { monite, call } = testClient({ tokenLifetimeSeconds: 3600 });
    expect((await call('GET', '/counterparts')).status).toBe(200);
    monite.clock.advance(3601 * 1000);
    const after = await call('GET', '/counterparts');
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/expired/);
  });

  test('an issued invoice past its due date becomes overdue, with its event; paid and draft ones do not', async () => {
    const { monite, call } = testClient(LONG);
    const issued = monite.seedResource(receivable({ status: 'issued' }));
    const paid = monite.seedResource(receivable({ status: 'paid' }));
    const later = monite.seedResource(receivable({ status: 'issued', due_date: '2024-07-01' }));
    expect(monite.clock.advance(5 * DAY).overdue).toEqual([]);
    const effects = monite.clock.advance(5 * DAY);
    expect(effects.overdue).toEqual([issued.id]);
    expect((await call('GET', `/receivables/${issued.id}`)).body.status).toBe('overdue');
    expect((await call('GET', `/receivables/${paid.id}`)).body.status).toBe('paid');
    expect((await call('GET', `/receivables/${later.id}`)).body.status).toBe('issued');
    const events = (await call('GET', '/events?object_type=receivable')).body.data;
    expect(events.map((e: { action: string; object: { id: string } }) => [e.action, e.object.id])).toEqual([
      ['receivable.overdue', issued.id],
    ]);
    expect(events[0].api_version).toBeNull();
  });

  test('an active recurrence issues its next invoice when due, and completes after its last', async () => {
    const { monite, call } = testClient(LONG);
    const base = monite.seedResource(
      receivable({ status: 'recurring', due_date: '2024-06-14', issue_date: '2024-05-31T00:00:00.000Z' }),
    );
    const created = await call('POST', '/recurrences', {
      body: bodyFor('post_recurrences', {
        invoice_id: base.id,
        start_date: '2024-06-01',
        frequency: 'month',
        interval: 1,
        max_occurrences: 2,
        end_date: undefined,
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBeLessThan(300);
    expect(monite.clock.advance(DAY).issued).toEqual([]);
    const june = monite.clock.advance(7 * DAY);
    expect(june.issued).toHaveLength(1);
    const invoice = (await call('GET', `/receivables/${june.issued[0]}`)).body;
    expect(invoice.status).toBe('issued');
    // Stored as issued on its due date, payable in the base invoice's 14 days.
    expect(monite.list('/receivables', ENTITY).find((r) => r.id === invoice.id)).toMatchObject({
      issue_date: '2024-06-01T00:00:00.000Z',
      due_date: '2024-06-15',
    });
    const july = monite.clock.advance(30 * DAY);
    expect(july.issued).toHaveLength(1);
    expect(july.completed).toEqual([created.body.id]);
    expect((await call('GET', `/recurrences/${created.body.id}`)).body.status).toBe('completed');
    const actions = monite.webhooks.events().map((e) => e.action);
    expect(actions).toEqual([
      'recurrence.created',
      'receivable.created',
      'recurrence.updated',
      // In July's move the recurrence runs first, then June's invoice (due 15 June) falls overdue.
      'receivable.created',
      'recurrence.updated',
      'recurrence.completed',
      'receivable.overdue',
    ]);
  });

  test('a payment link past expires_at expires, with payment_link.status_updated', async () => {
    const { monite, call } = testClient(LONG);
    const link = await call('POST', '/payment_links', {
      body: bodyFor('post_payment_links', { expires_at: '2024-05-27T00:00:00Z', amount: 1000, currency: 'EUR' }),
    });
    expect(link.status, JSON.stringify(link.body)).toBeLessThan(300);
    expect(monite.clock.advance(DAY).expired).toEqual([]);
    expect(monite.clock.advance(DAY).expired).toEqual([link.body.id]);
    expect((await call('GET', `/payment_links/${link.body.id}`)).body.status).toBe('expired');
    expect(monite.webhooks.events().map((e) => e.action)).toEqual([
      'payment_link.created',
      'payment_link.status_updated',
    ]);
  });
});
