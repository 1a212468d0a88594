/**
 * Who may approve an approval request, and when enough of them have: an
 * entity user approves a request that names them (`user_ids`) or their role
 * (`role_ids`), once; the request is approved when `required_approval_count`
 * users have approved it, and waits until then; only a user it asks may
 * reject it. A partner token acts for the
 * partner, not for a user: it decides the request at once (Monite's
 * documents do not say how a partner's approval counts; the README says so).
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import { conflictStatus, type Reply, refusal } from '../../state/crud/request.js';
import { ENTITY_USERS } from '../entities/lookup.js';
import { endpoint, type RequestContext } from '../module.js';
import { REQUESTS } from './processes.js';

// The lists are schema-checked arrays of ids when present.
const idsOf = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

/** How many approvals a request needs: its `required_approval_count`, at least one. */
export function approvalsNeeded(request: StoredRecord): number {
  const count = Number(request.required_approval_count);
  return Math.max(1, Number.isInteger(count) ? count : 1);
}

/** Whether an entity user is one a request asks: named in `user_ids`, or holding a role in `role_ids`. */
export function isAskedApprover(request: StoredRecord, user: StoredRecord | undefined, userId: string): boolean {
  const users = idsOf(request.user_ids);
  const roles = idsOf(request.role_ids);
  // A request that names nobody (made directly, without a policy's script) may be approved by any user.
  if (users.length === 0 && roles.length === 0) return true;
  return users.includes(userId) || (typeof user?.role_id === 'string' && roles.includes(user.role_id));
}

/** The refusal (403, as for any action the user may not take) of a user the request does not ask; none for one it asks. */
function notAsked(ctx: RequestContext, request: StoredRecord, userId: string): Reply | undefined {
  const user = ctx.store.get(ctx.scope, ENTITY_USERS, userId);
  if (isAskedApprover(request, user, userId)) return undefined;
  return refusal(403, `Entity user ${userId} is not an approver of this request.`);
}

/** What an entity user's approval does to a waiting request: refused, or counted (and whether it decides it). */
export type Approval = { reply: Reply } | { request: StoredRecord; decides: boolean };

/**
 * An entity user's approval of a waiting request: refused when the request
 * does not ask them (403) or they have approved it already (409 where
 * declared); otherwise counted, and deciding once enough users approved.
 */
export function approveAs(ctx: RequestContext, request: StoredRecord, userId: string): Approval {
  const refused = notAsked(ctx, request, userId);
  if (refused) return { reply: refused };
  const approvedBy = idsOf(request.approved_by);
  if (approvedBy.includes(userId))
    return { reply: refusal(conflictStatus(ctx.op), `Entity user ${userId} has already approved this request.`) };
  const counted = { ...request, approved_by: [...approvedBy, userId] };
  return { request: counted, decides: counted.approved_by.length >= approvalsNeeded(request) };
}

/** Refuses (403) an entity user's rejection of a waiting request that does not ask them; others pass on. */
export const refuseRejection = endpoint('POST', `${REQUESTS}/{approval_request_id}/reject`, (ctx) => {
  const userId = ctx.identity.entityUserId;
  const request = ctx.store.get(ctx.scope, REQUESTS, String(ctx.path.approval_request_id));
  if (!userId || request?.status !== 'waiting') return undefined;
  return notAsked(ctx, request, userId);
});
