import { errorBody } from '../domain/error-bodies.js';
import type { MockOperation } from '../operations/operation-table.js';
import type { Reply } from '../state/resources.js';
import type { TokenRegistry } from './tokens.js';

/**
 * `POST /auth/token` and `POST /auth/revoke`: they act on the token
 * registry, not on stored resources. Undefined for every other operation.
 */
export function tokenEndpointReply(
  op: MockOperation,
  body: unknown,
  tokens: TokenRegistry,
  present: (op: MockOperation, status: number, value: unknown) => unknown,
): Reply | undefined {
  // Stryker disable next-line ConditionalExpression: only POST is routed to these paths (other methods answer 405 first); the method check is a guard
  if (op.method !== 'POST' || (op.path !== '/auth/token' && op.path !== '/auth/revoke')) return undefined;
  const payload = (body ?? {}) as Record<string, string>;
  // Stryker disable next-line StringLiteral: the spec requires client_id, so a body without it answers 422 before this step
  const clientId = payload.client_id ?? '';
  // Stryker disable next-line StringLiteral: the spec requires client_secret, so a body without it answers 422 before this step
  if (!tokens.accepts(clientId, payload.client_secret ?? '')) {
    return { status: 401, body: errorBody('Invalid client credentials.') };
  }
  if (op.path === '/auth/token') {
    if (payload.grant_type === 'entity_user' && !payload.entity_user_id) {
      return {
        status: 422,
        body: {
          detail: [
            { loc: ['body', 'entity_user_id'], msg: 'Field required for grant_type entity_user', type: 'missing' },
          ],
        },
      };
    }
    return { status: op.successStatus, body: tokens.issue(clientId, payload.entity_user_id) };
  }
  // Revoking a token that is unknown or another client's changes nothing, and says so no differently (as OAuth's revocation does).
  // Stryker disable next-line StringLiteral: the spec requires token, so a body without it answers 422 before this step
  tokens.revoke(clientId, payload.token ?? '');
  return {
    status: op.successStatus,
    body: present(op, op.successStatus, { message: 'Token revoked.' }),
  };
}
