// Sending a receivable records the mail it answers the id of: the mail reads
// back with its recipients, a draft is issued first, and a document that may
// not be sent is refused without a mail.
import { describe, expect, it } from 'vitest';
import { createCounterpart, ENTITY, invoiceBody, testClient } from '../test/helpers.js';

const LINE = { quantity: 1, product: { name: 'Audit', price: { currency: 'EUR', value: 50000 } }, tax_rate_value: 0 };
const UNKNOWN_DOMAIN = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const MESSAGE = { subject_text: 'Your invoice', body_text: 'Please find it attached.' };

async function draftInvoice() {
  const client = testClient();
  const cp = await createCounterpart(client.call);
  const created = await client.call('POST', '/receivables', { body: invoiceBody(cp, [LINE]) });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { ...client, id: created.body.id as string };
}

describe('receivable mails', () => {
  it('are recorded by send, read back by mail_id and listed, after the draft is issued', async () => {
    const { call, id } = await draftInvoice();
    const sent = await call('POST', `/receivables/${id}/send`, {
      body: { ...MESSAGE, recipients: { to: ['ap@acme.example'], cc: ['cfo@acme.example'] } },
    });
    expect(sent.status).toBe(200);
    const mail = await call('GET', `/receivables/${id}/mails/${sent.body.mail_id}`);
    expect(mail).toMatchObject({
      status: 200,
      body: {
        id: sent.body.mail_id,
        status: 'sent',
        recipients: {
          to: [{ email: 'ap@acme.example', is_success: true }],
          cc: [{ email: 'cfo@acme.example', is_success: true }],
          bcc: [],
        },
      },
    });
    expect((await call('GET', `/receivables/${id}/mails`)).body.data).toEqual([mail.body]);
    const invoice = (await call('GET', `/receivables/${id}`)).body;
    expect(invoice.status).toBe('issued');
    expect(invoice.document_id).toMatch(/^INV-/);
    // Sent again once issued: a second mail.
    await call('POST', `/receivables/${id}/send`, { body: { ...MESSAGE, recipients: { to: ['x@acme.example'] } } });
    expect((await call('GET', `/receivables/${id}/mails`)).body.data).toHaveLength(2);
  });

  it('refuse a document in a status it cannot be sent from (409), recording no mail', async () => {
    const { call, id } = await draftInvoice();
    await call('POST', `/receivables/${id}/issue`);
    await call('POST', `/receivables/${id}/cancel`);
    const refused = await call('POST', `/receivables/${id}/send`, { body: MESSAGE });
    expect(refused).toMatchObject({ status: 409, body: { error: { message: expect.stringContaining('canceled') } } });
    expect((await call('GET', `/receivables/${id}/mails`)).body.data).toEqual([]);
    expect((await call('GET', '/receivables/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c/send')).status).toBe(405);
    const unknown = await call('POST', '/receivables/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c/send', { body: MESSAGE });
    expect(unknown.status).toBe(404);
  });

  it('have failed without a recipient, and send to the counterpart contact beside the given ones', async () => {
    const { monite, call, id } = await draftInvoice();
    const alone = await call('POST', `/receivables/${id}/send`, { body: MESSAGE });
    expect(alone.status).toBe(200);
    const failed = (await call('GET', `/receivables/${id}/mails/${alone.body.mail_id}`)).body;
    expect(failed).toMatchObject({ status: 'failed', recipients: { to: [], cc: [], bcc: [] } });

    const contact = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@acme.example', address: {} };
    const issued = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'invoice', status: 'issued', counterpart_contact: contact },
    });
    const sent = await call('POST', `/receivables/${issued.id}/send`, {
      body: { ...MESSAGE, recipients: { to: ['ap@acme.example'], bcc: ['audit@acme.example'] } },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const mail = (await call('GET', `/receivables/${issued.id}/mails/${sent.body.mail_id}`)).body;
    expect(mail).toMatchObject({
      status: 'sent',
      recipients: {
        to: [
          { email: 'ap@acme.example', is_success: true },
          { email: 'ada@acme.example', is_success: true },
        ],
        cc: [],
        bcc: [{ email: 'audit@acme.example', is_success: true }],
      },
    });
  });

  it('refuse a credit note in a status it cannot be sent from, naming it in words', async () => {
    const { monite, call } = testClient();
    const failed = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'credit_note', status: 'failed' },
    });
    expect(await call('POST', `/receivables/${failed.id}/send`, { body: MESSAGE })).toMatchObject({
      status: 409,
      body: { error: { message: "A credit note in status 'failed' cannot be sent." } },
    });
  });

  it('answer the refusal of issuing a draft, and record no mail', async () => {
    const { call } = testClient();
    const cp = await createCounterpart(call);
    const product = (
      await call('POST', '/products', { body: { name: 'Audit', price: { currency: 'EUR', value: 25000 } } })
    ).body;
    const line = { product_id: product.id, quantity: 2, tax_rate_value: 0 };
    const draft = (await call('POST', '/receivables', { body: invoiceBody(cp, [line]) })).body;
    await call('POST', `/receivables/${draft.id}/issue`);
    const creditNote = async () =>
      (await call('POST', '/receivables', { body: { type: 'credit_note', based_on: draft.id } })).body;
    const first = await creditNote();
    await call('PATCH', `/receivables/${first.id}`, {
      body: { credit_note: { line_items: { [product.id]: { quantity: 1 } } } },
    });
    expect((await call('POST', `/receivables/${first.id}/issue`)).status).toBe(200);
    // The second note copies the whole invoice: more than the 250.00 left, so it cannot be issued.
    const second = await creditNote();
    const refused = await call('POST', `/receivables/${second.id}/send`, { body: MESSAGE });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `The credit note (50000) is more than is left of invoice ${draft.id} (25000).`,
    );
    expect((await call('GET', `/receivables/${second.id}`)).body.status).toBe('draft');
    expect((await call('GET', `/receivables/${second.id}/mails`)).body.data).toEqual([]);
  });

  it('give a mailbox its address at its domain', async () => {
    const { call } = testClient();
    const domain = await call('POST', '/mailbox_domains', { entity: null, body: { domain: 'mail.acme.example' } });
    expect(domain.status, JSON.stringify(domain.body)).toBe(201);
    const mailbox = await call('POST', '/mailboxes', {
      body: { mailbox_domain_id: domain.body.id, mailbox_name: 'bills', related_object_type: 'payable' },
    });
    expect(mailbox.status, JSON.stringify(mailbox.body)).toBe(201);
    expect(mailbox.body.mailbox_full_address).toBe('bills@mail.acme.example');
    const elsewhere = await call('POST', '/mailboxes', {
      body: { mailbox_domain_id: UNKNOWN_DOMAIN, mailbox_name: 'bills', related_object_type: 'payable' },
    });
    expect(elsewhere.body.mailbox_full_address).not.toBe('bills@undefined');
  });
});
