// Approval policies start processes for the payables they match: a payable
// submitted for approval meets the trigger forms Monite documents (event
// name, amount, counterpart), the process asks its steps' approvers one
// after another, and the payable moves on when they decide.
import { describe, expect, it } from 'vitest';
import { testClient } from '../../test/helpers.js';

const ANN = '0d6d3e0e-6a8b-4c1f-9a2e-3b4c5d6e7f80';
const BOB = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const SUBMITTED = "{event_name == 'submitted_for_approval'}";
const byUsers = (userIds: string[]) => ({
  call: 'ApprovalRequests.request_approval_by_users',
  params: { user_ids: userIds, required_approval_count: 1 },
});

async function world(
  trigger: unknown,
  script: unknown[] = [byUsers([ANN]), byUsers([BOB]), { call: 'Payables.approve' }],
) {
  const { call, monite } = testClient();
  const policy = (await call('POST', '/approval_policies', { body: { name: 'Over 300', trigger, script } })).body;
  const payable = async (body: Record<string, unknown> = {}) => {
    const created = await call('POST', '/payables', {
      body: { currency: 'EUR', document_id: 'B-1', total_amount: 50_000, due_date: '2025-01-31', ...body },
    });
    return created.body.id as string;
  };
  const processes = async () => (await call('GET', `/approval_policies/${policy.id}/processes`)).body.data;
  /** A payable submitted for approval, its process's path and its steps as they now are. */
  const submitted = async () => {
    const id = await payable();
    await call('POST', `/payables/${id}/submit_for_approval`);
    const [process] = await processes();
    const path = `/approval_policies/${policy.id}/processes/${process.id}`;
    const steps = async () => (await call('GET', `${path}/steps`)).body.data as Array<Record<string, string>>;
    return { id, path, steps };
  };
  return { call, monite, policy, payable, processes, submitted };
}

/** The policy events after creation (`approval_policy.created` is every policy's first): action and object id. */
async function policyEvents(call: ReturnType<typeof testClient>['call']) {
  const events = (await call('GET', '/events?object_type=approval_policy&limit=100')).body.data;
  return events
    .filter((e: { action: string }) => e.action !== 'approval_policy.created')
    .map((e: { action: string; object: { id: string } }) => ({ action: e.action, id: e.object.id }));
}

describe('approval processes', () => {
  it('start for a payable matching event and amount, ask each step in turn, and approve the payable', async () => {
    const { call, policy, payable, processes } = await world({ all: [SUBMITTED, '{invoice.amount > 30000}'] });
    expect(policy.status).toBe('active');
    const id = await payable();
    const submitted = await call('POST', `/payables/${id}/submit_for_approval`);
    expect(submitted.body).toMatchObject({ status: 'approve_in_progress', approval_policy_id: policy.id });
    const [process] = await processes();
    expect(process).toMatchObject({
      status: 'waiting',
      metadata: { object_id: id, object_type: 'payable' },
      input: { payable_id: id, event_name: 'submitted_for_approval' },
    });
    const read = await call('GET', `/approval_policies/${policy.id}/processes/${process.id}`);
    expect(read.body.id).toBe(process.id);
    const stepsPath = `/approval_policies/${policy.id}/processes/${process.id}/steps`;
    let steps = (await call('GET', stepsPath)).body.data;
    expect(steps).toMatchObject([
      { status: 'waiting', user_ids: [ANN], object_id: id, required_approval_count: 1 },
      { status: 'not_started', user_ids: [BOB] },
    ]);
    const first = (await call('GET', `/approval_requests/${steps[0].approval_request_id}`)).body;
    expect(first).toMatchObject({ status: 'waiting', object_id: id, object_type: 'payable', user_ids: [ANN] });

    expect((await call('POST', `/approval_requests/${first.id}/approve`)).body.status).toBe('approved');
    steps = (await call('GET', stepsPath)).body.data;
    expect(steps.map((s: { status: string }) => s.status)).toEqual(['approved', 'waiting']);
    expect((await call('GET', `/payables/${id}`)).body.status).toBe('approve_in_progress');
    const waiting = (await call('GET', `/approval_requests?object_id=${id}&status=waiting`)).body.data;
    expect(waiting).toMatchObject([{ id: steps[1].approval_request_id, user_ids: [BOB] }]);

    await call('POST', `/approval_requests/${waiting[0].id}/approve`);
    expect((await processes())[0].status).toBe('succeeded');
    expect((await call('GET', `/payables/${id}`)).body.status).toBe('waiting_to_be_paid');
    const history = (await call('GET', `/payables/${id}/history`)).body.data;
    expect(history.at(-1)).toMatchObject({ event_type: 'status_changed' });
    const actions = (await call('GET', '/events?limit=100')).body.data.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['approval_request.created', 'approval_request.approved', 'payable.approved']),
    );
  });

  it('start nothing for a payable under the amount or another counterpart, or before submission', async () => {
    const { call, payable, processes } = await world({ all: [SUBMITTED, '{invoice.amount >= 100000}'] });
    const small = await payable();
    await call('POST', `/payables/${small}/submit_for_approval`);
    expect(await processes()).toEqual([]);
    expect((await call('GET', `/payables/${small}`)).body.approval_policy_id ?? null).toBeNull();

    const counterpart = '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
    const other = await world({ all: [SUBMITTED, `{invoice.counterpart_id in ['${counterpart}']}`] });
    const unrelated = await other.payable();
    await other.call('POST', `/payables/${unrelated}/submit_for_approval`);
    expect(await other.processes()).toEqual([]);
    // Created, not submitted: the trigger's mandatory event has not happened.
    expect(await other.processes()).toEqual([]);
  });

  it('match on the counterpart the payable names', async () => {
    const { call } = testClient();
    const address = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' };
    const organization = { legal_name: 'Acme', is_vendor: true, is_customer: false, address };
    const cp = (await call('POST', '/counterparts', { body: { type: 'organization', organization } })).body;
    const trigger = { all: [SUBMITTED, `{invoice.counterpart_id in ['${cp.id}']}`] };
    const policy = (
      await call('POST', '/approval_policies', { body: { name: 'Acme', trigger, script: [byUsers([ANN])] } })
    ).body;
    const submit = async (extra: Record<string, unknown>) => {
      const body = { currency: 'EUR', document_id: 'B-2', total_amount: 100, due_date: '2025-01-31', ...extra };
      const id = (await call('POST', '/payables', { body })).body.id;
      return (await call('POST', `/payables/${id}/submit_for_approval`)).body;
    };
    expect((await submit({})).approval_policy_id ?? null).toBeNull();
    expect((await submit({ counterpart_id: cp.id })).approval_policy_id).toBe(policy.id);
    expect((await call('GET', `/approval_policies/${policy.id}/processes`)).body.data).toHaveLength(1);
  });

  it('reject the payable when an approver rejects, skipping the later steps', async () => {
    const { call, processes, submitted } = await world(SUBMITTED);
    const { id, steps } = await submitted();
    const [step] = await steps();
    await call('POST', `/approval_requests/${step?.approval_request_id}/reject`);
    expect((await steps()).map((s) => s.status)).toEqual(['rejected', 'skipped']);
    expect((await processes())[0].status).toBe('failed');
    expect((await call('GET', `/payables/${id}`)).body.status).toBe('rejected');
    // A failed process is not a canceled one.
    expect(await policyEvents(call)).toEqual([]);
  });

  it('cancel the waiting request and steps with the process, and refuse a second cancel', async () => {
    const { call, policy, submitted } = await world(SUBMITTED);
    const { path, steps } = await submitted();
    expect((await call('POST', `${path}/cancel`)).body.status).toBe('canceled');
    const after = await steps();
    expect(after.map((s) => s.status)).toEqual(['canceled', 'skipped']);
    expect((await call('GET', `/approval_requests/${after[0]?.approval_request_id}`)).body.status).toBe('canceled');
    expect(await policyEvents(call)).toEqual([{ action: 'approval_policy.process_canceled', id: policy.id }]);
    expect((await call('POST', `${path}/cancel`)).status).toBe(409);
    expect(await policyEvents(call)).toHaveLength(1);
  });

  it('start for a payable already waiting for approval when a matching policy is created', async () => {
    const { call } = testClient();
    const body = { currency: 'EUR', document_id: 'B-3', total_amount: 70_000, due_date: '2025-01-31' };
    const waiting = (await call('POST', '/payables', { body })).body.id;
    await call('POST', `/payables/${waiting}/submit_for_approval`);
    const trigger = { all: [SUBMITTED, '{invoice.amount > 30000}'] };
    const policy = (
      await call('POST', '/approval_policies', { body: { name: 'Late', trigger, script: [byUsers([ANN])] } })
    ).body;
    expect((await call('GET', `/payables/${waiting}`)).body.approval_policy_id).toBe(policy.id);
    const [process] = (await call('GET', `/approval_policies/${policy.id}/processes`)).body.data;
    expect(process.metadata).toEqual({ object_id: waiting, object_type: 'payable' });
  });

  it('approve the payable at once when the script asks nobody, at submission and for a payable already waiting', async () => {
    const { call, payable, processes, policy } = await world(SUBMITTED, [{ call: 'Payables.approve' }]);
    const id = await payable();
    expect((await call('POST', `/payables/${id}/submit_for_approval`)).body.approval_policy_id).toBe(policy.id);
    expect((await processes())[0].status).toBe('succeeded');
    expect((await call('GET', `/payables/${id}`)).body).toMatchObject({
      status: 'waiting_to_be_paid',
      approval_policy_id: policy.id,
    });

    const { call: later } = testClient();
    const body = { currency: 'EUR', document_id: 'B-4', total_amount: 100, due_date: '2025-01-31' };
    const waiting = (await later('POST', '/payables', { body })).body.id;
    await later('POST', `/payables/${waiting}/submit_for_approval`);
    const script = [{ call: 'Payables.approve' }];
    const auto = (await later('POST', '/approval_policies', { body: { name: 'Auto', trigger: SUBMITTED, script } }))
      .body;
    expect((await later('GET', `/payables/${waiting}`)).body).toMatchObject({
      status: 'waiting_to_be_paid',
      approval_policy_id: auto.id,
    });
  });

  it('cancel the process when its waiting request is canceled, leaving the payable waiting for approval', async () => {
    const { call, policy, processes, submitted } = await world(SUBMITTED);
    const { id, steps } = await submitted();
    const [step] = await steps();
    expect((await call('POST', `/approval_requests/${step?.approval_request_id}/cancel`)).body.status).toBe('canceled');
    expect((await steps()).map((s) => s.status)).toEqual(['canceled', 'skipped']);
    expect((await processes())[0].status).toBe('canceled');
    expect((await call('GET', `/payables/${id}`)).body.status).toBe('approve_in_progress');
    expect(await policyEvents(call)).toEqual([{ action: 'approval_policy.process_canceled', id: policy.id }]);
  });

  it('start for a new policy only payables waiting for approval under no policy, and refuse a second submission', async () => {
    const { call } = testClient();
    const create = async (documentId: string, total: number) =>
      (
        await call('POST', '/payables', {
          body: { currency: 'EUR', document_id: documentId, total_amount: total, due_date: '2025-01-31' },
        })
      ).body.id as string;
    const fresh = await create('N-1', 90_000);
    const small = await create('N-2', 100);
    await call('POST', `/payables/${small}/submit_for_approval`);
    const policy = async (name: string, trigger: unknown, approver: string) =>
      (await call('POST', '/approval_policies', { body: { name, trigger, script: [byUsers([approver])] } })).body;
    // The waiting payable is too small for this one, and the new one has not been submitted.
    const big = await policy('Big', { all: [SUBMITTED, '{invoice.amount > 30000}'] }, BOB);
    expect((await call('GET', `/approval_policies/${big.id}/processes`)).body.data).toEqual([]);
    expect((await call('GET', `/payables/${small}`)).body.approval_policy_id ?? null).toBeNull();

    const all = await policy('All', SUBMITTED, ANN);
    expect((await call('GET', `/payables/${small}`)).body.approval_policy_id).toBe(all.id);
    const again = await call('POST', `/payables/${small}/submit_for_approval`);
    expect(again.status).toBe(409);
    expect((await call('GET', `/approval_policies/${all.id}/processes`)).body.data).toHaveLength(1);

    // A payable already under a policy keeps it when another one that matches it is created.
    const other = await policy('Other', SUBMITTED, BOB);
    expect((await call('GET', `/approval_policies/${other.id}/processes`)).body.data).toEqual([]);
    expect((await call('GET', `/payables/${small}`)).body.approval_policy_id).toBe(all.id);
    expect((await call('GET', `/payables/${fresh}`)).body.approval_policy_id ?? null).toBeNull();
  });

  it('skip only the steps after a rejected one, and cancel only what waits, in a three-step process', async () => {
    const three = [byUsers([ANN]), byUsers([BOB]), byUsers([ANN]), { call: 'Payables.approve' }];
    /** Submits a payable and approves its first step. */
    const firstApproved = async (w: Awaited<ReturnType<typeof world>>) => {
      const made = await w.submitted();
      const [first] = await made.steps();
      await w.call('POST', `/approval_requests/${first?.approval_request_id}/approve`);
      return { path: made.path, read: made.steps };
    };
    const rejecting = await world(SUBMITTED, three);
    const { read } = await firstApproved(rejecting);
    await rejecting.call('POST', `/approval_requests/${(await read())[1]?.approval_request_id}/reject`);
    expect((await read()).map((s) => s.status)).toEqual(['approved', 'rejected', 'skipped']);

    const canceling = await world(SUBMITTED, three);
    const second = await firstApproved(canceling);
    const waiting = (await second.read())[1]?.approval_request_id;
    await canceling.call('POST', `${second.path}/cancel`);
    expect((await second.read()).map((s) => s.status)).toEqual(['approved', 'canceled', 'skipped']);
    expect((await canceling.call('GET', `/approval_requests/${waiting}`)).body.status).toBe('canceled');
    const events = (await canceling.call('GET', '/events?limit=100')).body.data;
    const canceled = events.filter((e: { action: string }) => e.action === 'approval_request.canceled');
    expect(canceled.map((e: { object: { id: string } }) => e.object.id)).toEqual([waiting]);
  });

  it('apply none of two matching policies of one priority, and the higher of two priorities', async () => {
    const { call, payable, processes } = await world(SUBMITTED);
    await call('POST', '/approval_policies', { body: { name: 'Twin', trigger: SUBMITTED, script: [byUsers([BOB])] } });
    const id = await payable();
    await call('POST', `/payables/${id}/submit_for_approval`);
    expect((await call('GET', `/payables/${id}`)).body.approval_policy_id ?? null).toBeNull();
    expect(await processes()).toEqual([]);
    const high = (
      await call('POST', '/approval_policies', {
        body: { name: 'High', trigger: SUBMITTED, script: [byUsers([BOB])], priority: 5 },
      })
    ).body;
    const next = await payable();
    expect((await call('POST', `/payables/${next}/submit_for_approval`)).body.approval_policy_id).toBe(high.id);
  });
});
