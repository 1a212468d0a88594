/**
 * Approvals: policies, the processes they start for payables submitted for
 * approval (see `processes.ts`), and approval requests (waiting, then
 * approved, rejected or canceled), whose outcome moves their process on.
 */
import { operationById } from '../../operations/router.js';
import type { Reply } from '../../state/crud/request.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { type DomainModule, type Endpoint, type RequestContext, viaCrud } from '../module.js';
import { PAYABLES } from '../payables/index.js';
import { approveAs, refuseRejection } from './approvers.js';
import {
  advanceProcess,
  cancelProcess,
  POLICIES,
  PROCESS_CANCELED,
  PROCESSES,
  REQUESTS,
  STEPS,
  startProcess,
} from './processes.js';

/** Whether the CRUD did what was asked (a 2xx answer). */
const ok = (reply: Reply) => Math.floor(reply.status / 100) === 2;

/** An endpoint for operations by id, answered after the CRUD has answered them. */
function after(operationIds: readonly string[], then: (ctx: RequestContext, reply: Reply) => Reply): Endpoint {
  return {
    matches: (op) => operationIds.includes(op.operationId),
    answer: (ctx) => {
      const reply = viaCrud(ctx);
      return ok(reply) ? then(ctx, reply) : reply;
    },
  };
}

/** Names the policy on the payable it applies to, as the payable now is (its process may have moved it). */
function namePolicy(ctx: RequestContext, payableId: string, policyId: string): void {
  const stored = ctx.store.get(ctx.scope, PAYABLES, payableId) as StoredRecord;
  ctx.store.put(ctx.scope, PAYABLES, { ...stored, approval_policy_id: policyId });
}

/** Submitting a payable checks the policies: a match starts its process and names the policy on the payable. */
const submitted = after(['post_payables_id_submit_for_approval'], (ctx, reply) => {
  const served = reply.body as StoredRecord;
  const policy = startProcess(ctx, served, 'submitted_for_approval', ctx.identity.entityUserId);
  if (!policy) return reply;
  namePolicy(ctx, served.id, policy.id);
  return { status: reply.status, body: { ...served, approval_policy_id: policy.id } };
});

/**
 * A new policy is checked against the payables already waiting for approval
 * with no policy: a match starts its process, as a submission would.
 */
const policyCreated = after(['post_approval_policies'], (ctx, reply) => {
  for (const payable of ctx.store.list(ctx.scope, PAYABLES)) {
    if (payable.status !== 'approve_in_progress' || payable.approval_policy_id) continue;
    const served = viaCrud(ctx, {
      operation: operationById('get_payables_id'),
      path: { payable_id: payable.id },
      query: {},
      body: undefined,
    }).body as StoredRecord;
    const policy = startProcess(ctx, served, 'submitted_for_approval', ctx.identity.entityUserId);
    if (policy) namePolicy(ctx, payable.id, policy.id);
  }
  return reply;
});

/** A decided approval request (with who rejected it) moves its process on. */
const decided = after(['post_approval_requests_id_reject', 'post_approval_requests_id_cancel'], (ctx, reply) => {
  let request = ctx.store.get(ctx.scope, REQUESTS, ctx.path.approval_request_id as string) as StoredRecord;
  const user = ctx.identity.entityUserId;
  if (user && ctx.op.operationId === 'post_approval_requests_id_reject') {
    request = { ...request, rejected_by: user };
    ctx.store.put(ctx.scope, REQUESTS, request);
  }
  return answerDecided(ctx, reply, request);
});

/** Moves the request's process on and answers the request as it now is. */
function answerDecided(ctx: RequestContext, reply: Reply, request: StoredRecord): Reply {
  advanceProcess(ctx, request);
  return { status: reply.status, body: ctx.present(ctx.op, reply.status, request) };
}

/**
 * An approval: an entity user's counts towards the request's
 * `required_approval_count` (see `approvers.ts`) and approves it, moving its
 * process on, only when enough users have; until then the request waits,
 * with the user in `approved_by` (Monite's catalogue has no event for that).
 */
const approved: Endpoint = {
  matches: (op) => op.operationId === 'post_approval_requests_id_approve',
  answer: (ctx) => {
    const id = ctx.path.approval_request_id as string;
    const waiting = ctx.store.get(ctx.scope, REQUESTS, id);
    const user = ctx.identity.entityUserId;
    if (user && waiting?.status === 'waiting') {
      const approval = approveAs(ctx, waiting, user);
      if ('reply' in approval) return approval.reply;
      const counted = { ...approval.request, updated_at: ctx.write().stamp() };
      ctx.store.put(ctx.scope, REQUESTS, counted);
      if (!approval.decides) return { status: 200, body: ctx.present(ctx.op, 200, counted) };
    }
    // Decided here: the CRUD makes the move (or refuses it), with its event.
    const reply = viaCrud(ctx);
    if (!ok(reply)) return reply;
    return answerDecided(ctx, reply, ctx.store.get(ctx.scope, REQUESTS, id) as StoredRecord);
  },
};

/** Canceling a process cancels its waiting step and approval request. */
const processCanceled = after(['post_approval_policies_id_processes_id_cancel'], (ctx, reply) => {
  cancelProcess(ctx, ctx.path.approval_policy_id as string, ctx.path.process_id as string);
  return reply;
});

/** The approvals module. */
export const approvals: DomainModule = {
  name: 'approvals',
  collections: [
    {
      collection: REQUESTS,
      events: {
        objectType: 'approval_request',
        actions: { approve: 'approved', reject: 'rejected', cancel: 'canceled' },
      },
      initialStatus: 'waiting',
      moves: {
        approve: { from: ['waiting'], to: 'approved' },
        reject: { from: ['waiting'], to: 'rejected' },
        cancel: { from: ['waiting'], to: 'canceled' },
      },
    },
    // A new policy is in force at once (`pending` is Monite's state for one not yet usable).
    {
      collection: POLICIES,
      events: { objectType: 'approval_policy', actions: { [PROCESS_CANCELED]: PROCESS_CANCELED } },
      initialStatus: 'active',
    },
    {
      collection: PROCESSES,
      events: { objectType: 'approval_policy_process' },
      initialStatus: 'waiting',
      moves: { cancel: { from: ['waiting', 'running'], to: 'canceled' } },
    },
    { collection: STEPS },
  ],
  endpoints: [submitted, policyCreated, approved, refuseRejection, decided, processCanceled],
};
