/**
 * What the generated filter test (`state/lists.filters.requests.test.ts`)
 * does not hold to "narrows the list as documented", each with the reason;
 * the mocks README repeats the not-honoured ones.
 */

/** Query parameters that shape or parameterise a list rather than filter it. */
export const NOT_FILTERS: ReadonlySet<string> = new Set(['limit', 'page_size', 'order', 'sort', 'pagination_token']);

/**
 * Lists answered by a computation rather than read from a stored collection:
 * their parameters are inputs of that computation, covered by the tests
 * beside it. Keys are operation ids.
 */
export const COMPUTED_LISTS: Readonly<Record<string, string>> = {
  get_accounting_payables: "the accounting system's view, paged by offset (domain/workspace)",
  get_accounting_receivables: "the accounting system's view, paged by offset (domain/workspace)",
  get_analytics_credit_notes:
    'aggregated from stored documents by domain/analytics, which applies the filters as the lists do',
  get_analytics_payables:
    'aggregated from stored documents by domain/analytics, which applies the filters as the lists do',
  get_analytics_receivables:
    'aggregated from stored documents by domain/analytics, which applies the filters as the lists do',
  get_payables_analytics: 'counts and sums per status, computed by domain/analytics',
  get_financing_invoices: 'not stored: the mock does not model financing, so the list is answered from the schema',
  get_vat_rates: 'computed from the rate table for the entity and counterpart countries (domain/vat-rates)',
};

/** Documented filters the mock does not apply as Monite does: `operationId parameter` to why. */
export const FILTERS_NOT_HONOURED: Readonly<Record<string, string>> = {
  'get_audit_logs entity_user_id': 'audit log entries do not record the acting user (their fields are not confirmed)',
  'get_counterparts iban': "reads the counterpart's bank accounts, which the counterpart list does not look into",
  'get_counterparts sort_code': "reads the counterpart's bank accounts, which the counterpart list does not look into",
  'get_counterparts account_number':
    "reads the counterpart's bank accounts, which the counterpart list does not look into",
  'get_counterparts vat_id': "reads the counterpart's VAT ids, which the counterpart list does not look into",
  'get_counterparts tag_ids__in': 'a counterpart answer carries no tags, so the mock keeps none to filter on',
  'get_ocr_tasks status': 'an OCR task finishes on its first read, so a list never shows one `processing`',
  'get_payable_credit_notes_id_line_items source':
    'a credit note line item answer carries no source, so the mock keeps none',
  'get_payable_credit_notes_id_line_items source_id':
    'a credit note line item answer carries no source, so the mock keeps none',
  'get_webhook_deliveries object_type':
    "reads the delivered event's object type, which the delivery list does not look into",
  'get_webhook_deliveries event_action':
    "reads the delivered event's action, which the delivery list does not look into",
};
