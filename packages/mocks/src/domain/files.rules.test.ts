// What an uploaded file becomes (issue 14): a file object describes the part
// sent as `file`, and other collections take nothing from their uploads.
import { describe, expect, it } from 'vitest';
import { testClient } from '../test/helpers.js';
import { uploadedFileFields } from './files.js';

const upload = (name: string) => ({ name, mimetype: 'application/pdf', size: name.length, md5: `md5-of-${name}` });

describe('uploadedFileFields', () => {
  it('describes a file object by the part sent as `file`, not another part sent before it', () => {
    expect(uploadedFileFields('/files', { cover: upload('cover.pdf'), file: upload('invoice.pdf') })).toEqual({
      name: 'invoice.pdf',
      mimetype: 'application/pdf',
      size: 11,
      md5: 'md5-of-invoice.pdf',
    });
  });

  it('leaves other collections as the request made them, with or without an upload', () => {
    expect(uploadedFileFields('/receipts', { file: upload('receipt.pdf') })).toEqual({});
    expect(uploadedFileFields('/payables', { file: upload('bill.pdf') })).toEqual({});
    expect(uploadedFileFields('/files', undefined)).toEqual({});
  });
});

describe('POST /files', () => {
  it('stores the part named `file` when the form carries other files too', async () => {
    const { monite, token } = testClient();
    const form = new FormData();
    form.append('cover', new Blob(['cover letter'], { type: 'text/plain' }), 'cover.txt');
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'invoice.pdf');
    form.append('file_type', 'payables');
    const response = await monite.fetch(
      new Request('https://api.sandbox.monite.com/v1/files', {
        method: 'POST',
        headers: { 'x-monite-version': '2024-05-25', authorization: `Bearer ${token}` },
        body: form,
      }),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ name: 'invoice.pdf', mimetype: 'application/pdf', size: 8 });
  });
});
