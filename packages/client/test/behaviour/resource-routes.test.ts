// The resource layer built from the generated route table: every
// resource has exactly the methods and sub-resources the table lists, per-call
// options are never mistaken for a query, binary answers arrive as Blobs, and
// createMoniteResources is the one-step form of withResources.
import { describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { RESOURCE_ROUTES } from '../../src/generated/resource-routes.js';
import { createMoniteResources, withResources } from '../../src/resources/index.js';
import { createFakeFetch, json } from '../fake-fetch.js';

const BASE = 'http://x.test';
const ID = '11111111-1111-4111-8111-111111111111';
const ENTITY = '22222222-2222-4222-8222-222222222222';

/** resource key path ('' for the client itself) -> the names the table gives it: methods and sub-resources. */
function expectedKeys(): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const add = (at: string, key: string) => keys.set(at, (keys.get(at) ?? new Set()).add(key));
  for (const line of RESOURCE_ROUTES.trim().split('\n')) {
    const [resource, name] = line.split(' ') as [string, string];
    const parts = resource.split('.');
    for (const [i, part] of parts.entries()) add(parts.slice(0, i).join('.'), part);
    add(resource, name);
  }
  return keys;
}

describe('the resource tree', () => {
  it('has exactly the methods and sub-resources of the route table at every level', () => {
    const client = createMoniteClient({ baseUrl: BASE });
    const monite = withResources(client) as unknown as Record<string, unknown>;
    const own = new Set(Object.keys(client));
    for (const [at, names] of expectedKeys()) {
      type Node = Record<string, unknown>;
      const node = at.split('.').reduce<Node>((n, k) => (k === '' ? n : (n[k] as Node)), monite);
      const keys = Object.keys(node).filter((key) => at !== '' || !own.has(key));
      expect([at, keys.sort()]).toEqual([at, [...names].sort()]);
    }
  });
});

describe('method arguments', () => {
  it('takes the options of a method without body or query as options, not as a query', async () => {
    const net = createFakeFetch(() => json({ id: ID }));
    const monite = withResources(createMoniteClient({ baseUrl: BASE, fetch: net.fetch }));
    await monite.counterparts.retrieve(ID, { headers: { 'x-trace': 't-1' }, entityId: ENTITY });
    const [request] = net.requests;
    expect(request!.url.href).toBe(`${BASE}/counterparts/${ID}`);
    expect(request!.headers).toMatchObject({ 'x-trace': 't-1', 'x-monite-entity-id': ENTITY });
  });

  it('runs finally after the data is parsed, and passes the data through', async () => {
    const net = createFakeFetch(() => json({ id: ID }));
    const monite = withResources(createMoniteClient({ baseUrl: BASE, fetch: net.fetch }));
    const order: string[] = [];
    const data = await monite.counterparts.retrieve(ID).finally(() => order.push('finally'));
    order.push('awaited');
    expect(data).toEqual({ id: ID });
    expect(order).toEqual(['finally', 'awaited']);
  });

  it('resolves a binary answer to a Blob with its bytes', async () => {
    const net = createFakeFetch(
      () => new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }),
    );
    const monite = withResources(createMoniteClient({ baseUrl: BASE, fetch: net.fetch }));
    const file = (await monite.documentTemplates.preview.retrieve(ID)) as unknown;
    expect(file).toBeInstanceOf(Blob);
    expect(await (file as Blob).text()).toBe('%PDF-1.7');
  });
});

describe('createMoniteResources', () => {
  it('is createMoniteClient with the resource methods, sharing its configuration', async () => {
    const net = createFakeFetch(() => json({ data: [], next_pagination_token: null }));
    const monite = createMoniteResources({ baseUrl: BASE, fetch: net.fetch, entityId: ENTITY, auth: { token: 'tok' } });
    await monite.counterparts.list({ limit: 5 });
    await monite.GET('/counterparts');
    expect(net.requests.map((r) => [r.url.pathname, r.url.search, r.headers.authorization])).toEqual([
      ['/counterparts', '?limit=5', 'Bearer tok'],
      ['/counterparts', '', 'Bearer tok'],
    ]);
    expect(net.requests[0]!.headers['x-monite-entity-id']).toBe(ENTITY);
  });
});
