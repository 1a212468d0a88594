// What a user's app does with the published packages: create an entity as a
// partner, then a counterpart in it, read it back and list it. One source for
// both module systems: consumer-proof.e2e.test.ts copies it to consumer.mts
// and consumer.cts, so TypeScript checks and emits it once as ESM (import)
// and once as CommonJS (require), and runs both against monite-mock. Each
// prints one JSON line.
import { createMoniteClient, MoniteApiError, paginate, unwrap } from '@monite-ts/client';
import type { components } from '@monite-ts/types';
import * as mocks from '@monite-ts/mocks';

type Counterpart = components['schemas']['CounterpartResponse'];

async function main(): Promise<void> {
  const baseUrl = process.env.MONITE_URL!;
  const auth = { clientId: '7f3c2a1e-5b8d-4c6f-9e0a-1d2b3c4d5e6f', clientSecret: 'consumer-proof-secret' };

  const partner = createMoniteClient({ baseUrl, auth });
  const entity = await unwrap(
    partner.POST('/entities', {
      body: {
        type: 'organization',
        email: 'finance@acme.example',
        address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Invalidenstr. 1' },
        organization: { legal_name: 'Acme GmbH' },
      },
    }),
  );

  const monite = createMoniteClient({ baseUrl, auth, entityId: entity.id });
  const created = await unwrap(
    monite.POST('/counterparts', {
      body: {
        type: 'organization',
        organization: {
          legal_name: "O'Brien Ltd",
          is_customer: true,
          is_vendor: false,
          address: { country: 'IE', city: 'Dublin', postal_code: 'D02', line1: '1 Main St' },
        },
      },
    }),
  );
  const read: Counterpart = await unwrap(
    monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: created.id } } }),
  );
  // @ts-expect-error the types are precise: there is no such field
  void read.no_such_field;

  const listed: string[] = [];
  for await (const counterpart of paginate(monite, '/counterparts', { params: { query: { limit: 10 } } }))
    listed.push(counterpart.id);

  let notFound = 0;
  try {
    await unwrap(
      monite.GET('/counterparts/{counterpart_id}', {
        params: { path: { counterpart_id: '00000000-0000-4000-8000-000000000000' } },
      }),
    );
  } catch (error) {
    if (error instanceof MoniteApiError) notFound = error.status;
  }

  console.log(
    JSON.stringify({
      format: typeof require === 'undefined' ? 'esm' : 'cjs',
      entityId: entity.id,
      createdId: created.id,
      readId: read.id,
      legalName: 'organization' in read ? read.organization?.legal_name : undefined,
      listed,
      notFound,
      mocksExports: Object.keys(mocks).length,
    }),
  );
}

// No top-level await: CommonJS has none, and the same source must compile as both.
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
