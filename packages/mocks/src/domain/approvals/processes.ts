/**
 * Approval processes, as Monite runs them for payables: a payable submitted
 * for approval is checked against the entity's active policies; the one that
 * matches (the highest `priority`; a tie of matches applies none) starts a
 * process whose steps are its script's approval requests, asked one after
 * another. An approved request moves the process to its next step; when the
 * last is approved the process succeeds and the payable is approved
 * (`waiting_to_be_paid`). A rejected request rejects the payable and fails the
 * process; a canceled request, or a canceled process, cancels what waits.
 */
import { operationById } from '../../operations/router.js';
import type { Reply } from '../../state/crud/request.js';
import type { WriteContext } from '../../state/rules.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { type RequestContext, viaCrud } from '../module.js';
import { type ScriptStep, scriptSteps, triggerMatches } from './triggers.js';

/** The collection of approval policies. */
export const POLICIES = '/approval_policies';
/** The collection of approval requests. */
export const REQUESTS = '/approval_requests';
/** The process collection template of a policy. */
export const PROCESSES = `${POLICIES}/{approval_policy_id}/processes`;
/** The step collection template of a process. */
export const STEPS = `${PROCESSES}/{process_id}/steps`;

/** The action, and the policy's event, of a canceled process. */
export const PROCESS_CANCELED = 'process_canceled';

const processesOf = (policyId: string) => `${POLICIES}/${policyId}/processes`;
const stepsOf = (policyId: string, processId: string) => `${processesOf(policyId)}/${processId}/steps`;

/** Whether a policy is in force at a time: active, and inside its `starts_at`/`ends_at` window when it has one. */
export function inForce(policy: StoredRecord, now: number): boolean {
  if (policy.status !== 'active') return false;
  // A missing bound parses as NaN, and NaN compares false: no bound.
  if (Date.parse(String(policy.starts_at)) > now) return false;
  return !(Date.parse(String(policy.ends_at)) <= now);
}

/** The policy that applies to a payable for an event: the single highest-priority match, or none. */
export function policyFor(ctx: WriteContext, payable: StoredRecord, eventName: string): StoredRecord | undefined {
  const now = ctx.clock.now();
  const matching = ctx
    .list(POLICIES)
    .filter((policy) => inForce(policy, now) && triggerMatches(policy.trigger, { eventName, payable }));
  const priority = (policy: StoredRecord) => Number(policy.priority ?? 0);
  const top = Math.max(...matching.map(priority));
  const best = matching.filter((policy) => priority(policy) === top);
  // Overlapping policies of one priority: Monite applies none rather than pick one.
  return best.length === 1 ? best[0] : undefined;
}

/** Creates the approval request of a step and returns its id. */
function askForApproval(ctx: WriteContext, step: ScriptStep, payableId: string, createdBy?: string): string {
  const now = ctx.stamp();
  const request = ctx.complete(REQUESTS, {
    id: ctx.freshId(),
    created_at: now,
    updated_at: now,
    object_id: payableId,
    object_type: 'payable',
    user_ids: step.user_ids,
    role_ids: step.role_ids,
    required_approval_count: step.required_approval_count,
    approved_by: [],
    // Its status is the collection's initial one, `waiting`.
    ...(createdBy ? { created_by: createdBy } : {}),
  });
  ctx.write({ kind: 'created', collection: REQUESTS, after: request });
  return request.id;
}

/**
 * Starts the process of the policy that matches a payable, if one does;
 * returns the policy. The first step waits on its approval request, the
 * others have not started. A script that asks nobody (only
 * `Payables.approve`) succeeds at once and approves the payable.
 */
export function startProcess(
  request: RequestContext,
  payable: StoredRecord,
  eventName: string,
  createdBy?: string,
): StoredRecord | undefined {
  const ctx = request.write();
  const policy = policyFor(ctx, payable, eventName);
  if (!policy) return undefined;
  const steps = scriptSteps(policy.script);
  const now = ctx.stamp();
  const process = ctx.complete(processesOf(policy.id), {
    id: ctx.freshId(),
    created_at: now,
    updated_at: now,
    approval_policy_id: policy.id,
    input: { payable_id: payable.id, event_name: eventName },
    metadata: { object_id: payable.id, object_type: 'payable' },
    script_snapshot: policy.script as StoredRecord['script_snapshot'],
    status: steps.length > 0 ? 'waiting' : 'succeeded',
    ...(createdBy ? { created_by: createdBy } : {}),
  });
  ctx.write({ kind: 'created', collection: PROCESSES, after: process }, processesOf(policy.id));
  steps.forEach((step, index) => {
    const requestId = index === 0 ? askForApproval(ctx, step, payable.id, createdBy) : undefined;
    const record: StoredRecord = {
      id: ctx.freshId(),
      created_at: now,
      updated_at: now,
      object_id: payable.id,
      ...step,
      approved_by: [],
      status: index === 0 ? 'waiting' : 'not_started',
      ...(requestId ? { approval_request_id: requestId } : {}),
    };
    ctx.write({ kind: 'created', collection: STEPS, after: record }, stepsOf(policy.id, process.id));
  });
  if (steps.length === 0) movePayable(request, payable.id, 'approve_payment_operation');
  return policy;
}

/** The process and step an approval request belongs to, if a process asked for it. */
function stepOf(ctx: WriteContext, requestId: string) {
  for (const policy of ctx.list(POLICIES)) {
    for (const process of ctx.list(processesOf(policy.id))) {
      const steps = ctx.list(stepsOf(policy.id, process.id));
      const index = steps.findIndex((step) => step.approval_request_id === requestId);
      if (index >= 0) return { policy, process, steps, index };
    }
  }
  return undefined;
}

/** A payable move made as a request for it would make it, so its history, events and rules follow. */
export function movePayable(ctx: RequestContext, payableId: string, action: string): Reply {
  return viaCrud(ctx, {
    operation: operationById(`post_payables_id_${action}`),
    path: { payable_id: payableId },
    query: {},
    body: {},
  });
}

/** Moves a stored object of a concrete collection to a new status and reports the move. */
function move(
  ctx: WriteContext,
  collection: string,
  concrete: string,
  record: StoredRecord,
  changes: { status: string; [field: string]: unknown },
  action?: string,
): void {
  const after = { ...record, ...changes, updated_at: ctx.stamp() } as StoredRecord;
  ctx.write({ kind: 'moved', collection, before: record, after, ...(action ? { action } : {}) }, concrete);
}

/**
 * Moves a process on after one of its approval requests changed: the next
 * step starts, or the process ends and the payable with it.
 */
export function advanceProcess(ctx: RequestContext, request: StoredRecord): void {
  const write = ctx.write();
  const found = stepOf(write, request.id);
  if (found?.process.status !== 'waiting') return;
  const { policy, process, steps, index } = found;
  const concreteSteps = stepsOf(policy.id, process.id);
  const step = steps[index] as StoredRecord;
  const payableId = String(process.metadata && (process.metadata as StoredRecord).object_id);
  const endProcess = (status: string) => move(write, PROCESSES, processesOf(policy.id), process, { status });
  if (request.status === 'approved') {
    move(write, STEPS, concreteSteps, step, { status: 'approved', approved_by: request.approved_by });
    const next = steps[index + 1];
    if (next) {
      const requestId = askForApproval(write, next as unknown as ScriptStep, payableId, request.created_by as string);
      move(write, STEPS, concreteSteps, next, { status: 'waiting', approval_request_id: requestId });
      return;
    }
    endProcess('succeeded');
    movePayable(ctx, payableId, 'approve_payment_operation');
    return;
  }
  const stepStatus = request.status === 'rejected' ? 'rejected' : 'canceled';
  move(write, STEPS, concreteSteps, step, { status: stepStatus });
  for (const later of steps.slice(index + 1)) move(write, STEPS, concreteSteps, later, { status: 'skipped' });
  endProcess(request.status === 'rejected' ? 'failed' : 'canceled');
  if (request.status === 'rejected') movePayable(ctx, payableId, 'reject');
  else announceCanceled(write, policy);
}

/**
 * Tells the policy's listeners that one of its processes was canceled:
 * Monite reports it as the policy's `process_canceled` event, carrying the
 * policy (the process has a status of its own, and its own events).
 */
function announceCanceled(ctx: WriteContext, policy: StoredRecord): void {
  ctx.write({ kind: 'updated', collection: POLICIES, before: policy, after: policy, action: PROCESS_CANCELED });
}

/** Cancels what a canceled process still waits for: its waiting steps and their approval requests. */
export function cancelProcess(ctx: RequestContext, policyId: string, processId: string): void {
  const write = ctx.write();
  const concreteSteps = stepsOf(policyId, processId);
  for (const step of write.list(concreteSteps)) {
    if (step.status === 'waiting') {
      // A waiting step's request waits too: deciding a request moves its step on.
      const request = write.get(REQUESTS, String(step.approval_request_id)) as StoredRecord;
      move(write, REQUESTS, REQUESTS, request, { status: 'canceled' }, 'cancel');
      move(write, STEPS, concreteSteps, step, { status: 'canceled' });
    } else if (step.status === 'not_started') move(write, STEPS, concreteSteps, step, { status: 'skipped' });
  }
  announceCanceled(write, write.get(POLICIES, policyId) as StoredRecord);
}
