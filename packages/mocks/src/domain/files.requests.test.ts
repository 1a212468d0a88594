// What an uploaded file becomes: a file object describes the part
// sent as `file`, and other collections take nothing from their uploads.
import { describe, expect, it } from 'vitest';
import { testClient } from '../test/helpers.js';
import { uploadedFileFields } from '../test/rule-facade.js';

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
    const { call } = testClient();
    const form = new FormData();
    form.append('cover', new Blob(['cover letter'], { type: 'text/plain' }), 'cover.txt');
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'invoice.pdf');
    form.append('file_type', 'payables');
    const response = await call('POST', '/files', { body: form, entity: null });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'invoice.pdf', mimetype: 'application/pdf', size: 8 });
  });

  it('refuses a text part where the file should be (no filename), and stores nothing', async () => {
    const { call } = testClient();
    const before = (await call('GET', '/files')).body.data.length;
    const text = new FormData();
    text.append('file', '%PDF-1.4 pasted as text');
    text.append('file_type', 'payables');
    // A Blob with an empty name goes out without a filename: a text part too.
    const nameless = new FormData();
    nameless.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), '');
    nameless.append('file_type', 'payables');
    for (const form of [text, nameless]) {
      const response = await call('POST', '/files', { body: form, entity: null });
      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        detail: [
          {
            loc: ['body', 'file'],
            msg: "Value error, Expected UploadFile, received: <class 'str'>",
            type: 'value_error',
          },
        ],
      });
    }
    expect((await call('GET', '/files')).body.data.length).toBe(before);
  });

  it('reports a missing or non-object body once, as the schema does, without a file check on top', async () => {
    const { call } = testClient();
    const missing = await call('POST', '/files');
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toEqual([{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
    const nothing = await call('POST', '/files', { body: null });
    expect(nothing.status).toBe(422);
    expect(nothing.body.detail.every((issue: { loc: unknown[] }) => issue.loc.length === 1)).toBe(true);
  });
});
