// Sending a receivable records the mail it answers the id of: the mail reads
// back with its recipients, a draft is issued first, and a document that may
// not be sent is refused without a mail.
import { describe, expect, it } from 'vitest';
import { createCounterpart, ENTITY, invoiceBody, testClient } from '../test/helpers.js';

const LINE = { quantity: 1, product: { name: 'Audit', price: { currency: 'EUR', value: 50000 } }, tax_rate_value: 0 };
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
      body: { ...MESSAGE, recipients: { to: ['ap@acme.example'] } },
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
      },
    });
  });
});
