import { describe, expect, it } from 'vitest';
import { createMonite } from '../create-monite.js';
import { fakeIban } from '../schema/fake-data.js';
import { createRandom } from '../schema/random.js';
import { counterpartPayload, ENTITY, testClient } from '../test/helpers.js';

/** mod-97 check of an IBAN, independent of the generator. */
function ibanIsValid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  const digits = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

async function flow(seed: number) {
  const { call } = testClient({ seed });
  const counterpart = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
  const account = (
    await call('POST', `/counterparts/${counterpart.id}/bank_accounts`, { body: { country: 'DE', currency: 'EUR' } })
  ).body;
  const settings = (await call('GET', '/settings', { entity: null })).body;
  return { counterpart, account, settings };
}

describe('deterministic data', () => {
  it('gives the same data for the same seed and different data for another', async () => {
    const a = await flow(7);
    const b = await flow(7);
    const c = await flow(8);
    expect(a).toEqual(b);
    expect(c.counterpart.id).not.toBe(a.counterpart.id);
  });

  it('generates realistic values for unset fields', async () => {
    const { account } = await flow(1);
    expect(account.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(account.country).toBe('DE');
    const random = createRandom(99);
    for (let i = 0; i < 50; i++) expect(ibanIsValid(fakeIban(random))).toBe(true);
  });

  it('keeps a singleton stable and lets PATCH change it', async () => {
    const { call } = testClient();
    const first = (await call('GET', '/settings', { entity: null })).body;
    expect((await call('GET', '/settings', { entity: null })).body).toEqual(first);
    const patched = await call('PATCH', '/settings', { entity: null, body: { commercial_conditions: ['Net 30'] } });
    expect(patched.status).toBe(200);
    expect((await call('GET', '/settings', { entity: null })).body.commercial_conditions).toEqual(['Net 30']);
  });
});

describe('fixtures and reset', () => {
  it('starts from fixtures and returns to them on reset', async () => {
    const id = '0f0e0d0c-0b0a-4908-8706-050403020100';
    const { call, monite } = testClient({
      fixtures: [
        {
          collection: '/counterparts',
          entityId: ENTITY,
          data: {
            id,
            type: 'organization',
            organization: { legal_name: 'Fixture Oy', is_vendor: true, is_customer: true },
          },
        },
      ],
    });
    expect((await call('GET', `/counterparts/${id}`)).body.organization.legal_name).toBe('Fixture Oy');
    await call('POST', '/counterparts', { body: counterpartPayload });
    await call('DELETE', `/counterparts/${id}`);
    expect(monite.list('/counterparts', ENTITY)).toHaveLength(1);
    monite.reset();
    expect(monite.list('/counterparts', ENTITY).map((c) => c.id)).toEqual([id]);
  });

  it('forgets tokens on reset', async () => {
    const monite = createMonite();
    const token = monite.issueToken();
    const request = () =>
      monite.fetch(
        new Request('https://api.monite.com/v1/counterparts', {
          headers: { 'x-monite-version': '2024-05-25', authorization: `Bearer ${token}`, 'x-monite-entity-id': ENTITY },
        }),
      );
    expect((await request()).status).toBe(200);
    monite.reset();
    expect((await request()).status).toBe(401);
  });
});
