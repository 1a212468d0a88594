/**
 * Entities and who acts for them: entities (active or inactive), entity
 * users, roles (a role still given to users cannot be deleted) and the
 * entity's bank accounts (one default per currency); the `…/me` endpoints.
 */
import { refusal } from '../../state/crud/request.js';
import { makeDefault } from '../make-default.js';
import { type DomainModule, endpoint } from '../module.js';
import { ENTITIES, ENTITY_USERS } from './lookup.js';
import { meEndpoints } from './me-endpoints.js';

const ROLES = '/roles';

/** `DELETE /roles/{role_id}` is refused (409) while entity users still have the role. */
const roleInUse = endpoint('DELETE', `${ROLES}/{role_id}`, (ctx) => {
  const roleId = ctx.path.role_id as string;
  // A missing role is the CRUD's 404: no user has it.
  const users = ctx.store.list(ctx.scope, ENTITY_USERS).filter((u) => u.role_id === roleId);
  return users.length > 0
    ? refusal(409, `Role ${roleId} is assigned to ${users.length} entity user(s); give them another role first.`)
    : undefined;
});

/** Entities, entity users, roles and the entity's bank accounts. */
export const entities: DomainModule = {
  name: 'entities and users',
  collections: [
    {
      collection: ENTITIES,
      events: { objectType: 'entity', ownEntity: true },
      initialStatus: 'active',
      // Neither move declares a 409: activating an active entity is a 400.
      moves: {
        activate: { from: ['inactive'], to: 'active' },
        deactivate: { from: ['active'], to: 'inactive' },
      },
    },
    // Users and roles are `active` until deleted (Monite's `StatusEnum`), not whatever a generator picks.
    { collection: ENTITY_USERS, events: { objectType: 'entity_user' }, initialStatus: 'active' },
    { collection: ROLES, events: { objectType: 'role' }, initialStatus: 'active' },
    {
      collection: '/bank_accounts',
      events: { objectType: 'entity_bank_account' },
      defaultPerCurrency: true,
      actions: { make_default: makeDefault(true) },
    },
  ],
  endpoints: [meEndpoints, roleInUse],
};
