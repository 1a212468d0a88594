/**
 * Monite's rules that depend on which collection an object lives in, in one
 * place: what is derived on save and on read, what a new object gets, where a
 * child collection is shown inside its parent, and how defaults are flagged.
 * The dispatch in `state/resources.ts` asks these functions and knows no
 * collection by name.
 */
import { deriveDocumentTotals, deriveLineItem, deriveReceivable } from './derived.js';
import { counterpartBlock, displayName, entityBlock, withCreditNotes } from './documents.js';
import { deriveReceiptTotals, isReceiptLineItems } from './receipts.js';
import { deriveSectionOnSave } from './section-rules.js';
import type { StoredRecord } from './stored-record.js';

type Json = Record<string, unknown>;

/** Fields of a child collection that Monite also shows inside the parent, by child path segment. */
const EMBEDDED_AS: Record<string, string> = { network_credentials: 'credentials' };

/** The parent field a child collection is shown in (when the parent's schema has it): `credentials` for `network_credentials`. */
export function embeddedFieldOf(childSegment: string): string {
  return EMBEDDED_AS[childSegment] ?? childSegment;
}

/**
 * Operations on a child path whose items Monite keeps inside the parent
 * object instead of as a collection of their own: the path template, and the
 * parent collection with its id parameter.
 */
const KEPT_IN_PARENT: Record<string, { collection: string; idParam: string; field: string }> = {
  '/receivables/{receivable_id}/line_items': {
    collection: '/receivables',
    idParam: 'receivable_id',
    field: 'line_items',
  },
};

/** Where the items of a singleton-like child path are kept inside their parent, if they are. */
export function keptInParent(pathTemplate: string): { collection: string; idParam: string; field: string } | undefined {
  return KEPT_IN_PARENT[pathTemplate];
}

/** A child object Monite creates together with its parent, and the parent fields that point at it. */
export interface CreatedChild {
  /** The child collection's path segment below the parent item (`addresses`). */
  segment: string;
  data: Json;
  /** Parent fields set to the child's id (`default_billing_address_id`). */
  parentFields: string[];
}

/**
 * Children Monite creates with a new object: a counterpart's address becomes
 * its first entry in `/counterparts/{id}/addresses` and its default billing
 * address.
 */
export function childrenCreatedWith(collectionTemplate: string, body: Json): CreatedChild[] {
  if (collectionTemplate !== '/counterparts') return [];
  const holder = (body.organization ?? body.individual) as Json | undefined;
  const address = holder?.address;
  if (!address || typeof address !== 'object') return [];
  return [{ segment: 'addresses', data: { ...(address as Json) }, parentFields: ['default_billing_address_id'] }];
}

/**
 * What a new object of a collection gets besides the request: secrets Monite
 * generates, and what it copies from the entity (an e-invoicing connection's
 * legal name).
 */
export function creationExtras(
  collectionTemplate: string,
  freshHex: () => string,
  entity: () => Json | undefined = () => undefined,
): Json {
  if (collectionTemplate === '/webhook_subscriptions') return { secret: `whsec_${freshHex()}` };
  if (collectionTemplate === '/einvoicing_connections') {
    const name = displayName(entity() ?? {});
    return name ? { legal_name: name } : {};
  }
  return {};
}

/**
 * Fields Monite derives when an object is written: a receivable's line items
 * and totals from its products and VAT rates, and its counterpart and entity
 * blocks copied from the stored counterpart (with its billing address) and
 * entity. `lookup` reads the request's scope; `/entities` is looked up
 * wherever the entity's partner keeps it.
 */
export function deriveOnSave(
  collectionTemplate: string,
  record: StoredRecord,
  lookup: (collection: string, id: string) => Json | undefined,
): StoredRecord {
  const section = deriveSectionOnSave(collectionTemplate, record, lookup);
  if (section) return section;
  if (collectionTemplate !== '/receivables') return record;
  let out = deriveReceivable(record, (id) => lookup('/products', id));
  // Stryker disable next-line ConditionalExpression: a lookup by a missing or non-string id finds nothing (stored ids are strings), so asking anyway changes nothing
  const counterpartId = typeof record.counterpart_id === 'string' ? record.counterpart_id : undefined;
  const counterpart = counterpartId ? lookup('/counterparts', counterpartId) : undefined;
  if (counterpart && counterpartId) {
    const addressId = record.counterpart_billing_address_id ?? counterpart.default_billing_address_id;
    const address =
      // Stryker disable next-line ConditionalExpression: a lookup by a missing or non-string id finds nothing (stored ids are strings), so asking anyway changes nothing
      typeof addressId === 'string' ? lookup(`/counterparts/${counterpartId}/addresses`, addressId) : undefined;
    out = { ...out, ...counterpartBlock(counterpart, address) };
  }
  // Stryker disable next-line ConditionalExpression: a lookup by a missing or non-string id finds nothing (stored ids are strings), so asking anyway changes nothing
  const entity = typeof record.entity_id === 'string' ? lookup('/entities', record.entity_id) : undefined;
  if (entity) out = { ...out, ...entityBlock(entity) };
  return out;
}

/** Fields Monite derives at read time from other collections: a payable's credit notes. */
export function deriveFromRelated(
  collectionTemplate: string,
  record: StoredRecord,
  list: (collection: string) => StoredRecord[],
): StoredRecord {
  if (collectionTemplate !== '/payables') return record;
  return withCreditNotes(record, list('/payable_credit_notes'));
}

/** Fields Monite derives at read time from the object itself: line-item subtotals, tax and totals. */
export function deriveOnRead(collectionTemplate: string, record: StoredRecord): StoredRecord {
  return collectionTemplate.endsWith('/line_items') ? deriveLineItem(record) : record;
}

/** Fields Monite derives at read time from a child collection: document totals from line items. */
export function deriveFromChildren(childSegment: string, record: StoredRecord, children: StoredRecord[]): StoredRecord {
  // A receipt's lines carry only a total: its total_amount is their sum, not a payable's subtotal plus tax.
  if (childSegment === 'line_items' && isReceiptLineItems(children)) return deriveReceiptTotals(record, children);
  return childSegment === 'line_items' ? deriveDocumentTotals(record, children) : record;
}

/**
 * How a collection flags its default item: bank accounts (anything with a
 * currency) have one default per currency (`is_default_for_currency`), other
 * collections one default overall (`is_default`).
 */
export function defaultFlagOf(concreteCollection: string, record: Json): { field: string; perCurrency: boolean } {
  const perCurrency = 'currency' in record || concreteCollection.endsWith('bank_accounts');
  return { field: perCurrency ? 'is_default_for_currency' : 'is_default', perCurrency };
}

/** Words Monite writes in capitals or with a hyphen, wherever they appear in a collection's name. */
const WORD_SPELLINGS: Record<string, string> = {
  vat: 'VAT',
  ocr: 'OCR',
  id: 'ID',
  ids: 'IDs',
  pdf: 'PDF',
  einvoicing: 'e-invoicing',
  einvoice: 'e-invoice',
};

/** Nouns Monite uses in the plural for one object ("Payment terms 3f... was not found."). */
const PLURAL_NOUNS = new Set(['terms', 'settings', 'details', 'credentials', 'analytics', 'metadata']);

/** One English word to its singular: entities -> entity, addresses -> address, tags -> tag. */
function singular(word: string): string {
  if (PLURAL_NOUNS.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // Stryker disable next-line Regex: no word of the spec's path segments that ends in s has ss, sh, ch or x before an inner 'es', so the anchor changes no name
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The name of one object of a collection, from its path segment, as a
 * sentence starts it: `entities` -> "Entity", `payable_credit_notes` ->
 * "Payable credit note", `vat_ids` -> "VAT ID", `ocr_tasks` -> "OCR task".
 */
export function objectName(collectionSegment: string): string {
  const words = collectionSegment.split('_').filter(Boolean);
  if (words.length === 0) return 'Object';
  words[words.length - 1] = singular(words.at(-1) as string);
  const spelled = words.map((word) => WORD_SPELLINGS[word] ?? word).join(' ');
  return `${spelled.charAt(0).toUpperCase()}${spelled.slice(1)}`;
}

/** The 404 message for an object a path names: "Counterpart <id> was not found." from the collection segment. */
export function notFoundMessage(collectionSegment: string, id: string): string {
  return `${objectName(collectionSegment)} ${id} was not found.`;
}
