/**
 * What Monite ships for templates, as the mock models it: PDF templates for
 * the documents counterparts receive, in the five languages Monite renders
 * them in (en fr de es nl), and a mail text per document type. The names
 * and wording are the mock's own (Monite's shipped texts are not in its
 * published documents); their shape is the API's.
 */

/** The languages Monite renders counterpart documents in. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'nl'] as const;

/** The document types mail templates exist for (`DocumentObjectTypeRequestEnum`). */
export const MAIL_TYPES = [
  'receivables_quote',
  'receivables_invoice',
  'receivables_paid_invoice',
  'receivables_credit_note',
  'receivables_discount_reminder',
  'receivables_final_reminder',
  'payables_purchase_order',
  'payables_notify_approver',
  'payables_notify_payer',
] as const;

/** A shipped document template without its id and timestamps; the English receivable one is the default. */
export interface ShippedDocumentTemplate {
  name: string;
  language: string;
  document_type: string;
  template_type: string;
  is_default: boolean;
  template: string;
  blocks: string[];
}

const LAYOUTS: ReadonlyArray<{ name: string; document_type: string }> = [
  { name: 'classic', document_type: 'receivable' },
  { name: 'modern', document_type: 'receivable' },
  { name: 'delivery_note', document_type: 'delivery_note' },
  { name: 'purchase_order', document_type: 'purchase_order' },
];

/** The shipped document templates: each layout in each language; the first of a document type in English is its default. */
export const SHIPPED_DOCUMENT_TEMPLATES: readonly ShippedDocumentTemplate[] = LAYOUTS.flatMap((layout, index) =>
  LANGUAGES.map((language) => ({
    name: layout.name,
    language,
    document_type: layout.document_type,
    template_type: 'source_object',
    is_default: language === 'en' && LAYOUTS.findIndex((l) => l.document_type === layout.document_type) === index,
    template: `{% extends "${layout.name}.html" %}`,
    blocks: ['header', 'counterpart', 'line_items', 'totals', 'footer'],
  })),
);

const NOUNS: Readonly<Record<(typeof MAIL_TYPES)[number], string>> = {
  receivables_quote: 'quote',
  receivables_invoice: 'invoice',
  receivables_paid_invoice: 'paid invoice',
  receivables_credit_note: 'credit note',
  receivables_discount_reminder: 'payment reminder',
  receivables_final_reminder: 'final reminder',
  payables_purchase_order: 'purchase order',
  payables_notify_approver: 'bill to approve',
  payables_notify_payer: 'bill to pay',
};

/** The shipped subject and body of a mail type in a language (English wording in every language). */
export function shippedMail(
  type: (typeof MAIL_TYPES)[number],
  language: string,
): { subject_template: string; body_template: string } {
  const noun = NOUNS[type];
  return {
    subject_template: `{{entity_name}}: ${noun} {{document_number}}`,
    body_template: `Dear {{counterpart_name}},\n\nplease find the ${noun} {{document_number}} attached.\n\n{{entity_name}} (${language})`,
  };
}

/** The variables mail templates may use, with what they stand for and the sample a preview shows. */
export const VARIABLES: ReadonlyArray<{ name: string; description: string; sample: string }> = [
  { name: 'entity_name', description: "The entity's name", sample: 'Example Entity GmbH' },
  { name: 'counterpart_name', description: "The counterpart's name", sample: 'Example Counterpart Ltd' },
  { name: 'contact_name', description: "The counterpart contact's name", sample: 'Mary Schmidt' },
  { name: 'document_number', description: "The document's number", sample: 'INV-00001' },
  { name: 'issue_date', description: 'The date the document was issued', sample: '2024-05-25' },
  { name: 'due_date', description: 'The date payment is due', sample: '2024-06-08' },
  { name: 'amount_due', description: 'The amount still due', sample: '100.00' },
  { name: 'currency', description: "The document's currency", sample: 'EUR' },
];

/** The receivable kinds mail templates are written for (`VariablesType`). */
export const RECEIVABLE_SUBTYPES = [
  'quote',
  'invoice',
  'credit_note',
  'discount_reminder',
  'final_reminder',
  'overdue_reminder',
] as const;

const SAMPLES: Readonly<Record<string, string>> = Object.fromEntries(VARIABLES.map((v) => [v.name, v.sample]));

/** Renders `{{ variable }}` with the sample values; an unknown variable renders empty, as Jinja2 renders an undefined one. */
export function renderPreview(text: string): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => SAMPLES[name] ?? '');
}
