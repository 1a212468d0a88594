/**
 * Monite's token endpoints: `POST /auth/token` issues a token to accepted
 * client credentials (an entity-user token names its user), and
 * `POST /auth/revoke` revokes one. They act on the token registry, not on
 * stored objects, except that an entity-user grant must name a stored user.
 */
import { refusal } from '../state/crud/request.js';
import { ENTITY_USERS } from './entities/lookup.js';
import type { DomainModule, RequestContext } from './module.js';
import { endpoint } from './module.js';

/** The body fields both endpoints read (the spec requires each, so validation has refused a body without them). */
function credentialsOf(ctx: RequestContext): Record<string, string> {
  return ctx.body as Record<string, string>;
}

const issue = endpoint('POST', '/auth/token', (ctx) => {
  const payload = credentialsOf(ctx);
  if (!ctx.tokens.accepts(payload.client_id as string, payload.client_secret as string))
    return refusal(401, 'Invalid client credentials.');
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
  // A token acts as its user, so a user nobody created is a principal that does not exist: Monite answers its
  // documented 401 for credentials that authenticate no one, rather than a token that would read the partner's data.
  const entityUserId = payload.grant_type === 'entity_user' ? String(payload.entity_user_id) : undefined;
  if (entityUserId && ctx.store.scopesHolding(ENTITY_USERS, entityUserId).length === 0)
    return refusal(401, `Entity user ${entityUserId} does not exist.`);
  return { status: ctx.op.successStatus, body: ctx.tokens.issue(payload.client_id as string, entityUserId) };
});

const revoke = endpoint('POST', '/auth/revoke', (ctx) => {
  const payload = credentialsOf(ctx);
  if (!ctx.tokens.accepts(payload.client_id as string, payload.client_secret as string))
    return refusal(401, 'Invalid client credentials.');
  // Revoking a token that is unknown or another client's changes nothing, and says so no differently (as OAuth's revocation does).
  ctx.tokens.revoke(payload.client_id as string, payload.token as string);
  return {
    status: ctx.op.successStatus,
    body: ctx.present(ctx.op, ctx.op.successStatus, { message: 'Token revoked.' }),
  };
});

/** The auth module. */
export const auth: DomainModule = { name: 'auth', endpoints: [issue, revoke] };
