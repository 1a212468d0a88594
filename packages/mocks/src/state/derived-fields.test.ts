/** Fields and objects Monite derives from what is stored, through the API. */
import { describe, expect, test } from 'vitest';
import { counterpartPayload, testClient } from '../test/helpers.js';

describe('derived on create', () => {
  test("a counterpart's address is its first address and its default billing address", async () => {
    const { call } = testClient();
    const counterpart = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const addresses = (await call('GET', `/counterparts/${counterpart.id}/addresses`)).body.data;
    expect(addresses).toHaveLength(1);
    expect(addresses[0]).toMatchObject(counterpartPayload.organization.address);
    expect(counterpart.default_billing_address_id).toBe(addresses[0].id);
    const read = (await call('GET', `/counterparts/${counterpart.id}`)).body;
    expect(read.default_billing_address_id).toBe(addresses[0].id);
  });
});
