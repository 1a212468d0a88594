/**
 * Mails of receivables: `POST /receivables/{id}/send` sends a document by
 * email and answers the `mail_id` of the mail it records, which
 * `GET /receivables/{id}/mails` and `…/mails/{mail_id}` read back. A draft is
 * issued first (if issuing is refused, the draft stays and no mail is
 * recorded); the counterpart contact's email joins the `to` recipients.
 * Mailboxes (where payables arrive by email) answer their full address.
 */
import { operationById } from '../operations/router.js';
import { refusal } from '../state/crud/request.js';
import type { RuleContext } from '../state/rules.js';
import type { StoredRecord } from '../shared/stored-record.js';
import type { DomainModule, RequestContext } from './module.js';
import { endpoint, viaCrud } from './module.js';
import { RECEIVABLES } from './receivables/rules.js';

/** The mail collection template of a receivable. */
export const MAILS = `${RECEIVABLES}/{receivable_id}/mails`;

/** The statuses a document may be sent from, by type: invoices also once paid in part or whole. */
const SENDABLE: Readonly<Record<'invoice' | 'quote' | 'credit_note', readonly string[]>> = {
  invoice: ['draft', 'issued', 'overdue', 'partially_paid', 'paid'],
  quote: ['draft', 'issued'],
  credit_note: ['draft', 'issued'],
};

type Recipients = { to?: string[]; cc?: string[]; bcc?: string[] };

/** Recipients as a mail records them: each address delivered (the mock sends nothing, so none fails). */
function delivered(addresses: readonly string[]) {
  return [...new Set(addresses)].map((email) => ({ email, is_success: true }));
}

/** Issues a draft as `POST /receivables/{id}/issue` would, with its number, history and event. */
function issue(ctx: RequestContext, id: string) {
  return viaCrud(ctx, {
    operation: operationById('post_receivables_id_issue'),
    path: { receivable_id: id },
    query: {},
    body: {},
  });
}

const send = endpoint('POST', `${RECEIVABLES}/{receivable_id}/send`, (ctx) => {
  const id = ctx.path.receivable_id as string;
  let receivable = ctx.store.get(ctx.scope, RECEIVABLES, id);
  // An unknown receivable is the CRUD's 404.
  if (!receivable) return undefined;
  // A stored receivable always has a type and a status (its read schema requires both).
  const type = String(receivable.type) as keyof typeof SENDABLE;
  const status = String(receivable.status);
  if (!SENDABLE[type].includes(status))
    return refusal(409, `A ${type.replace('_', ' ')} in status '${status}' cannot be sent.`);
  if (status === 'draft') {
    const issued = issue(ctx, id);
    // Issuing answers 200, or its refusal.
    if (issued.status !== 200) return issued;
    receivable = ctx.store.get(ctx.scope, RECEIVABLES, id) as StoredRecord;
  }
  const body = ctx.body as { recipients?: Recipients; subject_text: string; body_text: string };
  const contact = receivable.counterpart_contact as { email?: unknown } | undefined;
  const to = [...(body.recipients?.to ?? []), ...(typeof contact?.email === 'string' ? [contact.email] : [])];
  const write = ctx.write();
  const now = write.stamp();
  const mail: StoredRecord = {
    id: write.freshId(),
    created_at: now,
    updated_at: now,
    receivable_id: id,
    // The mock delivers nothing, so every recipient succeeds at once; without one the mail has failed.
    status: to.length > 0 ? 'sent' : 'failed',
    recipients: {
      to: delivered(to),
      cc: delivered(body.recipients?.cc ?? []),
      bcc: delivered(body.recipients?.bcc ?? []),
    },
    subject_text: body.subject_text,
    body_text: body.body_text,
  };
  // Stryker disable next-line StringLiteral: mails have no events and no history, so nothing reads the kind of this write
  write.write({ kind: 'created', collection: MAILS, after: mail }, `${RECEIVABLES}/${id}/mails`);
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, { mail_id: mail.id }) };
});

const MAILBOXES = '/mailboxes';
const MAILBOX_DOMAINS = '/mailbox_domains';

/** A mailbox's address is its name at its domain (the entity's own, or Monite's). */
function mailboxAddress(record: StoredRecord, ctx: RuleContext): StoredRecord {
  // Domains belong to the partner, mailboxes to an entity: look where the domain is kept.
  const id = String(record.mailbox_domain_id);
  const [scope] = ctx.store.scopesHolding(MAILBOX_DOMAINS, id);
  const domain = scope ? (ctx.store.get(scope, MAILBOX_DOMAINS, id) as StoredRecord).domain : undefined;
  if (typeof domain !== 'string') return record;
  // The request requires the mailbox's name.
  return { ...record, mailbox_full_address: `${String(record.mailbox_name)}@${domain}` };
}

/** The mails module: receivables' mails, and the mailboxes payables arrive at. */
export const mails: DomainModule = {
  name: 'mails',
  collections: [{ collection: MAILS }, { collection: MAILBOXES, deriveOnSave: mailboxAddress }],
  endpoints: [send],
};
