import { describe, expect, it } from 'vitest';
import { createFakeFetch, json } from '../../test/fake-fetch.js';
import { createMoniteClient } from '../client/create-client.js';
import { isUploadBody, toFormData } from './form-data.js';

const BASE = 'http://x.test';
const ENTITY = '11111111-1111-4111-8111-111111111111';

describe('uploads', () => {
  it('sends POST /files as multipart/form-data with the file and its fields', async () => {
    const net = createFakeFetch(() => json({ id: 'f-1' }, 201));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: { token: 't' } });
    const file = new File(['%PDF-1.7 invoice'], 'invoice.pdf', { type: 'application/pdf' });
    const { data } = await monite.POST('/files', { body: { file, file_type: 'payables' } });
    expect(data).toEqual({ id: 'f-1' });
    const [request] = net.requests;
    expect(request!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await request!.raw.formData();
    const sent = form.get('file') as File;
    expect(sent.name).toBe('invoice.pdf');
    expect(sent.type).toBe('application/pdf');
    expect(await sent.text()).toBe('%PDF-1.7 invoice');
    expect(form.get('file_type')).toBe('payables');
  });

  it('uploads a payable from a file with the entity header', async () => {
    const net = createFakeFetch(() => json({ id: 'p-1', status: 'draft' }, 201));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, entityId: ENTITY });
    await monite.POST('/payables/upload_from_file', {
      body: { file: new Blob(['bytes'], { type: 'application/pdf' }) },
    });
    const [request] = net.requests;
    expect(request!.url.pathname).toBe('/payables/upload_from_file');
    expect(request!.headers['x-monite-entity-id']).toBe(ENTITY);
    const sent = (await request!.raw.formData()).get('file') as File;
    expect(sent.name).toBe('blob');
    expect(await sent.text()).toBe('bytes');
  });

  it('re-sends the whole file when an upload is retried', async () => {
    const net = createFakeFetch((_, index) => (index === 0 ? json({}, 503) : json({ file_id: 'logo' })));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: { initialDelayMs: 1 } });
    await monite.PUT('/entities/{entity_id}/logo', {
      params: { path: { entity_id: ENTITY } },
      body: { file: new File(['png-bytes'], 'logo.png') },
    });
    expect(net.requests).toHaveLength(2);
    for (const request of net.requests) {
      const sent = (await request.raw.formData()).get('file') as File;
      expect(await sent.text()).toBe('png-bytes');
    }
  });
});

describe('toFormData', () => {
  it('repeats arrays, stringifies scalars and objects, and skips null and undefined', () => {
    const form = toFormData({
      file: new Blob(['x']),
      tags: ['a', 'b'],
      count: 3,
      flag: false,
      meta: { k: 1 },
      none: null,
      missing: undefined,
    });
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    expect(form.get('count')).toBe('3');
    expect(form.get('flag')).toBe('false');
    expect(form.get('meta')).toBe('{"k":1}');
    expect(form.has('none')).toBe(false);
    expect(form.has('missing')).toBe(false);
  });

  it('recognises uploads only by a Blob value', () => {
    expect(isUploadBody({ file: new Blob([]) })).toBe(true);
    expect(isUploadBody({ files: [new Blob([])] })).toBe(true);
    expect(isUploadBody({ name: 'x' })).toBe(false);
    expect(isUploadBody(null)).toBe(false);
    expect(isUploadBody('text')).toBe(false);
  });
});
