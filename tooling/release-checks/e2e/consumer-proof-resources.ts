// The resource methods as a user's app calls them, from the published
// `@monite-ts/client/resources` entry: type-checked (with the TypeScript the
// workspace uses and with the oldest one the packages support) and run as ESM
// and as CommonJS against monite-mock by consumer-proof.e2e.test.ts. Prints
// one JSON line.
import { createMoniteClient, MoniteNotFoundError } from '@monite-ts/client';
import { withResources } from '@monite-ts/client/resources';

async function main(): Promise<void> {
  const baseUrl = process.env.MONITE_URL!;
  const auth = { clientId: '7f3c2a1e-5b8d-4c6f-9e0a-1d2b3c4d5e6f', clientSecret: 'consumer-proof-secret' };
  const partner = withResources(createMoniteClient({ baseUrl, auth }));
  const entity = await partner.entities.create({
    type: 'organization',
    email: 'finance@acme.example',
    address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Invalidenstr. 1' },
    organization: { legal_name: 'Acme GmbH' },
  });
  const monite = partner.withEntity(entity.id);
  const created = await monite.counterparts.create({
    type: 'organization',
    organization: {
      legal_name: 'Resource Ltd',
      is_customer: true,
      is_vendor: false,
      address: { country: 'IE', city: 'Dublin', postal_code: 'D02', line1: '1 Main St' },
    },
  });
  const { data: read, requestId } = await monite.counterparts.retrieve(created.id).withResponse();
  // @ts-expect-error the path parameter is a string
  void monite.counterparts.retrieve(42);
  const listed: string[] = [];
  for await (const counterpart of monite.counterparts.list({ limit: 10 })) listed.push(counterpart.id);
  const notFound = await monite.counterparts
    .retrieve('00000000-0000-4000-8000-000000000000')
    .then(() => 0)
    .catch((error: unknown) => (error instanceof MoniteNotFoundError ? error.status : -1));
  console.log(
    JSON.stringify({
      format: typeof require === 'undefined' ? 'esm' : 'cjs',
      createdId: created.id,
      readId: read.id,
      requestId: requestId ?? null,
      listed,
      notFound,
    }),
  );
}

// No top-level await: CommonJS has none, and the same source must compile as both.
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
