// Approving a request as Monite counts it: each entity user the request asks
// (by id or by role) approves once, and the request, its process step and
// the payable move on only when `required_approval_count` users have.
import { describe, expect, it } from 'vitest';
import { testClient, VERSION } from '../../test/helpers.js';

const SUBMITTED = "{event_name == 'submitted_for_approval'}";
const CLIENT = { client_id: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', client_secret: 'local' };

async function world() {
  const { call, monite } = testClient();
  const role = (await call('POST', '/roles', { body: { name: 'Approver', permissions: {} } })).body;
  const user = async (login: string, roleId?: string) =>
    (
      await call('POST', '/entity_users', {
        body: { first_name: login, login, ...(roleId ? { role_id: roleId } : {}) },
      })
    ).body.id as string;
  const [ann, bob, cyd, eve] = [await user('ann'), await user('bob'), await user('cyd', role.id), await user('eve')];
  const tokenOf = async (entityUserId: string) => {
    const response = await monite.fetch(
      new Request('https://api.sandbox.monite.com/v1/auth/token', {
        method: 'POST',
        headers: { 'x-monite-version': VERSION, 'content-type': 'application/json' },
        body: JSON.stringify({ ...CLIENT, grant_type: 'entity_user', entity_user_id: entityUserId }),
      }),
    );
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const approveAs = async (requestId: string, userId: string) =>
    call('POST', `/approval_requests/${requestId}/approve`, { token: await tokenOf(userId) });
  return { call, role, ann, bob, cyd, eve, approveAs, tokenOf };
}

describe('approvers of an approval request', () => {
  it('approve a two-approval step only at the second user, then approve the payable', async () => {
    const { call, ann, bob, cyd, role, approveAs } = await world();
    const script = [
      {
        call: 'ApprovalRequests.request_approval_by_users',
        params: { user_ids: [ann, bob], required_approval_count: 2 },
      },
      {
        call: 'ApprovalRequests.request_approval_by_roles',
        params: { role_ids: [role.id], required_approval_count: 1 },
      },
    ];
    const policy = (await call('POST', '/approval_policies', { body: { name: 'Two', trigger: SUBMITTED, script } }))
      .body;
    const body = { currency: 'EUR', document_id: 'B-9', total_amount: 80_000, due_date: '2025-01-31' };
    const payable = (await call('POST', '/payables', { body })).body.id;
    await call('POST', `/payables/${payable}/submit_for_approval`);
    const [process] = (await call('GET', `/approval_policies/${policy.id}/processes`)).body.data;
    const stepsPath = `/approval_policies/${policy.id}/processes/${process.id}/steps`;
    const [first] = (await call('GET', stepsPath)).body.data;

    const once = await approveAs(first.approval_request_id, ann);
    expect(once).toMatchObject({ status: 200, body: { status: 'waiting', approved_by: [ann] } });
    const again = await approveAs(first.approval_request_id, ann);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already approved');
    expect((await call('GET', stepsPath)).body.data.map((s: { status: string }) => s.status)).toEqual([
      'waiting',
      'not_started',
    ]);

    const twice = await approveAs(first.approval_request_id, bob);
    expect(twice.body).toMatchObject({ status: 'approved', approved_by: [ann, bob] });
    const steps = (await call('GET', stepsPath)).body.data;
    expect(steps[0]).toMatchObject({ status: 'approved', approved_by: [ann, bob] });
    expect(steps[1].status).toBe('waiting');

    // The second step asks a role: a user without it is refused, one with it approves.
    expect((await approveAs(steps[1].approval_request_id, ann)).status).toBe(403);
    expect((await approveAs(steps[1].approval_request_id, cyd)).body.status).toBe('approved');
    expect((await call('GET', `/payables/${payable}`)).body.status).toBe('waiting_to_be_paid');
    const actions = (await call('GET', '/events?limit=100')).body.data.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'approval_request.approved')).toHaveLength(2);
  });

  it('name the user who submitted on the process and its request, and the user who rejected', async () => {
    const { call, ann, bob, tokenOf } = await world();
    const script = [
      { call: 'ApprovalRequests.request_approval_by_users', params: { user_ids: [bob], required_approval_count: 1 } },
    ];
    const policy = (await call('POST', '/approval_policies', { body: { name: 'One', trigger: SUBMITTED, script } }))
      .body;
    const body = { currency: 'EUR', document_id: 'B-10', total_amount: 900, due_date: '2025-01-31' };
    const payable = (await call('POST', '/payables', { body })).body.id;
    await call('POST', `/payables/${payable}/submit_for_approval`, { token: await tokenOf(ann) });
    const [process] = (await call('GET', `/approval_policies/${policy.id}/processes`)).body.data;
    expect(process.created_by).toBe(ann);
    const steps = `/approval_policies/${policy.id}/processes/${process.id}/steps`;
    const [step] = (await call('GET', steps)).body.data;
    expect((await call('GET', `/approval_requests/${step.approval_request_id}`)).body.created_by).toBe(ann);

    const notAsked = await call('POST', `/approval_requests/${step.approval_request_id}/reject`, {
      token: await tokenOf(ann),
    });
    expect(notAsked.status).toBe(403);
    expect(notAsked.body.error.message).toBe(`Entity user ${ann} is not an approver of this request.`);
    const rejected = await call('POST', `/approval_requests/${step.approval_request_id}/reject`, {
      token: await tokenOf(bob),
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejected_by: bob });
    expect((await call('GET', `/payables/${payable}`)).body.status).toBe('rejected');
  });

  it('answer 404 for a request that does not exist, whoever acts, and record no rejecter on a cancel', async () => {
    const { call, ann, tokenOf } = await world();
    const missing = '00000000-0000-4000-8000-0000000000aa';
    const token = await tokenOf(ann);
    for (const action of ['approve', 'reject', 'cancel'])
      expect((await call('POST', `/approval_requests/${missing}/${action}`, { token })).status).toBe(404);
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 100 } })).body.id;
    const request = (
      await call('POST', '/approval_requests', {
        body: { object_id: payable, object_type: 'payable', user_ids: [ann], required_approval_count: 1 },
      })
    ).body;
    const canceled = await call('POST', `/approval_requests/${request.id}/cancel`, { token });
    expect(canceled.body.status).toBe('canceled');
    expect(canceled.body.rejected_by).toBeUndefined();
  });

  it('refuse a user the request does not ask, with 403 and nothing counted', async () => {
    const { call, ann, eve, approveAs } = await world();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 100 } })).body.id;
    const request = (
      await call('POST', '/approval_requests', {
        body: { object_id: payable, object_type: 'payable', user_ids: [ann], required_approval_count: 1 },
      })
    ).body;
    const refused = await approveAs(request.id, eve);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(eve);
    expect((await call('GET', `/approval_requests/${request.id}`)).body).toMatchObject({
      status: 'waiting',
      approved_by: [],
    });
    expect((await approveAs(request.id, ann)).body.status).toBe('approved');
  });

  it('let a partner token decide at once, and refuse approving a decided request', async () => {
    const { call, ann, bob, approveAs } = await world();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 100 } })).body.id;
    const request = (
      await call('POST', '/approval_requests', {
        body: { object_id: payable, object_type: 'payable', user_ids: [ann, bob], required_approval_count: 2 },
      })
    ).body;
    expect((await call('POST', `/approval_requests/${request.id}/approve`)).body.status).toBe('approved');
    const late = await approveAs(request.id, ann);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe("Cannot approve in status 'approved'.");
    const partnerLate = await call('POST', `/approval_requests/${request.id}/approve`);
    expect(partnerLate).toMatchObject({
      status: 409,
      body: { error: { message: "Cannot approve in status 'approved'." } },
    });
  });
});
