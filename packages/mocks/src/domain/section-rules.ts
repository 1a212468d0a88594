/**
 * What Monite derives when an object of the newer sections is written
 * (receipts, delivery notes, custom VAT rates, payment records, counterpart
 * e-invoicing credentials, OCR tasks). `collection-rules.ts` asks this file
 * for these collections, so its own rules stay about the older ones.
 */
import { deriveDeliveryNote } from './delivery-notes.js';
import { deriveReceiptOnSave } from './receipts.js';
import type { StoredRecord } from './stored-record.js';

type Json = Record<string, unknown>;
type Lookup = (collection: string, id: string) => Json | undefined;

/** The collection of counterpart e-invoicing credentials. */
export const CREDENTIALS_COLLECTION = '/counterparts/{counterpart_id}/einvoicing_credentials';

/** The Peppol identifier schemes Monite supports, per country, for VAT numbers (KVK is Dutch, EN Belgian). */
const VAT_SCHEMES: Record<string, string> = { DE: 'DE:VAT', NL: 'NL:VAT', BE: 'BE:VAT' };

/** A custom VAT rate's `value`: the sum of its components (basis points), as Monite shows it. */
export function deriveCustomVatRate(rate: StoredRecord): StoredRecord {
  // Stryker disable next-line ArrayDeclaration: a list holding a string adds nothing either (a string has no numeric value), so the sum is 0 as for no list
  const components = Array.isArray(rate.components) ? (rate.components as Json[]) : [];
  const value = components.reduce((sum, c) => sum + (typeof c.value === 'number' ? c.value : 0), 0);
  return { ...rate, value };
}

/**
 * A payment record as stored: recorded through the API, so external; its
 * history starts with its first status; a succeeded record has a `paid_at`;
 * and `object` shows the status of the payable or receivable it pays.
 */
export function derivePaymentRecord(record: StoredRecord, lookup: Lookup): StoredRecord {
  const status = typeof record.status === 'string' ? record.status : 'succeeded';
  const history =
    Array.isArray(record.history) && record.history.length > 0
      ? record.history
      : [{ status, timestamp: record.created_at }];
  const object = (record.object ?? {}) as Json;
  const collection = object.type === 'receivable' ? '/receivables' : '/payables';
  const target = typeof object.id === 'string' ? lookup(collection, object.id) : undefined;
  const objectStatus = typeof target?.status === 'string' ? target.status : 'unknown';
  const shownObject = { ...object, old_status: object.old_status ?? objectStatus, new_status: objectStatus };
  const paidAt = status === 'succeeded' ? (record.paid_at ?? record.created_at) : record.paid_at;
  return {
    ...record,
    status,
    history,
    is_external: record.is_external ?? true,
    object: shownObject,
    paid_at: paidAt,
    overpaid_amount: record.overpaid_amount ?? 0,
  };
}

/** The network scheme and identifier of a counterpart VAT ID, when Monite can e-invoice with it. */
export function credentialFromVatId(
  vatId: Json | undefined,
): { network_schema: string; network_identifier: string } | undefined {
  const scheme = typeof vatId?.country === 'string' ? VAT_SCHEMES[vatId.country] : undefined;
  // Stryker disable next-line OptionalChaining: scheme is set only when vatId is, and && stops before this when it is not
  return scheme && typeof vatId?.value === 'string'
    ? { network_schema: scheme, network_identifier: vatId.value }
    : undefined;
}

/** A credential created from a counterpart VAT ID takes its scheme and number. */
function deriveCredential(record: StoredRecord, lookup: Lookup): StoredRecord {
  // Stryker disable next-line LogicalOperator: with one id missing the lookup below finds nothing (stored ids are strings), so the record comes back unchanged either way
  if (typeof record.counterpart_vat_id_id !== 'string' || typeof record.counterpart_id !== 'string') return record;
  const vatId = lookup(`/counterparts/${record.counterpart_id}/vat_ids`, record.counterpart_vat_id_id);
  return { ...record, ...credentialFromVatId(vatId) };
}

/** An OCR task starts `processing` on the file it names (its URL, or the uploaded file's name); an invoice unless told. */
function deriveOcrTask(task: StoredRecord): StoredRecord {
  const { file, ...rest } = task;
  const source = typeof file === 'string' ? file : rest.file_url;
  return {
    ...rest,
    document_type: rest.document_type ?? 'invoice',
    mock_source: rest.mock_source ?? source,
  } as StoredRecord;
}

/**
 * Fields derived when an object of the newer sections is written, or
 * undefined when the collection is not one of them.
 */
export function deriveSectionOnSave(
  collectionTemplate: string,
  record: StoredRecord,
  lookup: Lookup,
): StoredRecord | undefined {
  switch (collectionTemplate) {
    case '/receipts':
      return deriveReceiptOnSave(record);
    case '/delivery_notes':
      return deriveDeliveryNote(record, lookup);
    case '/custom_vat_rates':
      return deriveCustomVatRate(record);
    case '/payment_records':
      return derivePaymentRecord(record, lookup);
    case CREDENTIALS_COLLECTION:
      return deriveCredential(record, lookup);
    case '/ocr_tasks':
      return deriveOcrTask(record);
    // Stryker disable next-line ConditionalExpression: without its body the default falls off the end of the switch, which returns undefined too
    default:
      return undefined;
  }
}
