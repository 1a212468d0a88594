import { createMonite, type CreateMoniteOptions, type MoniteMock } from '../create-monite.js';

/** The API version every test request sends. */
export const VERSION = '2024-05-25';
/** Two entities, to check isolation. */
export const ENTITY = '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b';
export const OTHER_ENTITY = '1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809';

/**
 * A small client over `monite.fetch`: real Requests, real Responses, nothing
 * mocked. A `FormData` body goes out as multipart (fetch writes its boundary),
 * any other body as JSON.
 */
export function testClient(options: CreateMoniteOptions = {}, base = 'https://api.sandbox.monite.com/v1') {
  const monite: MoniteMock = createMonite(options);
  const token = monite.issueToken();
  async function call(
    method: string,
    path: string,
    init: { body?: unknown; entity?: string | null; headers?: Record<string, string>; token?: string | null } = {},
  ) {
    const headers: Record<string, string> = { 'x-monite-version': VERSION, ...init.headers };
    if (init.token !== null) headers.authorization = `Bearer ${init.token ?? token}`;
    if (init.entity !== null) headers['x-monite-entity-id'] = init.entity ?? ENTITY;
    const form = init.body instanceof FormData;
    if (init.body !== undefined && !form) headers['content-type'] = 'application/json';
    const response = await monite.fetch(
      new Request(`${base}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : form ? (init.body as FormData) : JSON.stringify(init.body),
      }),
    );
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }
  return { monite, token, call };
}

/** A configured client's credentials (`createMonite({ clients })`). */
export interface TestCredentials {
  clientId: string;
  clientSecret: string;
}

/**
 * Requests over `monite.fetch` with the token given per call and an entity
 * header only when asked, and token exchanges for configured clients: for
 * the tests of who may see what.
 */
export function callsWithTokens(monite: MoniteMock) {
  async function call(method: string, path: string, token: string, init: { body?: unknown; entity?: string } = {}) {
    const headers: Record<string, string> = { 'x-monite-version': VERSION, authorization: `Bearer ${token}` };
    if (init.entity) headers['x-monite-entity-id'] = init.entity;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await monite.fetch(
      new Request(`https://api.sandbox.monite.com/v1${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    );
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  /** A partner token of `client`, or with `entityUserId` an entity-user token. */
  async function token(client: TestCredentials, entityUserId?: string) {
    const body = {
      client_id: client.clientId,
      client_secret: client.clientSecret,
      grant_type: entityUserId ? 'entity_user' : 'client_credentials',
      ...(entityUserId ? { entity_user_id: entityUserId } : {}),
    };
    return (await call('POST', '/auth/token', '', { body })).body.access_token as string;
  }
  return { call, token };
}

/** The client id the tests' own token requests name; a mock without configured clients accepts any. */
export const TEST_CLIENT_ID = '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

/**
 * `POST {base}/auth/token` with a client-credentials grant, as a Request:
 * for tests that exchange a token the way an app does, through a real
 * `fetch` (a started server, msw's worker in a browser) or `monite.fetch`.
 * @param base the API root the token endpoint is under (e.g. `${server.url}/v1`)
 * @param credentials the client; by default TEST_CLIENT_ID with any secret
 * @param extra more fields of the grant (e.g. `entity_user_id`)
 */
export function tokenRequest(
  base: string,
  credentials: TestCredentials = { clientId: TEST_CLIENT_ID, clientSecret: 'x' },
  extra: Record<string, string> = {},
): Request {
  return new Request(`${base}/auth/token`, {
    method: 'POST',
    headers: { 'x-monite-version': VERSION, 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: 'client_credentials',
      ...extra,
    }),
  });
}

/** The headers of an authorised, entity-scoped JSON request, for tests that send raw bodies. */
export function jsonHeaders(token: string, entity: string = ENTITY): Record<string, string> {
  return {
    'x-monite-version': VERSION,
    authorization: `Bearer ${token}`,
    'x-monite-entity-id': entity,
    'content-type': 'application/json',
  };
}

/** A valid body for `POST /entities`: an organization with this legal name. */
export function entityPayload(legalName: string) {
  return {
    type: 'organization',
    email: 'owner@example.com',
    address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
    organization: { legal_name: legalName },
  };
}

/** A valid organisation counterpart payload. */
export const counterpartPayload = {
  type: 'organization',
  organization: {
    legal_name: 'Acme GmbH',
    is_vendor: true,
    is_customer: false,
    email: 'ap@acme.example',
    address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
  },
};

/** A counterpart as stored: what documents name and copy from. */
export interface StoredCounterpart {
  id: string;
  default_billing_address_id: string;
}

/** Creates the standard organisation counterpart (`counterpartPayload`) and returns it as stored. */
export async function createCounterpart(call: ReturnType<typeof testClient>['call']): Promise<StoredCounterpart> {
  return (await call('POST', '/counterparts', { body: counterpartPayload })).body;
}

/** The body of a EUR invoice to `cp`, billed to its default address, with these lines. */
export function invoiceBody(cp: StoredCounterpart, lineItems: unknown[]) {
  return {
    type: 'invoice',
    currency: 'EUR',
    counterpart_id: cp.id,
    counterpart_billing_address_id: cp.default_billing_address_id,
    line_items: lineItems,
  };
}
