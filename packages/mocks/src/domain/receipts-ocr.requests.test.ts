/**
 * Receipts, their line items and file, custom VAT rates and OCR tasks
 * (expense management), through `monite.fetch`.
 */
import { describe, expect, test } from 'vitest';
import { sectionsClient } from '../test/sections-helpers.js';

describe('receipts', () => {
  test('a receipt totals its line items, follows their changes, and lists in pages', async () => {
    const { call, pages } = sectionsClient();
    const receipt = await call('POST', '/receipts', {
      body: { currency: 'EUR', document_id: 'R-1', merchant_name: 'Café Central' },
    });
    expect(receipt.status).toBe(201);
    expect(receipt.body).toMatchObject({ currency: 'EUR', source_of_data: 'user_specified' });
    const id = receipt.body.id;
    const coffee = await call('POST', `/receipts/${id}/line_items`, { body: { name: 'Coffee', total: 350 } });
    expect(coffee.status).toBe(201);
    expect(coffee.body).toMatchObject({ receipt_id: id, total: 350 });
    await call('POST', `/receipts/${id}/line_items`, { body: { name: 'Cake', total: 450 } });
    expect((await call('GET', `/receipts/${id}`)).body.total_amount).toBe(800);
    await call('PATCH', `/receipts/${id}/line_items/${coffee.body.id}`, { body: { total: 400 } });
    expect((await call('GET', `/receipts/${id}`)).body.total_amount).toBe(850);
    expect((await call('DELETE', `/receipts/${id}/line_items/${coffee.body.id}`)).status).toBe(204);
    expect((await call('GET', `/receipts/${id}`)).body.total_amount).toBe(450);
    // Lists filter on the derived total.
    expect((await call('GET', '/receipts?total_amount__gte=400')).body.data.map((r: { id: string }) => r.id)).toEqual([
      id,
    ]);
    expect((await call('GET', `/receipts/${id}/line_items`)).body.data).toHaveLength(1);
    for (let i = 2; i <= 5; i++) await call('POST', '/receipts', { body: { currency: 'EUR', document_id: `R-${i}` } });
    const listed = await pages('/receipts', 2);
    expect(listed.sizes).toEqual([2, 2, 1]);
    expect(new Set(listed.ids).size).toBe(5);
    expect((await call('DELETE', `/receipts/${id}`)).status).toBe(204);
    expect((await call('GET', `/receipts/${id}`)).status).toBe(404);
    expect((await call('GET', `/receipts/${id}/line_items`)).status).toBe(404);
  });

  test('a file is attached once; a second attach is refused with 409', async () => {
    const { call, upload } = sectionsClient();
    const receipt = (await call('POST', '/receipts', { body: { currency: 'EUR' } })).body;
    expect((await call('GET', '/receipts?has_file=true')).body.data).toEqual([]);
    const attached = await upload(`/receipts/${receipt.id}/attach_file`, 'lunch.pdf');
    expect(attached.status).toBe(200);
    expect(attached.body.file_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(attached.body.file_url).toMatch(/\/lunch\.pdf$/);
    expect((await call('GET', '/receipts?has_file=true')).body.data.map((r: { id: string }) => r.id)).toEqual([
      receipt.id,
    ]);
    const again = await upload(`/receipts/${receipt.id}/attach_file`, 'other.pdf');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already has a file');
    expect((await call('GET', `/receipts/${receipt.id}`)).body.file_url).toMatch(/\/lunch\.pdf$/);
  });

  test('a receipt created with a base64 file has it attached', async () => {
    const { call } = sectionsClient();
    const receipt = await call('POST', '/receipts', { body: { currency: 'EUR', base64_encoded_file: 'JVBERi0xLjQ=' } });
    expect(receipt.body.file_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(receipt.body).not.toHaveProperty('base64_encoded_file');
  });

  test('an uploaded receipt is read by OCR: processing, then recognised with line items that add up', async () => {
    const { call, upload } = sectionsClient();
    const uploaded = await upload('/receipts/upload_from_file', 'taxi.jpg', 'image/jpeg');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ source_of_data: 'ocr', ocr_status: 'processing' });
    const read = (await call('GET', `/receipts/${uploaded.body.id}`)).body;
    expect(read.ocr_status).toBe('success');
    expect(read.merchant_name).toBeTypeOf('string');
    const lines = (await call('GET', `/receipts/${uploaded.body.id}/line_items`)).body.data as { total: number }[];
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(read.total_amount).toBe(lines.reduce((sum, l) => sum + l.total, 0));
  });
});

describe('custom VAT rates', () => {
  test('create, read, update (value follows the components), list, delete', async () => {
    const { call } = sectionsClient();
    const created = await call('POST', '/custom_vat_rates', {
      body: {
        name: 'Quebec',
        components: [
          { name: 'GST', value: 500 },
          { name: 'QST', value: 998 },
        ],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Quebec', value: 1498 });
    const id = created.body.id;
    expect((await call('GET', `/custom_vat_rates/${id}`)).body.value).toBe(1498);
    const updated = await call('PATCH', `/custom_vat_rates/${id}`, {
      body: { components: [{ name: 'GST', value: 500 }] },
    });
    expect(updated.body).toMatchObject({ name: 'Quebec', value: 500 });
    await call('POST', '/custom_vat_rates', { body: { name: 'Zero', components: [{ name: 'VAT', value: 0 }] } });
    expect((await call('GET', '/custom_vat_rates')).body.data.map((r: { name: string }) => r.name)).toEqual([
      'Quebec',
      'Zero',
    ]);
    expect((await call('DELETE', `/custom_vat_rates/${id}`)).status).toBe(204);
    expect((await call('GET', `/custom_vat_rates/${id}`)).status).toBe(404);
    expect((await call('PATCH', `/custom_vat_rates/${id}`, { body: { name: 'x' } })).status).toBe(404);
  });
});

describe('OCR tasks', () => {
  test('from a URL: 202 processing, then success with recognised data whose amounts add up', async () => {
    const { call, monite } = sectionsClient();
    const created = await call('POST', '/ocr_tasks', { body: { file_url: 'https://files.example/inv-1.pdf' } });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: 'processing', document_type: 'invoice' });
    expect(created.body).not.toHaveProperty('recognized_data');
    const task = (await call('GET', `/ocr_tasks/${created.body.id}`)).body;
    expect(task.status).toBe('success');
    const data = task.recognized_data;
    expect(data.type).toBe('invoice');
    const lines = data.line_items as { subtotal: number; tax_amount: number; total_amount: number }[];
    expect(data.subtotal).toBe(lines.reduce((s, l) => s + l.subtotal, 0));
    expect(data.tax_amount).toBe(lines.reduce((s, l) => s + l.tax_amount, 0));
    expect(data.total_amount).toBe(data.subtotal + data.tax_amount);
    // Finished once: a second read agrees.
    expect((await call('GET', `/ocr_tasks/${created.body.id}`)).body).toEqual(task);
    const events = monite.webhooks.events().filter((e) => e.object_type === 'ocr_task');
    expect(events.map((e) => (e.object as { status: string }).status)).toEqual(['processing', 'success']);
  });

  test('from an uploaded file, with the document type from the query; an unreadable file ends in error', async () => {
    const { call, upload } = sectionsClient();
    const receipt = await upload('/ocr_tasks/upload_from_file?document_type=receipt', 'scan.png', 'image/png');
    expect(receipt.status).toBe(202);
    expect(receipt.body).toMatchObject({ status: 'processing', document_type: 'receipt' });
    const unreadable = await upload('/ocr_tasks/upload_from_file', 'notes.txt', 'text/plain');
    const listed = (await call('GET', '/ocr_tasks')).body.data;
    const byId = Object.fromEntries(listed.map((t: { id: string }) => [t.id, t]));
    expect(byId[receipt.body.id]).toMatchObject({ status: 'success', recognized_data: { type: 'receipt' } });
    expect(byId[unreadable.body.id].status).toBe('error');
    expect(byId[unreadable.body.id]).not.toHaveProperty('recognized_data');
    expect((await call('GET', '/ocr_tasks?status=error')).body.data.map((t: { id: string }) => t.id)).toEqual([
      unreadable.body.id,
    ]);
  });

  test('lists in pages and answers 404 for an unknown task', async () => {
    const { call, pages } = sectionsClient();
    for (let i = 0; i < 3; i++)
      await call('POST', '/ocr_tasks', { body: { file_url: `https://files.example/${i}.pdf` } });
    expect((await pages('/ocr_tasks', 2)).sizes).toEqual([2, 1]);
    expect((await call('GET', '/ocr_tasks/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
