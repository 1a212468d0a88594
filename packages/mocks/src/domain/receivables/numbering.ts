/**
 * Document numbers as Monite assigns them (a receivable at issue, a purchase
 * order when created), from the entity's numbering settings (`document_ids`
 * of `/entities/{id}/settings`): `[prefix-]INV-[YYYY-]00001`, sequential per
 * entity and document type.
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import type { RuleContext } from '../../state/rules.js';
import { entitySettings } from '../entities/lookup.js';

type Json = Record<string, unknown>;

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

/** A document number as Monite formats it from the entity's settings. */
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

/** The next number of a document type in a scope, counted beside the entity's data (not an API path). */
export function nextSequence(ctx: RuleContext, documentType: string): number {
  const key = `#document-numbers/${documentType}`;
  const next = ((ctx.store.getSingleton(ctx.scope, key) as number | undefined) ?? 0) + 1;
  ctx.store.setSingleton(ctx.scope, key, next);
  return next;
}

/** The numbering settings of the context's entity, if it has any. */
function numberingOf(ctx: RuleContext): NumberingSettings | undefined {
  return (entitySettings(ctx.store, ctx.entityId) as { document_ids?: NumberingSettings } | undefined)?.document_ids;
}

/** A receivable as issued: its number (from its entity's settings) and issue date. */
export function numberOnIssue(record: StoredRecord, ctx: RuleContext & { now: string }): StoredRecord {
  return { ...record, ...issuedFields(record, numberingOf(ctx), (type) => nextSequence(ctx, type), ctx.now) };
}

/**
 * The next number of a document type (`purchase_order`) for the context's
 * entity, from its numbering settings: for documents numbered outside the
 * receivables' issue (a purchase order is numbered when created).
 */
export function nextDocumentNumber(ctx: RuleContext, documentType: string, date: string): string {
  return documentNumber(numberingOf(ctx), documentType, nextSequence(ctx, documentType), date);
}
