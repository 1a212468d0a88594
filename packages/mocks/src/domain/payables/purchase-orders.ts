/**
 * Purchase orders: what an entity asks a vendor for. Monite fills in the
 * parties from the stored objects (the whole counterpart and the address the
 * order names, else the counterpart's default one; the whole entity), numbers
 * the order from the entity's settings (`PO-00001`), records who made it, and
 * starts it as a `draft` that sending makes `issued`.
 */
import { type Json, objectOf, textOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import type { CollectionRules, MoveContext, RuleContext } from '../../state/rules.js';
import { addressesOf, billingAddress, COUNTERPARTS } from '../counterparts/lookup.js';
import { entityRecord } from '../entities/lookup.js';
import { type DomainModule, endpoint, viaCrud } from '../module.js';
import { addressOf, embeddedParty, partyType } from '../parties.js';
import { nextDocumentNumber } from '../receivables/numbering.js';

/** The collection of purchase orders. */
export const PURCHASE_ORDERS = '/payable_purchase_orders';

/** What an order's `counterpart` shows of the stored counterpart (`PurchaseOrderCounterpart*RootResponse`). */
const COUNTERPART_FIELDS = [
  'id',
  'created_at',
  'updated_at',
  'organization',
  'individual',
  'language',
  'tax_id',
  'reminders_enabled',
  'created_automatically',
  'created_by_entity_user_id',
  'default_billing_address_id',
  'default_shipping_address_id',
] as const;

/** What an order's `entity` shows of the stored entity (`PayableEntity*Response`). */
const ENTITY_FIELDS = [
  'id',
  'created_at',
  'updated_at',
  'address',
  'organization',
  'individual',
  'email',
  'phone',
  'website',
  'tax_id',
  'logo',
  'status',
] as const;

/** The counterpart an order names, with the address it is sent to: the one named, else the default one. */
function counterpartFields(order: StoredRecord, ctx: RuleContext): Json {
  // Without a counterpart id nothing is found (no counterpart is called "undefined").
  const counterpartId = String(order.counterpart_id);
  const counterpart = ctx.get(COUNTERPARTS, counterpartId);
  if (!counterpart) return {};
  const named = textOf(order.counterpart_address_id);
  const address = named
    ? ctx.get(addressesOf(counterpartId), named)
    : billingAddress(ctx.store, ctx.scope, counterpartId);
  const shown = addressOf(address);
  return {
    counterpart: { ...embeddedParty(counterpart, COUNTERPART_FIELDS), type: partyType(counterpart) },
    ...(shown ? { counterpart_address: shown } : {}),
  };
}

/**
 * A purchase order as stored: the counterpart and entity copied from the
 * stored objects each time it is written (an edit that names another
 * counterpart or address shows that one), and a number on its first write.
 */
export function derivePurchaseOrder(order: StoredRecord, ctx: RuleContext): StoredRecord {
  const out: StoredRecord = { ...order, ...counterpartFields(order, ctx) };
  const entity = entityRecord(ctx.store, textOf(order.entity_id));
  if (entity) out.entity = embeddedParty(entity, ENTITY_FIELDS);
  // The answer requires a number even for a draft, so the order is numbered when it is created.
  if (!textOf(order.document_id)) {
    const today = new Date(ctx.clock.now()).toISOString().slice(0, 10);
    out.document_id = nextDocumentNumber(ctx, 'purchase_order', today);
  }
  return out;
}

/** Sending an order issues it: `issued`, dated the day it was first sent. */
function issuedOn(order: StoredRecord, _body: unknown, ctx: MoveContext): Partial<StoredRecord> {
  return textOf(order.issued_at) ? {} : { issued_at: ctx.now.slice(0, 10) };
}

/**
 * `POST /payable_purchase_orders` with an entity user's token: the order
 * records who made it (`created_by_user_id`), which only the token knows.
 */
const createdByUser = endpoint('POST', PURCHASE_ORDERS, (ctx) => {
  const user = ctx.identity.entityUserId;
  if (!user) return undefined;
  return viaCrud(ctx, { body: { ...objectOf(ctx.body), created_by_user_id: user } });
});

/** The rules of `/payable_purchase_orders`. */
const purchaseOrderRules: CollectionRules = {
  collection: PURCHASE_ORDERS,
  events: { objectType: 'payables_purchase_order' },
  initialStatus: 'draft',
  // Sending again is allowed (a lost mail); the order keeps the date it was first issued.
  moves: { send: { from: ['draft', 'issued'], to: 'issued', apply: issuedOn } },
  deriveOnSave: derivePurchaseOrder,
};

/** The purchase orders module. */
export const purchaseOrders: DomainModule = {
  name: 'purchase orders',
  collections: [purchaseOrderRules],
  endpoints: [createdByUser],
};
