// The billing module against the in-memory Monite: no network, real
// validation, the same handlers a consuming team uses in its own tests.
import { createMoniteClient, unwrap } from '@monite-ts/client';
import { createMonite } from '@monite-ts/mocks';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSupplier } from './suppliers.js';

const mock = createMonite({ seed: 'billing' });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** A client scoped to a new entity, as the app gets one after onboarding. */
async function entityClient() {
  const token = mock.issueToken('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
  const partner = createMoniteClient({ environment: 'sandbox', auth: { token } });
  const entity = await unwrap(
    partner.POST('/entities', {
      body: {
        type: 'organization',
        email: 'finance@acme.test',
        address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' },
        organization: { legal_name: 'Acme' },
      },
    }),
  );
  return createMoniteClient({ environment: 'sandbox', auth: { token }, entityId: entity.id });
}

describe('addSupplier', () => {
  it('creates a vendor counterpart and returns it as a supplier', async () => {
    const monite = await entityClient();
    const supplier = await addSupplier(monite, 'Paper & Co', 'billing@paper.test');
    expect(supplier.name).toBe('Paper & Co');
    const stored = await unwrap(
      monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: supplier.id } } }),
    );
    expect(stored).toMatchObject({ type: 'organization', organization: { is_vendor: true } });
  });

  it('reports what Monite rejects as a typed error', async () => {
    const monite = await entityClient();
    await expect(addSupplier(monite, '', 'not-an-email')).rejects.toMatchObject({ status: 422 });
  });
});
