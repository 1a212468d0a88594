// What a receipt derives: its total from its lines' totals, and the
// file it holds: where the file lives, that a file id is a pure function of
// the receipt (so snapshots stay stable), and that a receipt keeps its first
// file.
import { describe, expect, it } from 'vitest';
import { ENTITY } from '../test/helpers.js';
import { sectionsClient } from '../test/sections-helpers.js';

const FILES = 'https://monite-file-saver-sandbox-eu-central-1.s3.amazonaws.com/sandbox/receipts';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a receipt total', () => {
  it('counts a line without a total as nothing', async () => {
    const { call } = sectionsClient();
    const receipt = (await call('POST', '/receipts', { body: { currency: 'EUR' } })).body;
    await call('POST', `/receipts/${receipt.id}/line_items`, { body: { name: 'Coffee', total: 350 } });
    const note = await call('POST', `/receipts/${receipt.id}/line_items`, { body: { name: 'Note' } });
    expect(note.status).toBe(201);
    expect((await call('GET', `/receipts/${receipt.id}`)).body.total_amount).toBe(350);
  });
});

describe("a receipt's file", () => {
  it('a base64 file on create is stored as receipt.pdf under the receipt, with an id of its own', async () => {
    const { call } = sectionsClient();
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const receipt = (
        await call('POST', '/receipts', { body: { currency: 'EUR', base64_encoded_file: 'JVBERi0xLjQ=' } })
      ).body;
      expect(receipt.file_id).toMatch(UUID);
      expect(receipt.file_url).toBe(`${FILES}/${receipt.id}/receipt.pdf`);
      expect(receipt.source_of_data).toBe('user_specified');
      ids.add(receipt.file_id);
    }
    expect(ids.size).toBe(20);
  });

  it('an empty base64 file attaches nothing', async () => {
    const { call } = sectionsClient();
    const receipt = await call('POST', '/receipts', { body: { currency: 'EUR', base64_encoded_file: '' } });
    expect(receipt.status).toBe(201);
    expect(receipt.body).not.toHaveProperty('file_id');
    expect(receipt.body).not.toHaveProperty('file_url');
  });

  it('a base64 file sent later does not replace the attached one', async () => {
    const { call, upload } = sectionsClient();
    const receipt = (await call('POST', '/receipts', { body: { currency: 'EUR' } })).body;
    const attached = (await upload(`/receipts/${receipt.id}/attach_file`, 'lunch.pdf')).body;
    const patched = await call('PATCH', `/receipts/${receipt.id}`, { body: { base64_encoded_file: 'JVBERi0xLjQ=' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ file_id: attached.file_id, file_url: `${FILES}/${receipt.id}/lunch.pdf` });
  });

  it('the file id is a pure function of the receipt id (hash parts keep their leading zeros)', async () => {
    const { call, monite } = sectionsClient();
    const id = '5c0f2a9e-7b41-4d3c-8e6a-1f2b3c4d500f';
    monite.seedResource({ collection: '/receipts', entityId: ENTITY, data: { id, currency: 'EUR' } });
    const patched = await call('PATCH', `/receipts/${id}`, { body: { base64_encoded_file: 'JVBERi0xLjQ=' } });
    expect(patched.status).toBe(200);
    expect(patched.body.file_id).toBe('0e00fb3c-967a-4067-8c00-33f2bda846f5');
  });

  it('an uploaded receipt keeps the file under its own name and is read by OCR', async () => {
    const { upload } = sectionsClient();
    const uploaded = await upload('/receipts/upload_from_file', 'taxi ride.jpg', 'image/jpeg');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      file_url: `${FILES}/${uploaded.body.id}/taxi%20ride.jpg`,
      source_of_data: 'ocr',
      ocr_status: 'processing',
    });
    expect(uploaded.body.file_id).toMatch(UUID);
    const other = await upload('/receipts/upload_from_file', 'taxi ride.jpg', 'image/jpeg');
    expect(other.body.file_id).not.toBe(uploaded.body.file_id);
  });

  it('attach_file refuses a body whose file is not a file part, and attaches nothing', async () => {
    const { call } = sectionsClient();
    const receipt = (await call('POST', '/receipts', { body: { currency: 'EUR' } })).body;
    const attached = await call('POST', `/receipts/${receipt.id}/attach_file`, { body: { file: '' } });
    expect(attached.status).toBe(422);
    expect(attached.body.detail).toEqual([
      { loc: ['body', 'file'], msg: "Value error, Expected UploadFile, received: <class 'str'>", type: 'value_error' },
    ]);
    expect((await call('GET', `/receipts/${receipt.id}`)).body).not.toHaveProperty('file_id');
  });
});
