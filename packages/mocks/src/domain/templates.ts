/**
 * Templates: the PDF document templates and mail templates Monite ships, and
 * the entity's own mail and text templates. Every entity starts with the
 * shipped document templates (stored the first time the entity asks for
 * them, so `make_default` can change which is its default); `GET
 * /mail_templates/system` answers the shipped mail texts; a preview renders
 * a template's `{{variables}}` with sample values, the variables `GET
 * /receivables/variables` lists.
 */
import { refusal } from '../state/crud/request.js';
import type { CustomAction } from '../state/rules.js';
import { stableUuid } from '../shared/stable-ids.js';
import type { StoredRecord } from '../shared/stored-record.js';
import { makeDefault } from './make-default.js';
import type { DomainModule, Endpoint, RequestContext } from './module.js';
import { endpoint } from './module.js';
import { RECEIVABLES } from './receivables/rules.js';
import {
  LANGUAGES,
  MAIL_TYPES,
  RECEIVABLE_SUBTYPES,
  renderPreview,
  SHIPPED_DOCUMENT_TEMPLATES,
  shippedMail,
  VARIABLES,
} from './template-texts.js';

const DOCUMENT_TEMPLATES = '/document_templates';
const MAIL_TEMPLATES = '/mail_templates';

/** Stores the shipped document templates in a scope that has none yet. */
function ensureShipped(ctx: RequestContext): void {
  if (ctx.store.list(ctx.scope, DOCUMENT_TEMPLATES).length > 0) return;
  // One write: the shipped templates appear together.
  const now = ctx.write().stamp();
  for (const shipped of SHIPPED_DOCUMENT_TEMPLATES) {
    // The same template has the same id for every entity, as a shipped one does.
    const id = stableUuid(`document-template:${shipped.name}:${shipped.language}`);
    ctx.store.put(ctx.scope, DOCUMENT_TEMPLATES, { ...shipped, id, created_at: now, updated_at: now });
  }
}

/** Every document-template operation sees the shipped templates; the CRUD (or the endpoints below) then answers. */
const shippedFirst: Endpoint = {
  matches: (op) => op.path.startsWith(DOCUMENT_TEMPLATES),
  answer: (ctx) => {
    ensureShipped(ctx);
    return undefined;
  },
};

/** `GET /document_templates/system`: the templates Monite ships (every document template is one). */
const systemDocuments = endpoint('GET', `${DOCUMENT_TEMPLATES}/system`, (ctx) => {
  const data = ctx.store.list(ctx.scope, DOCUMENT_TEMPLATES);
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, { data }) };
});

/** A one-page PDF naming the template: enough for a viewer to open and a test to recognise. */
function previewPdf(template: StoredRecord): Uint8Array {
  const text = `${String(template.name)} (${String(template.language)})`.replace(/[()\\]/g, '');
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

const documentPreview = endpoint('GET', `${DOCUMENT_TEMPLATES}/{document_template_id}/preview`, (ctx) => {
  const id = ctx.path.document_template_id as string;
  const template = ctx.store.get(ctx.scope, DOCUMENT_TEMPLATES, id);
  if (!template) return refusal(404, `Document template ${id} was not found.`);
  return { status: ctx.op.successStatus, body: previewPdf(template) };
});

/** `GET /mail_templates/system`: the mail texts Monite ships, per document type, in each language. */
const systemMails = endpoint('GET', `${MAIL_TEMPLATES}/system`, (ctx) => {
  const data = MAIL_TYPES.map((type) => ({
    template_name: type,
    available_templates: LANGUAGES.map((language) => ({ language, ...shippedMail(type, language) })),
  }));
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, { data }) };
});

/** `POST /mail_templates/preview`: the subject and body with their variables filled with sample values. */
const mailPreview = endpoint('POST', `${MAIL_TEMPLATES}/preview`, (ctx) => {
  const body = ctx.body as { subject: string; body: string };
  const preview = { subject_preview: renderPreview(body.subject), body_preview: renderPreview(body.body) };
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, preview) };
});

/** `GET /receivables/variables`: the variables a receivable's mail template may use, per kind of receivable. */
const receivableVariables = endpoint('GET', `${RECEIVABLES}/variables`, (ctx) => {
  const variables = VARIABLES.map(({ name, description }) => ({ name, description }));
  const data = RECEIVABLE_SUBTYPES.map((object_subtype) => ({ object_type: 'receivable', object_subtype, variables }));
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, { data }) };
});

/** Mail templates have one default per type and language, not one per entity. */
const mailDefault: CustomAction = {
  run(target, ctx) {
    let chosen = target;
    for (const item of ctx.list(ctx.collection)) {
      if (item.type !== target.type || item.language !== target.language) continue;
      const mine = item.id === target.id;
      const updated = { ...item, is_default: mine, updated_at: mine ? ctx.stamp() : item.updated_at };
      ctx.put(ctx.collection, updated);
      if (mine) chosen = updated;
    }
    return { record: chosen, kind: 'updated' };
  },
};

/** The templates module. */
export const templates: DomainModule = {
  name: 'templates',
  collections: [
    { collection: DOCUMENT_TEMPLATES, actions: { make_default: makeDefault() } },
    { collection: MAIL_TEMPLATES, actions: { make_default: mailDefault } },
    { collection: '/text_templates', actions: { make_default: makeDefault() } },
  ],
  endpoints: [shippedFirst, systemDocuments, documentPreview, systemMails, mailPreview, receivableVariables],
};
