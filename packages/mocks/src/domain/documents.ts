/**
 * What Monite fills in on documents from the objects they name: the
 * counterpart and entity blocks of a receivable (copied when it is written),
 * document numbers on issue, and a payable's credit notes.
 */
import type { StoredRecord } from './stored-record.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ADDRESS_FIELDS = ['city', 'country', 'line1', 'line2', 'postal_code', 'state'] as const;

/** An address with only the fields documents carry. */
function addressOf(source: unknown): Json | undefined {
  if (!isObject(source)) return undefined;
  const out: Json = {};
  for (const field of ADDRESS_FIELDS) if (source[field] !== undefined) out[field] = source[field];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The display name of a counterpart or entity: its organization's legal name, or its individual's full name. */
export function displayName(party: Json): string | undefined {
  const organization = isObject(party.organization) ? party.organization : undefined;
  if (typeof organization?.legal_name === 'string') return organization.legal_name;
  const individual = isObject(party.individual) ? party.individual : undefined;
  if (individual) {
    const name = [individual.first_name, individual.last_name].filter((p) => typeof p === 'string').join(' ');
    if (name) return name;
  }
  return typeof party.name === 'string' ? party.name : undefined;
}

/**
 * The counterpart block of a receivable, copied from the stored counterpart
 * and the billing address the receivable names (else the counterpart's
 * default billing address): name and type as the counterpart says, not made up.
 */
export function counterpartBlock(counterpart: Json, billingAddress?: Json): Json {
  const type = counterpart.type === 'individual' || isObject(counterpart.individual) ? 'individual' : 'organization';
  const block: Json = { counterpart_type: type };
  const name = displayName(counterpart);
  if (name) block.counterpart_name = name;
  const address = addressOf(billingAddress);
  if (address && billingAddress) block.counterpart_billing_address = { id: billingAddress.id, ...address };
  const holder = (isObject(counterpart.organization) ? counterpart.organization : counterpart.individual) as
    | Json
    | undefined;
  if (typeof holder?.tax_id === 'string') block.counterpart_tax_id = holder.tax_id;
  return block;
}

/** The entity block of a receivable, copied from the stored entity. */
export function entityBlock(entity: Json): Json {
  const organization = isObject(entity.organization) ? entity.organization : undefined;
  const individual = isObject(entity.individual) ? entity.individual : undefined;
  const common: Json = {};
  for (const field of ['email', 'phone', 'website', 'tax_id', 'registration_number', 'registration_authority', 'logo'])
    if (entity[field] !== undefined && entity[field] !== null) common[field] = entity[field];
  const block: Json = individual
    ? { type: 'individual', first_name: individual.first_name, last_name: individual.last_name, ...common }
    : { type: 'organization', name: organization?.legal_name ?? displayName(entity), ...common };
  const out: Json = { entity: block };
  const address = addressOf(entity.address);
  if (address) out.entity_address = address;
  return out;
}

/** The numbering settings of `/entities/{id}/settings` (`document_ids`), with Monite's defaults. */
export interface NumberingSettings {
  prefix?: string | null;
  separator?: string;
  min_digits?: number;
  include_date?: boolean;
  document_type_prefix?: Record<string, string>;
}

const DEFAULT_TYPE_PREFIX: Record<string, string> = {
  invoice: 'INV',
  quote: 'Q',
  credit_note: 'CN',
  delivery_note: 'DN',
  purchase_order: 'PO',
};

/**
 * A document number as Monite formats it from the entity's settings:
 * `[prefix-]INV-[YYYY-]00001`, sequential per entity and document type.
 */
export function documentNumber(
  settings: NumberingSettings | undefined,
  documentType: string,
  sequence: number,
  issueDate: string,
): string {
  const separator = settings?.separator ?? '-';
  const digits = settings?.min_digits ?? 5;
  const typePrefix = settings?.document_type_prefix?.[documentType] ?? DEFAULT_TYPE_PREFIX[documentType] ?? 'DOC';
  const parts = [
    ...(settings?.prefix ? [settings.prefix] : []),
    typePrefix,
    ...(settings?.include_date ? [issueDate.slice(0, 4)] : []),
    String(sequence).padStart(digits, '0'),
  ];
  return parts.join(separator);
}

/** Statuses of a credit note that no longer count against its payable. */
const VOID_CREDIT_NOTE = new Set(['canceled', 'rejected']);

/**
 * A payable as Monite shows it with its credit notes: each credit note based
 * on it listed in `credit_notes`, and `total_amount_with_credit_notes`
 * reduced by the ones still in force.
 */
export function withCreditNotes(payable: StoredRecord, creditNotes: readonly StoredRecord[]): StoredRecord {
  const own = creditNotes.filter((note) => note.based_on === payable.id);
  if (own.length === 0) return payable;
  const total = typeof payable.total_amount === 'number' ? payable.total_amount : 0;
  const credited = own
    .filter((note) => !VOID_CREDIT_NOTE.has(String(note.status)))
    .reduce((sum, note) => sum + (typeof note.total_amount === 'number' ? note.total_amount : 0), 0);
  return {
    ...payable,
    credit_notes: own.map((note) => ({
      id: note.id,
      status: note.status ?? 'draft',
      ...(typeof note.document_id === 'string' ? { document_id: note.document_id } : {}),
      ...(typeof note.total_amount === 'number' ? { total_amount: note.total_amount } : {}),
      ...(typeof note.issued_at === 'string' ? { issued_at: note.issued_at } : {}),
    })),
    total_amount_with_credit_notes: Math.max(0, total - credited),
  };
}

/**
 * What issuing a receivable fills in: its number from the entity's numbering
 * settings (unless it has one) and its issue date. `nextSequence` counts per
 * entity and document type.
 */
export function issuedFields(
  record: StoredRecord,
  settings: NumberingSettings | undefined,
  nextSequence: (documentType: string) => number,
  now: string,
): Json {
  const type = typeof record.type === 'string' ? record.type : 'invoice';
  const fields: Json = { issue_date: now };
  if (typeof record.document_id !== 'string' || record.document_id === '')
    fields.document_id = documentNumber(settings, type, nextSequence(type), now);
  return fields;
}
