/**
 * Monite's delivery notes: what a note copies from the objects it names (the
 * counterpart and its address, the entity, the products of its lines, or the
 * invoice it is based on), so a note reads like the document Monite renders.
 * The moves (`created` to `delivered` or `canceled`) are in `workflows.ts`;
 * only a `created` note may change (`locks.ts`).
 */
import type { StoredRecord } from './stored-record.js';

type Json = Record<string, unknown>;
type Lookup = (collection: string, id: string) => Json | undefined;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** The address fields a document shows, without ids and flags. */
function addressOf(address: Json | undefined): Json | undefined {
  if (!address) return undefined;
  const { city, country, line1, line2, postal_code, state } = address;
  return Object.fromEntries(
    Object.entries({ city, country, line1, line2, postal_code, state }).filter(
      ([, v]) => v !== undefined && v !== null,
    ),
  );
}

/** The counterpart as a delivery note shows it: its id and its organisation or person. */
function counterpartOf(counterpart: Json): Json {
  const block: Json = { id: counterpart.id };
  if (isObject(counterpart.organization)) block.organization = counterpart.organization;
  if (isObject(counterpart.individual)) block.individual = counterpart.individual;
  if (typeof counterpart.language === 'string') block.language = counterpart.language;
  return block;
}

/** The entity as a document shows it: an organisation's name or a person's names. */
function entityOf(entity: Json): Json {
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
  const stored = typeof line.product_id === 'string' ? lookup('/products', line.product_id) : undefined;
  const given = isObject(line.product) ? line.product : {};
  const name = text(given.name) ?? text(stored?.name) ?? 'Item';
  const unit = given.measure_unit ?? (isObject(stored?.measure_unit) ? { name: stored.measure_unit.name } : undefined);
  return {
    product: unit ? { name, measure_unit: unit } : { name },
    quantity: typeof line.quantity === 'number' ? line.quantity : 1,
  };
}

/** The lines of an invoice, as a delivery note based on it copies them. */
function linesOfInvoice(invoice: Json): Json[] {
  const lines = Array.isArray(invoice.line_items) ? (invoice.line_items as Json[]) : [];
  return lines.map((line) => {
    const product = isObject(line.product) ? line.product : {};
    const unit = isObject(product.measure_unit) ? { name: product.measure_unit.name } : undefined;
    const name = text(product.name) ?? 'Item';
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
export function deriveDeliveryNote(note: StoredRecord, lookup: Lookup): StoredRecord {
  let out: StoredRecord = { ...note };
  const invoice = typeof note.based_on === 'string' ? lookup('/receivables', note.based_on) : undefined;
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
  const counterpart = counterpartId ? lookup('/counterparts', counterpartId) : undefined;
  if (counterpart && counterpartId) {
    out.counterpart = counterpartOf(counterpart);
    const addressId = text(out.counterpart_address_id) ?? text(counterpart.default_billing_address_id);
    const address = addressId ? addressOf(lookup(`/counterparts/${counterpartId}/addresses`, addressId)) : undefined;
    if (address) out.counterpart_address = address;
  }
  const entity = typeof out.entity_id === 'string' ? lookup('/entities', out.entity_id) : undefined;
  if (entity) {
    out.entity = entityOf(entity);
    const address = addressOf(isObject(entity.address) ? entity.address : undefined);
    if (address) out.entity_address = address;
  }
  out.document_id ??= `DN-${note.id.slice(0, 8).toUpperCase()}`;
  out.file_language ??= 'en';
  out.original_file_language ??= out.file_language;
  // Stryker disable next-line BooleanLiteral: the request schema's default (false) fills the field before this, so the fallback never applies
  out = { ...out, display_signature_placeholder: out.display_signature_placeholder ?? false };
  return out;
}

/** Why a delivery note cannot be based on a receivable, or undefined: only invoices are delivered. */
export function basedOnRefusal(receivable: Json): string | undefined {
  const type = receivable.type;
  return type === undefined || type === 'invoice'
    ? undefined
    : `A delivery note can only be based on an invoice; receivable ${String(receivable.id)} is a ${String(type).replace('_', ' ')}.`;
}
