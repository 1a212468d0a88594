/**
 * Fields Monite derives on create rather than taking from the request: a
 * receivable's file language from its counterpart's language, a payable
 * credit note's origin and source of data.
 */
import { describe, expect, test } from 'vitest';
import { counterpartPayload, invoiceBody, testClient } from '../test/helpers.js';

const LINE = { quantity: 1, product: { name: 'Audit', price: { currency: 'EUR', value: 1000 } }, tax_rate_value: 0 };

describe('document sources', () => {
  test("a receivable is rendered in its counterpart's language", async () => {
    const { call } = testClient();
    const cp = (await call('POST', '/counterparts', { body: { ...counterpartPayload, language: 'de' } })).body;
    const german = (await call('POST', '/receivables', { body: invoiceBody(cp, [LINE]) })).body;
    expect(german).toMatchObject({ file_language: 'de', original_file_language: 'de' });
  });

  test('a payable credit note made through the API is an upload of data the caller specified', async () => {
    const { call } = testClient();
    const note = await call('POST', '/payable_credit_notes', {
      body: { document_id: 'CN-1', issued_at: '2024-06-01' },
    });
    expect(note.status, JSON.stringify(note.body)).toBe(201);
    expect(note.body).toMatchObject({ origin: 'upload', source_of_data: 'user_specified' });
  });
});
