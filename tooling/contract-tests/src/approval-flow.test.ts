// End to end, as an integrator's test meets it: `@monite-ts/client` against
// `monite-mock` over HTTP. A payable submitted for approval starts the
// process of the policy whose trigger it matches; approving the process's
// requests, step by step, approves the payable, which can then be paid.
import { unwrap } from '@monite-ts/client';
import { type MockServer, startMockServer } from '@monite-ts/mocks/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntityClient } from './e2e/server.js';

const CLIENT = { clientId: '0f0e0d0c-0b0a-4909-8807-060504030201', clientSecret: 'approval-flow' };
let server: MockServer;

/**
 * MoniteScript as the request types take it: the spec declares a script
 * node as a bare `type: object`, which the generated types read as an
 * object with no properties.
 */
const moniteScript = (node: object) => node as Record<string, never>;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 'approval-flow', clients: [CLIENT] });
});
afterAll(() => server.close());

describe('a payable approved through its policy’s process, over HTTP', () => {
  it('starts the process on submission, asks each step, approves the payable and lets it be paid', async () => {
    const { entity, client: monite } = await createEntityClient(
      { baseUrl: `${server.url}/v1`, auth: CLIENT, retry: false },
      { legal_name: 'Approvals GmbH', email: 'ap@example.test' },
    );
    const [ann, bob] = ['Ann', 'Bob'].map((first_name) =>
      server.monite.seedResource({ collection: '/entity_users', entityId: entity.id, data: { first_name } }),
    );
    const vendor = await unwrap(
      monite.POST('/counterparts', {
        body: {
          type: 'organization',
          organization: {
            legal_name: 'Office Supplies Ltd',
            is_vendor: true,
            is_customer: false,
            address: { country: 'DE', city: 'Hamburg', postal_code: '20095', line1: 'Hafen 2' },
          },
        },
      }),
    );
    const step = (user: string) =>
      moniteScript({
        call: 'ApprovalRequests.request_approval_by_users',
        params: { user_ids: [user], required_approval_count: 1 },
      });
    const policy = await unwrap(
      monite.POST('/approval_policies', {
        body: {
          name: 'Office supplies over 300 EUR',
          trigger: moniteScript({
            all: [
              "{event_name == 'submitted_for_approval'}",
              '{invoice.amount > 30000}',
              `{invoice.counterpart_id in ['${vendor.id}']}`,
            ],
          }),
          script: [step(String(ann?.id)), step(String(bob?.id)), moniteScript({ call: 'Payables.approve' })],
        },
      }),
    );

    const payable = await unwrap(
      monite.POST('/payables', {
        body: {
          currency: 'EUR',
          document_id: 'OS-2024-17',
          counterpart_id: vendor.id,
          total_amount: 45_000,
          due_date: '2024-06-30',
          issued_at: '2024-05-20',
        },
      }),
    );
    const submitted = await unwrap(
      monite.POST('/payables/{payable_id}/submit_for_approval', { params: { path: { payable_id: payable.id } } }),
    );
    expect(submitted).toMatchObject({ status: 'approve_in_progress', approval_policy_id: policy.id });

    const processes = await unwrap(
      monite.GET('/approval_policies/{approval_policy_id}/processes', {
        params: { path: { approval_policy_id: policy.id } },
      }),
    );
    expect(processes.data).toHaveLength(1);
    const process = processes.data[0]!;
    const steps = () =>
      unwrap(
        monite.GET('/approval_policies/{approval_policy_id}/processes/{process_id}/steps', {
          params: { path: { approval_policy_id: policy.id, process_id: process.id } },
        }),
      );

    // Two steps, asked one after the other: each approval request reads back and is approved.
    for (const [index, user] of [ann, bob].entries()) {
      const current = (await steps()).data[index]!;
      expect(current).toMatchObject({ status: 'waiting', user_ids: [user?.id] });
      const request = await unwrap(
        monite.GET('/approval_requests/{approval_request_id}', {
          params: { path: { approval_request_id: String(current.approval_request_id) } },
        }),
      );
      expect(request).toMatchObject({ object_id: payable.id, object_type: 'payable', status: 'waiting' });
      const approved = await unwrap(
        monite.POST('/approval_requests/{approval_request_id}/approve', {
          params: { path: { approval_request_id: request.id } },
        }),
      );
      expect(approved.status).toBe('approved');
    }
    expect((await steps()).data.map((s) => s.status)).toEqual(['approved', 'approved']);
    const finished = await unwrap(
      monite.GET('/approval_policies/{approval_policy_id}/processes/{process_id}', {
        params: { path: { approval_policy_id: policy.id, process_id: process.id } },
      }),
    );
    expect(finished.status).toBe('succeeded');

    const approvedPayable = await unwrap(
      monite.GET('/payables/{payable_id}', { params: { path: { payable_id: payable.id } } }),
    );
    expect(approvedPayable.status).toBe('waiting_to_be_paid');
    const events = await unwrap(monite.GET('/events', { params: { query: { limit: 100 } } }));
    expect(events.data.map((e) => e.action)).toEqual(
      expect.arrayContaining(['approval_request.created', 'approval_request.approved', 'payable.approved']),
    );

    const paid = await unwrap(
      monite.POST('/payables/{payable_id}/mark_as_paid', {
        params: { path: { payable_id: payable.id } },
        body: { comment: 'Paid by bank transfer' },
      }),
    );
    expect(paid.status).toBe('paid');
  });
});
