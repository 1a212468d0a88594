// What every end-to-end flow needs: `monite-mock` listening on a free port
// in this process, a client of @monite-ts/client acting for an entity
// created through the API, the mock's clock moved through its admin surface,
// and the events the API lists. Nothing is seeded or reached into: each
// flow goes through HTTP as an integrator's tests would.
import { createMoniteClient, type MoniteClient, type MoniteClientOptions, unwrap } from '@monite-ts/client';
import { type MockServer, startMockServer } from '@monite-ts/mocks/node';

/** A running mock and a client acting for a fresh entity on it. */
export interface Flow {
  server: MockServer;
  client: MoniteClient;
  entityId: string;
  /** Moves the mock's clock (`"15d"`), applying what fell due; answers the effects by kind. */
  advance(by: string): Promise<Record<string, string[]>>;
  /** Every event the API lists for the entity, oldest first (all pages). */
  events(): Promise<Array<{ action: string; object: { id?: string } | null; object_type: string }>>;
  close(): Promise<void>;
}

/** Starts a mock on a free port with a fixed clock (2024-05-25T08:00:00Z) and long-lived tokens. */
export async function startFlow(seed: string): Promise<Flow> {
  // The clock moves weeks ahead in these flows: tokens outlive it, so no step re-authenticates midway.
  const server = await startMockServer({ port: 0, seed, clock: 'fixed', tokenLifetimeSeconds: 365 * 86_400 });
  const { entity, client } = await createEntityClient(
    { baseUrl: server.url, auth: { clientId: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', clientSecret: 'e2e' } },
    { legal_name: 'Acme GmbH', email: 'finance@acme.test' },
  );
  return {
    server,
    client,
    entityId: entity.id,
    async advance(by) {
      const answer = await fetch(`${server.url}/_mock/clock`, {
        method: 'POST',
        body: JSON.stringify({ advance: by }),
      });
      if (!answer.ok) throw new Error(`clock: ${answer.status} ${await answer.text()}`);
      return ((await answer.json()) as { effects: Record<string, string[]> }).effects;
    },
    async events() {
      const all = [];
      let token: string | undefined;
      for (let page = 0; page < 100; page++) {
        const query = token ? { pagination_token: token } : { limit: 100 };
        const answer = await unwrap(client.GET('/events', { params: { query } }));
        all.push(...(answer.data as Array<{ action: string; object: { id?: string } | null; object_type: string }>));
        if (!answer.next_pagination_token) break;
        token = answer.next_pagination_token;
      }
      return all;
    },
    close: () => server.close(),
  };
}

/**
 * How an integrator's code starts: a partner client (`options`: the mock's
 * base URL and partner credentials), an organization entity in Berlin
 * created through the API, and a client acting for that entity.
 * @param organization the entity's legal name and email
 * @returns the created entity and the client scoped to it
 */
export async function createEntityClient(
  options: MoniteClientOptions,
  organization: { legal_name: string; email: string },
) {
  const partner = createMoniteClient(options);
  const entity = await unwrap(
    partner.POST('/entities', {
      body: {
        type: 'organization',
        email: organization.email,
        address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' },
        organization: { legal_name: organization.legal_name },
      },
    }),
  );
  return { entity, client: partner.withEntity(entity.id) };
}

/** A customer (and vendor) counterpart in Berlin, as a flow's documents name it, with its billing address's id. */
export async function createCounterpart(client: MoniteClient) {
  const counterpart = await unwrap(
    client.POST('/counterparts', {
      body: {
        type: 'organization',
        organization: {
          legal_name: 'Globex GmbH',
          is_vendor: true,
          is_customer: true,
          email: 'billing@globex.example',
          address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
        },
      },
    }),
  );
  // Invoices are billed to an address: the one Monite made from the counterpart's own.
  const billingAddressId = counterpart.default_billing_address_id;
  if (!billingAddressId) throw new Error('a counterpart created with an address has a default billing address');
  return { ...counterpart, billingAddressId };
}
