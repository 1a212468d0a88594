/**
 * What an entity organises its work with, and the accounting side: comments
 * (which Monite spells `comment.create` and `comment.update`), projects,
 * tags, accounting connections, transactions and data exports. Monite
 * enforces nothing here beyond the generic rules; each has its events.
 */
import type { DomainModule } from './module.js';

/** The workspace module. */
export const workspace: DomainModule = {
  name: 'workspace and accounting',
  collections: [
    {
      collection: '/comments',
      events: { objectType: 'comment', spellings: { created: 'create', updated: 'update' } },
      // A new comment is `active` until deleted.
      initialStatus: 'active',
    },
    { collection: '/projects', events: { objectType: 'project' } },
    { collection: '/tags', events: { objectType: 'tag' } },
    { collection: '/accounting_connections', events: { objectType: 'accounting_connection' } },
    { collection: '/transactions', events: { objectType: 'transaction' } },
    { collection: '/data_exports', events: { objectType: 'export' } },
  ],
};
