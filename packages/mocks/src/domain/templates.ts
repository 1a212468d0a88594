/** Document, mail and text templates: one default each, set with `make_default`. */
import { makeDefault } from './make-default.js';
import type { DomainModule } from './module.js';

/** The templates module. */
export const templates: DomainModule = {
  name: 'templates',
  collections: ['/document_templates', '/mail_templates', '/text_templates'].map((collection) => ({
    collection,
    actions: { make_default: makeDefault() },
  })),
};
