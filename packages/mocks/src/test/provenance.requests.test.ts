// Provenance of created objects' fields: every JSON create of a stored
// collection, from a minimal body derived from the spec, is answered by two
// mocks seeded differently; a field that differs (ids aside), or that holds
// its enum's first value unasked (what the generator picks for an enum), came
// from the fake-data generator rather than the request, a stored object, the
// clock or a documented default. Each such field must be listed, with its
// reason, in the README's "Generated, not derived" section; a listed field
// that is no longer generated must leave the list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MoniteMock } from '../create-monite.js';
import { ruleBook } from '../domain/registry.js';
import { schemaDocument } from '../generated/schemas.js';
import type { JsonSchema } from '../schema/schema-document.js';
import { ENTITY } from './helpers.js';
import { firstEnumFields, generatedFields, runCreates } from './provenance.js';

const README = new URL('../../README.md', import.meta.url);

/** The README's list: `METHOD /path` to the fields it names. */
function listedInReadme(): Map<string, Set<string>> {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('### Generated, not derived');
  const section = text.slice(start, text.indexOf('\n## ', start));
  const listed = new Map<string, Set<string>>();
  let current: string | undefined;
  for (const line of section.split('\n')) {
    const entry = /^- `((?:GET|POST|PUT|PATCH|DELETE) \/[^`]*)` ([^:]*):/.exec(line);
    if (entry) {
      current = entry[1] as string;
      const fields = [...(entry[2] as string).matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
      listed.set(current, new Set([...(listed.get(current) ?? []), ...fields]));
    }
  }
  return listed;
}

/**
 * Bodies for creates whose first schema branch names objects the minimal
 * body cannot make, or whose minimal body Monite refuses.
 */
const BODIES: Readonly<Record<string, unknown>> = {
  // The credential from a scheme and identifier, not from a VAT id of the counterpart.
  post_counterparts_id_einvoicing_credentials: { network_identifier: 'DE123456789', network_schema: 'DE:VAT' },
  // A link for an outside invoice names what it asks for (without it the link is refused).
  post_payment_links: {
    payment_methods: ['sepa_credit'],
    recipient: { id: ENTITY, type: 'entity' },
    amount: 12_500,
    currency: 'EUR',
    invoice: { issue_date: '2024-05-20', due_date: '2024-06-19' },
  },
};

/**
 * Gives a stored counterpart the billing address a counterpart made through
 * the API has (the named one, else a fixed one), and any other fields.
 */
function withBillingAddress(monite: MoniteMock, counterpart: string, named?: string, fields: object = {}): void {
  const [stored] = monite.list('/counterparts', ENTITY).filter((c) => c.id === counterpart);
  const address = {
    id: named ?? '0f0f0f0f-0000-4000-8000-00000000000f',
    country: 'DE',
    city: 'Hamburg',
    postal_code: '20095',
    line1: 'Hafen 2',
  };
  monite.seedResource({ collection: `/counterparts/${counterpart}/addresses`, entityId: ENTITY, data: address });
  monite.seedResource({
    collection: '/counterparts',
    entityId: ENTITY,
    data: { ...stored, ...fields, default_billing_address_id: address.id },
  });
}

/** Objects a minimal body names that the reference table does not know (a mailbox's domain). */
const NAMED = {
  // A counterpart as the API makes it has its billing address, which a delivery note copies.
  post_delivery_notes: (monite: MoniteMock, body: unknown) => {
    const { counterpart_id: counterpart, counterpart_address_id: named } = body as Record<string, string>;
    withBillingAddress(monite, counterpart as string, named);
  },
  // A vendor: an organisation (not the enum's first type, so a copied type tells from a generated one) with
  // its billing address, which a purchase order copies.
  post_payable_purchase_orders: (monite: MoniteMock, body: unknown) => {
    const { counterpart_id: counterpart } = body as Record<string, string>;
    withBillingAddress(monite, counterpart as string, undefined, {
      type: 'organization',
      organization: { legal_name: 'Vendor AG', is_vendor: true, is_customer: false },
      individual: undefined,
    });
  },
  // A batch pays approved payables (a draft is refused), for what they still have to be paid.
  post_batch_payments: (monite: MoniteMock, body: unknown) => {
    const [entry] = (body as { payment_intents: { object: { id: string } }[] }).payment_intents;
    const [stored] = monite.list('/payables', ENTITY).filter((p) => p.id === entry?.object.id);
    monite.seedResource({
      collection: '/payables',
      entityId: ENTITY,
      data: {
        ...stored,
        status: 'waiting_to_be_paid',
        currency: 'EUR',
        total_amount: 25_000,
        amount_due: 25_000,
        amount_paid: 0,
        document_id: 'BILL-7',
      },
    });
  },
  // A recurrence's base is a draft invoice.
  post_recurrences: (monite: MoniteMock, body: unknown) => {
    const base = (body as { invoice_id: string }).invoice_id;
    const [stored] = monite.list('/receivables', ENTITY).filter((r) => r.id === base);
    monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { ...stored, type: 'invoice', status: 'draft' },
    });
  },
  post_mailboxes: (monite: MoniteMock, body: unknown) => {
    const id = (body as { mailbox_domain_id: string }).mailbox_domain_id;
    monite.seedResource({
      collection: '/mailbox_domains',
      entityId: undefined,
      data: { id, domain: 'mail.example.com' },
    });
  },
};

describe('provenance of created objects', () => {
  it('lists every field the generator fills, and only those, in the README', async () => {
    const outcomes = await runCreates(BODIES, NAMED);
    const listed = listedInReadme();
    const refused: string[] = [];
    const unlisted: string[] = [];
    const found = new Map<string, Set<string>>();
    for (const o of outcomes) {
      const key = `${o.op.method} ${o.op.path}`;
      if (o.statuses.some((status) => status >= 300)) {
        refused.push(`${key}: ${o.statuses.join('/')} ${JSON.stringify(o.answers[0]).slice(0, 200)}`);
        continue;
      }
      const schema = schemaDocument.operations[o.op.operationId]?.responses[String(o.statuses[0])] as JsonSchema;
      const initial = ruleBook.of((o.op as { collection?: string }).collection ?? '')?.initialStatus;
      const fields = new Set([
        ...generatedFields(o.answers[0], o.answers[1]),
        ...firstEnumFields(schema, o.answers[0], o.body, (path, value) => path === 'status' && value === initial),
      ]);
      found.set(key, fields);
      for (const field of fields) if (!listed.get(key)?.has(field)) unlisted.push(`${key} ${field}`);
    }
    const stale = [...listed].flatMap(([key, fields]) =>
      [...fields].filter((field) => !found.get(key)?.has(field)).map((field) => `${key} ${field}`),
    );
    expect(refused, 'creates refused their minimal body').toEqual([]);
    expect(unlisted, 'generated fields missing from the README').toEqual([]);
    expect(stale, 'README fields no longer generated').toEqual([]);
    expect(outcomes.length).toBeGreaterThan(40);
  }, 60_000);
});
