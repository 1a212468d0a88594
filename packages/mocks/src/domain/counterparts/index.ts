/**
 * Counterparts and their children: addresses (the first one created with
 * the counterpart becomes its default billing address), bank accounts (one
 * default per currency), contact persons, VAT IDs and e-invoicing
 * credentials; and Monite's irregular event spellings for each.
 */
import { type Json, isObject } from '../../shared/json.js';
import type { CreatedChild } from '../../state/rules.js';
import { makeDefault } from '../make-default.js';
import type { DomainModule } from '../module.js';
import { credentialEndpoints, credentialRules } from './einvoicing-credentials.js';
import { COUNTERPARTS } from './lookup.js';

/** created/updated/deleted as Monite spells them for a counterpart's children. */
const CHILD_SPELLINGS = { updated: 'update', deleted: 'delete' } as const;

/** A counterpart's address becomes its first entry in `…/addresses` and its default billing address. */
function addressCreatedWith(body: Json): CreatedChild[] {
  const holder = body.organization ?? body.individual;
  const address = isObject(holder) ? holder.address : undefined;
  if (!isObject(address)) return [];
  return [{ segment: 'addresses', data: { ...address }, parentFields: ['default_billing_address_id'] }];
}

/** Counterparts, their addresses, bank accounts, contacts, VAT IDs and e-invoicing credentials. */
export const counterparts: DomainModule = {
  name: 'counterparts',
  collections: [
    {
      collection: COUNTERPARTS,
      events: { objectType: 'counterpart', spellings: { deleted: 'delete' } },
      childrenCreatedWith: addressCreatedWith,
    },
    {
      collection: `${COUNTERPARTS}/{counterpart_id}/addresses`,
      events: {
        objectType: 'counterpart_address',
        spellings: CHILD_SPELLINGS,
        actions: { make_default: 'made_default' },
      },
    },
    {
      collection: `${COUNTERPARTS}/{counterpart_id}/bank_accounts`,
      events: { objectType: 'counterpart_bank_account', spellings: CHILD_SPELLINGS },
      defaultPerCurrency: true,
      actions: { make_default: makeDefault(true) },
    },
    {
      collection: `${COUNTERPARTS}/{counterpart_id}/contacts`,
      events: {
        objectType: 'counterpart_contact_person',
        spellings: CHILD_SPELLINGS,
        actions: { make_default: 'make_default' },
      },
      actions: { make_default: makeDefault() },
    },
    {
      collection: `${COUNTERPARTS}/{counterpart_id}/vat_ids`,
      // The catalogue names counterpart_vat_id, but WebhookObjectType (what a subscription can ask for) only knows counterpart_tax_id.
      events: { objectType: 'counterpart_tax_id', spellings: CHILD_SPELLINGS },
    },
    credentialRules,
  ],
  endpoints: credentialEndpoints,
};
