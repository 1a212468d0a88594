// The trigger forms Monite documents, read against a payable, and the
// approval steps of a script.
import { describe, expect, it } from 'vitest';
import { condition, scriptSteps, triggerMatches } from './triggers.js';

const payable = {
  id: 'p1',
  created_at: '',
  updated_at: '',
  total_amount: 50_000,
  currency: 'EUR',
  counterpart_id: 'cp-1',
  tags: [{ id: 't-1' }],
};
const subject = { eventName: 'submitted_for_approval', payable };

describe('triggers', () => {
  it('compare event name, amount, currency, counterpart and tags', () => {
    expect(condition("{event_name == 'submitted_for_approval'}", subject)).toBe(true);
    expect(condition("{event_name == 'created'}", subject)).toBe(false);
    expect(condition('{invoice.amount > 30000}', subject)).toBe(true);
    expect(condition('{invoice.amount <= 30000}', subject)).toBe(false);
    expect(condition('{invoice.amount >= 50000}', subject)).toBe(true);
    expect(condition("{invoice.currency != 'USD'}", subject)).toBe(true);
    expect(condition("{invoice.counterpart_id in ['cp-1', 'cp-2']}", subject)).toBe(true);
    expect(condition("{invoice.counterpart_id not in ['cp-1']}", subject)).toBe(false);
    expect(condition("{invoice.tags.id in ['t-1']}", subject)).toBe(true);
  });

  it('combine with all, any and lists, and match nothing they cannot read', () => {
    const submitted = "{event_name == 'submitted_for_approval'}";
    expect(triggerMatches({ all: [submitted, '{invoice.amount > 30000}'] }, subject)).toBe(true);
    expect(triggerMatches({ all: [submitted, '{invoice.amount > 90000}'] }, subject)).toBe(false);
    expect(triggerMatches({ any: ['{invoice.amount > 90000}', submitted] }, subject)).toBe(true);
    expect(triggerMatches([submitted], subject)).toBe(true);
    expect(triggerMatches(submitted, subject)).toBe(true);
    expect(condition('{invoice.amount > invoice.nothing}', subject)).toBeUndefined();
    expect(triggerMatches({ all: [submitted, '{some.unknown_thing()}'] }, subject)).toBe(false);
    expect(triggerMatches(undefined, subject)).toBe(false);
  });

  it('read boolean, null and empty-list literals, tags without .id, and < on numbers only', () => {
    const flagged = { ...subject, payable: { ...payable, is_flagged: true, note: null } };
    expect(condition('{invoice.is_flagged == true}', flagged)).toBe(true);
    expect(condition('{invoice.is_flagged == True}', flagged)).toBe(true);
    expect(condition('{invoice.is_flagged == false}', flagged)).toBe(false);
    expect(condition('{invoice.is_flagged != False}', flagged)).toBe(true);
    expect(condition('{invoice.note == None}', flagged)).toBe(true);
    expect(condition('{invoice.counterpart_id in []}', subject)).toBe(false);
    expect(condition("{invoice.tags in ['t-1']}", subject)).toBe(true);
    const untagged = { ...subject, payable: { ...payable, tags: undefined } };
    expect(condition("{invoice.tags.id in ['t-1']}", untagged)).toBe(false);
    expect(condition('{invoice.amount < 50001}', subject)).toBe(true);
    expect(condition('{invoice.amount < 50000}', subject)).toBe(false);
    // An order comparison of a text is false, not a string comparison.
    expect(condition("{invoice.currency > 'AAA'}", subject)).toBe(false);
  });

  it('read only whole literals: quoted text, decimals, null and lists, and nothing half-formed', () => {
    const readable: Array<[string, boolean]> = [
      ['{invoice.currency == "EUR"}', true],
      ['  { invoice.amount   >   49999.75 }  ', true],
      ['{invoice.amount > 1.25}', true],
      ['{invoice.note == null}', true],
      ["{invoice.currency in [ 'USD' , 'EUR' ]}", true],
      ['{invoice.counterpart_id in [ ]}', false],
      ['{invoice.currency not in ["EUR"]}', false],
      ["{invoice.currency not in ['USD']}", true],
      ["{invoice.currency != 'EUR'}", false],
      // An order comparison with a quoted number compares no numbers: false.
      ["{invoice.amount > '40000'}", false],
    ];
    const withNote = { ...subject, payable: { ...payable, note: null } };
    for (const [text, expected] of readable) expect(condition(text, withNote), text).toBe(expected);
    const halfFormed = [
      "{invoice.currency == x'EUR'}",
      "{invoice.currency == 'EUR'x}",
      '{invoice.currency == x"EUR"}',
      '{invoice.currency == "EUR"x}',
      '{invoice.amount > x5}',
      '{invoice.amount > 5x}',
      '{invoice.counterpart_id in x]}',
      '{invoice.counterpart_id in [x}',
      "{invoice.currency in ['EUR', x]}",
      '{invoice.nothing == 5}',
      '{invoice.amount.value > 5}',
      "{invoice.tags.name in ['t-1']}",
      "{invoice.currency.code == 'EUR'}",
    ];
    for (const text of halfFormed) expect(condition(text, withNote), text).toBeUndefined();
  });

  it('match booleans as they are, a list or all only when every part does, and nothing else', () => {
    const submitted = "{event_name == 'submitted_for_approval'}";
    const big = '{invoice.amount > 90000}';
    expect(triggerMatches(true, subject)).toBe(true);
    expect(triggerMatches(false, subject)).toBe(false);
    expect(triggerMatches([], subject)).toBe(false);
    expect(triggerMatches([submitted, big], subject)).toBe(false);
    expect(triggerMatches({ any: [big, big] }, subject)).toBe(false);
    for (const unreadable of [null, 5, {}, { all: 'x' }, { any: 'x' }])
      expect(triggerMatches(unreadable, subject), JSON.stringify(unreadable)).toBe(false);
    expect(condition('{invoice.amount <= 50000}', subject)).toBe(true);
    expect(condition('{invoice.amount <= 49999}', subject)).toBe(false);
    expect(condition('{invoice.amount < 50000}', subject)).toBe(false);
  });

  it('ask at least one approval per step, and skip what is not a call', () => {
    const step = (count: unknown) => ({
      call: 'ApprovalRequests.request_approval_by_users',
      params: { user_ids: ['u1'], required_approval_count: count },
    });
    const counts = [step(3), step(0), step('x'), step(undefined), 'text', 7, null, { call: 'Payables.approve' }];
    expect(scriptSteps(counts).map((s) => s.required_approval_count)).toEqual([3, 1, 1, 1]);
    expect(scriptSteps({ call: 'ApprovalRequests.request_approval_by_roles' })).toEqual([
      { user_ids: [], role_ids: [], required_approval_count: 1 },
    ]);
  });

  it('read the approval steps of a script in order, also inside groups', () => {
    const script = [
      { call: 'ApprovalRequests.request_approval_by_users', params: { user_ids: ['u1'], required_approval_count: 1 } },
      {
        all: [
          {
            call: 'ApprovalRequests.request_approval_by_roles',
            params: { role_ids: ['r1'], required_approval_count: 2 },
          },
        ],
      },
      { call: 'Payables.approve' },
    ];
    expect(scriptSteps(script)).toEqual([
      { user_ids: ['u1'], role_ids: [], required_approval_count: 1 },
      { user_ids: [], role_ids: ['r1'], required_approval_count: 2 },
    ]);
  });
});
