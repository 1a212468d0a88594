/**
 * Monite's delivery notes: what a note copies from the objects it names (the
 * counterpart and its address, the entity, the products of its lines, or the
 * invoice it is based on), so a note reads like the document Monite renders;
 * its moves (`created` to `delivered` or `canceled`); only a `created` note
 * may change; and only an invoice can be delivered.
 */
import { isObject, type Json, objectOf, textOf as text } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import { refusal } from '../state/crud/request.js';
import type { RuleContext } from '../state/rules.js';
import { addressesOf, COUNTERPARTS } from './counterparts/lookup.js';
import { entityRecord } from './entities/lookup.js';
import { type DomainModule, endpoint } from './module.js';
import { PRODUCTS } from './products.js';
import { RECEIVABLES } from './receivables/rules.js';

/** The collection of delivery notes. */
export const DELIVERY_NOTES = '/delivery_notes';

type Lookup = (collection: string, id: string) => Json | undefined;

/** The address fields a document shows, without ids and flags (the answer leaves out the empty ones). */
function addressOf(address: Json | undefined): Json | undefined {
  if (!address) return undefined;
  const { city, country, line1, line2, postal_code, state } = address;
  return { city, country, line1, line2, postal_code, state };
}

/** The counterpart as a delivery note shows it: its id and its organisation or person (what it has of them). */
function counterpartOf(counterpart: Json): Json {
  const { id, organization, individual, language } = counterpart;
  return { id, organization, individual, language };
}

/** The entity as a document shows it: an organisation's name or a person's names. */
export function entityOf(entity: Json): Json {
  const common = {
    email: entity.email ?? undefined,
    phone: entity.phone ?? undefined,
    tax_id: entity.tax_id ?? undefined,
  };
  if (isObject(entity.individual))
    return {
      ...common,
      type: 'individual',
      first_name: entity.individual.first_name,
      last_name: entity.individual.last_name,
    };
  const name = isObject(entity.organization) ? entity.organization.legal_name : undefined;
  return { ...common, type: 'organization', name: text(name) ?? 'Entity' };
}

/** A line as a delivery note keeps it: the product's name (and unit) and the quantity, prices left out. */
function lineOf(line: Json, lookup: Lookup): Json {
  // A line without a product id looks up none (no product is called "undefined").
  const stored = lookup(PRODUCTS, String(line.product_id));
  const given = isObject(line.product) ? line.product : {};
  const name = text(given.name) ?? text(stored?.name) ?? 'Item';
  const unit = given.measure_unit ?? (isObject(stored?.measure_unit) ? { name: stored.measure_unit.name } : undefined);
  return {
    product: unit ? { name, measure_unit: unit } : { name },
    // The request requires each line's quantity.
    quantity: line.quantity,
  };
}

/**
 * The lines of an invoice, as a delivery note based on it copies them. A
 * stored invoice's lines are there, each with its product and the product's
 * name (their read schemas require them).
 */
function linesOfInvoice(invoice: Json): Json[] {
  return (invoice.line_items as Json[]).map((line) => {
    const product = line.product as Json;
    const unit = isObject(product.measure_unit) ? { name: product.measure_unit.name } : undefined;
    const name = String(product.name);
    return {
      product: unit ? { name, measure_unit: unit } : { name },
      quantity: typeof line.quantity === 'number' ? line.quantity : 1,
    };
  });
}

/**
 * A delivery note as stored: a note based on an invoice takes its
 * counterpart, billing address, lines and document number; then the
 * counterpart, its address, the entity and the products are copied in.
 */
export function deriveDeliveryNote(note: StoredRecord, ctx: RuleContext): StoredRecord {
  const lookup: Lookup = (collection, id) => ctx.get(collection, id);
  const out: StoredRecord = { ...note };
  const invoice = typeof note.based_on === 'string' ? lookup(RECEIVABLES, note.based_on) : undefined;
  if (invoice) {
    out.counterpart_id ??= invoice.counterpart_id;
    out.counterpart_address_id ??=
      invoice.counterpart_billing_address_id ??
      (isObject(invoice.counterpart_billing_address) ? invoice.counterpart_billing_address.id : undefined);
    out.based_on_document_id ??= invoice.document_id;
    if (!Array.isArray(note.line_items)) out.line_items = linesOfInvoice(invoice);
  } else if (Array.isArray(note.line_items)) {
    out.line_items = (note.line_items as Json[]).map((line) => lineOf(line, lookup));
  }
  const counterpartId = text(out.counterpart_id);
  const counterpart = counterpartId ? lookup(COUNTERPARTS, counterpartId) : undefined;
  if (counterpart && counterpartId) {
    out.counterpart = counterpartOf(counterpart);
    const addressId = text(out.counterpart_address_id) ?? text(counterpart.default_billing_address_id);
    const address = addressId ? addressOf(lookup(addressesOf(counterpartId), addressId)) : undefined;
    if (address) out.counterpart_address = address;
  }
  const entity = entityRecord(ctx.store, typeof out.entity_id === 'string' ? out.entity_id : undefined);
  if (entity) {
    out.entity = entityOf(entity);
    const address = addressOf(isObject(entity.address) ? entity.address : undefined);
    if (address) out.entity_address = address;
  }
  out.document_id ??= `DN-${note.id.slice(0, 8).toUpperCase()}`;
  out.file_language ??= 'en';
  out.original_file_language ??= out.file_language;
  return out;
}

/** Why a delivery note cannot be based on a receivable, or undefined: only invoices are delivered. */
export function basedOnRefusal(receivable: Json): string | undefined {
  const type = receivable.type;
  return type === undefined || type === 'invoice'
    ? undefined
    : `A delivery note can only be based on an invoice; receivable ${String(receivable.id)} is a ${String(type).replace('_', ' ')}.`;
}

/** `POST /delivery_notes` based on an unknown receivable (404) or on one that is not an invoice (409). */
const basedOnInvoice = endpoint('POST', DELIVERY_NOTES, (ctx) => {
  const basedOn = objectOf(ctx.body).based_on;
  if (typeof basedOn !== 'string') return undefined;
  const receivable = ctx.store.get(ctx.scope, RECEIVABLES, basedOn);
  if (!receivable) return refusal(404, `Receivable ${basedOn} was not found.`);
  const reason = basedOnRefusal(receivable);
  return reason ? refusal(409, reason) : undefined;
});

/** The delivery notes module. */
export const deliveryNotes: DomainModule = {
  name: 'delivery notes',
  collections: [
    {
      collection: DELIVERY_NOTES,
      events: { objectType: 'delivery_note' },
      initialStatus: 'created',
      moves: {
        mark_as_delivered: { from: ['created'], to: 'delivered' },
        cancel: { from: ['created'], to: 'canceled' },
      },
      // A delivery note is fixed once delivered or canceled.
      lock: { statuses: ['created'], name: 'Delivery note' },
      deriveOnSave: deriveDeliveryNote,
    },
  ],
  endpoints: [basedOnInvoice],
};
