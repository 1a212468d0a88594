/** Where counterparts and their addresses are kept, for the rules of documents that name them. */
import type { StoredRecord } from '../../shared/stored-record.js';
import type { Store } from '../../state/store.js';

/** The collection of counterparts. */
export const COUNTERPARTS = '/counterparts';

/** The concrete collection of a counterpart's addresses. */
export function addressesOf(counterpartId: string): string {
  return `${COUNTERPARTS}/${counterpartId}/addresses`;
}

/** The concrete collection of a counterpart's VAT IDs. */
export function vatIdsOf(counterpartId: string): string {
  return `${COUNTERPARTS}/${counterpartId}/vat_ids`;
}

/** The concrete collection of a counterpart's e-invoicing credentials. */
export function credentialsOf(counterpartId: string): string {
  return `${COUNTERPARTS}/${counterpartId}/einvoicing_credentials`;
}

/**
 * A counterpart's billing address: the one named, else its default billing
 * address (the one created with it).
 */
export function billingAddress(
  store: Store,
  scope: string,
  counterpartId: string | undefined,
  addressId?: string,
): StoredRecord | undefined {
  // Without a counterpart (or an address to name) nothing is found: no stored object has the id "undefined".
  const id = String(counterpartId);
  const chosen = addressId ?? store.get(scope, COUNTERPARTS, id)?.default_billing_address_id;
  return store.get(scope, addressesOf(id), String(chosen));
}
