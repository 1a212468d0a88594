// Uploads that create a document (these were once answered with an
// object that was never stored): the created object is the entity's, and
// reading or listing it afterwards finds it.
import { describe, expect, it } from 'vitest';
import { ENTITY } from '../test/helpers.js';
import { sectionsClient } from '../test/sections-helpers.js';

// A receipt carries no entity_id field in Monite's schema.
describe.each([
  ['/payables/upload_from_file', '/payables', ENTITY],
  ['/payable_credit_notes/upload_from_file', '/payable_credit_notes', ENTITY],
  ['/receipts/upload_from_file', '/receipts', undefined],
])('POST %s', (uploadPath, collection, entityId) => {
  it(`stores what it creates in ${collection}, for the entity of the request`, async () => {
    const { call, upload } = sectionsClient();
    const created = await upload(uploadPath, 'bill-7.pdf');
    expect(created.status).toBe(201);
    expect(created.body.entity_id).toBe(entityId);
    const read = await call('GET', `${collection}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(created.body.id);
    const listed = await call('GET', collection);
    expect(listed.body.data.map((item: { id: string }) => item.id)).toContain(created.body.id);
  });
});
