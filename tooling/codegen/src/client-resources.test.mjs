import { listOperations } from '@monite-ts/openapi-model';
import { describe, expect, it } from 'vitest';
import {
  camelCase,
  checkNames,
  interfaceName,
  methodSignature,
  renderCallTable,
  renderClientResources,
  resourceMethods,
  routeLine,
} from './client-resources.mjs';
import { bundledSpecPath, readSpec } from './lib.mjs';

/** @param {unknown} schema */
const json = (schema) => ({ content: { 'application/json': { schema } } });
const page = {
  200: {
    description: 'ok',
    ...json({ type: 'object', properties: { data: { type: 'array', items: {} }, next_pagination_token: {} } }),
  },
};
const one = { 200: { description: 'ok', ...json({ type: 'object' }) } };
const created = { 201: { description: 'ok', ...json({ type: 'object' }) } };
const empty = { 204: { description: 'gone' } };
const body = { required: true, ...json({ type: 'object' }) };
const query = (required = false) => ({ name: 'status', in: 'query', required, schema: { type: 'string' } });

/**
 * A spec with just these paths.
 * @param {Record<string, any>} paths
 */
const specOf = (paths) => ({ openapi: '3.1.0', info: { title: 't', version: '2024-01-01' }, paths });
/**
 * The two operations of a spec, in listOperations' order.
 * @param {Record<string, any>} paths
 * @returns {[import('./client-resources.mjs').ResourceMethod, import('./client-resources.mjs').ResourceMethod]}
 */
const pair = (paths) => {
  const [a, b] = resourceMethods(specOf(paths));
  if (!a || !b) throw new Error('expected two operations');
  return [a, b];
};

/**
 * `METHOD /path -> resource.name` of every operation.
 * @param {Record<string, any>} paths
 */
const names = (paths) =>
  resourceMethods(specOf(paths)).map((m) => `${m.method} ${m.path} -> ${[...m.resource, m.name].join('.')}`);

describe('naming', () => {
  it.each([
    [
      'collection and item',
      {
        '/tags': { get: { responses: page }, post: { requestBody: body, responses: created } },
        '/tags/{tag_id}': {
          get: { responses: one },
          patch: { requestBody: body, responses: one },
          put: { requestBody: body, responses: one },
          delete: { responses: empty },
        },
      },
      [
        'GET /tags -> tags.list',
        'POST /tags -> tags.create',
        'GET /tags/{tag_id} -> tags.retrieve',
        'PATCH /tags/{tag_id} -> tags.update',
        'PUT /tags/{tag_id} -> tags.replace',
        'DELETE /tags/{tag_id} -> tags.delete',
      ],
    ],
    [
      'nested resources in camelCase',
      {
        '/payables/{payable_id}/line_items': { get: { responses: page }, put: { requestBody: body, responses: one } },
        '/payables/{payable_id}/line_items/{line_item_id}': { get: { responses: one } },
      },
      [
        'GET /payables/{payable_id}/line_items -> payables.lineItems.list',
        'PUT /payables/{payable_id}/line_items -> payables.lineItems.replace',
        'GET /payables/{payable_id}/line_items/{line_item_id} -> payables.lineItems.retrieve',
      ],
    ],
    [
      'actions after their segment',
      {
        '/payables/{payable_id}/approve_payment_operation': { post: { responses: one } },
        '/payables/validations/reset': { post: { responses: one } },
        '/payables/validations': { get: { responses: one } },
      },
      [
        'POST /payables/{payable_id}/approve_payment_operation -> payables.approvePaymentOperation',
        'POST /payables/validations/reset -> payables.validations.reset',
        'GET /payables/validations -> payables.validations.retrieve',
      ],
    ],
    [
      'a top-level POST-only path is a resource, not an action',
      { '/financing_tokens': { post: { responses: one } } },
      ['POST /financing_tokens -> financingTokens.create'],
    ],
    [
      'a POST-only path with paths below it is a resource',
      {
        '/batch_payments': { post: { requestBody: body, responses: one } },
        '/batch_payments/{id}': { get: { responses: one } },
      },
      ['POST /batch_payments -> batchPayments.create', 'GET /batch_payments/{id} -> batchPayments.retrieve'],
    ],
    [
      'singletons are retrieved, not listed',
      { '/entities/me': { get: { responses: one }, patch: { requestBody: body, responses: one } } },
      ['GET /entities/me -> entities.me.retrieve', 'PATCH /entities/me -> entities.me.update'],
    ],
    [
      'a clash: fewer path parameters keep the name, the others get ById',
      {
        '/bank_accounts/complete_verification': { post: { responses: one } },
        '/bank_accounts/{bank_account_id}/complete_verification': { post: { responses: one } },
      },
      [
        'POST /bank_accounts/complete_verification -> bankAccounts.completeVerification',
        'POST /bank_accounts/{bank_account_id}/complete_verification -> bankAccounts.completeVerificationById',
      ],
    ],
  ])('%s', (_, paths, expected) => {
    expect(names(paths).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['approve_payment_operation', 'approvePaymentOperation'],
    ['vat_ids', 'vatIds'],
    ['e-invoicing', 'eInvoicing'],
    ['3ds', '_3ds'],
  ])('camelCase(%s) is %s', (segment, expected) => expect(camelCase(segment)).toBe(expected));

  it('fails when a name still clashes, or shadows the client', () => {
    /** @param {Partial<{ path: string, resource: string[], name: string }>} over */
    const method = (over) => ({ method: 'GET', path: '/x', resource: ['x'], name: 'list', pathParams: [], ...over });
    expect(() => checkNames([method({}), method({ path: '/y' })])).toThrow(/would name both GET \/x and GET \/y/);
    expect(() =>
      checkNames([method({ name: 'lineItems' }), method({ resource: ['x', 'lineItems'], path: '/z' })]),
    ).toThrow(/has the name of a resource/);
    expect(() => checkNames([method({ resource: ['withEntity'] })])).toThrow(/hide the client's own withEntity/);
  });
});

describe('arguments and types', () => {
  it('puts path parameters first, then the body or the query, then options', () => {
    const [list, create] = pair({
      '/counterparts/{counterpart_id}/contacts': {
        post: { operationId: 'c', requestBody: body, responses: created },
        get: { parameters: [query(true)], responses: page },
      },
    });
    expect(methodSignature(create)).toBe(
      "create(counterpartId: string, body: MonitePaths['/counterparts/{counterpart_id}/contacts']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/contacts']['post']['responses'][201]['content']['application/json']>;",
    );
    expect(methodSignature(list)).toMatch(
      /^list\(counterpartId: string, query: NonNullable<.*\['parameters'\]\['query'\]>, options\?: MoniteListOptions\): MoniteListPromise<.*\['data'\]\[number\]>;$/,
    );
    expect(routeLine(create)).toBe('counterparts.contacts create POST /counterparts/{counterpart_id}/contacts b');
    expect(routeLine(list)).toBe('counterparts.contacts list GET /counterparts/{counterpart_id}/contacts ql');
  });

  it('makes optional what the operation does not require, and types empty answers undefined', () => {
    const [get, del] = pair({
      '/tags': { get: { parameters: [query()], responses: page } },
      '/tags/{id}': { delete: { responses: empty } },
    });
    expect(methodSignature(get)).toMatch(/^list\(query\?: /);
    expect(methodSignature(del)).toBe('delete(id: string, options?: MoniteRequestOptions): MonitePromise<undefined>;');
    expect(interfaceName(['payables', 'lineItems'])).toBe('MonitePayablesLineItemsResource');
  });

  it('renders the route table and an interface per resource', () => {
    const { files } = renderClientResources(specOf({ '/tags/{tag_id}': { get: { responses: one } } }));
    expect(files['resource-routes.ts']).toContain('tags retrieve GET /tags/{tag_id}\n');
    expect(files['resource-types.ts']).toContain('readonly tags: MoniteTagsResource;');
    expect(files['resource-types.ts']).toContain('export interface MoniteTagsResource {');
  });
});

describe('the path calls table', () => {
  it('writes each call out: init tuple (optional when nothing is required), data, errors', () => {
    /** @param {string} name */
    const schemaRef = (name) => ({ $ref: `#/components/schemas/${name}` });
    const table = renderCallTable(
      resourceMethods(
        specOf({
          '/tags': {
            get: {
              responses: {
                200: { description: 'ok', ...json(schemaRef('TagList')) },
                422: { description: 'bad', ...json(schemaRef('Error')) },
              },
            },
            post: { requestBody: body, responses: created },
          },
          '/tags/{tag_id}': { delete: { responses: empty } },
        }),
      ),
    );
    expect(table).toContain(
      "  '/tags': { init: [init?: { params?: paths['/tags']['get']['parameters']; body?: never } & MoniteInit]; data: components['schemas']['TagList']; error: components['schemas']['Error'] };",
    );
    expect(table).toContain(
      "  '/tags': { init: [init: { params?: paths['/tags']['post']['parameters']; body: paths['/tags']['post']['requestBody']['content']['application/json'] } & MoniteInit]; data: paths['/tags']['post']['responses'][201]['content']['application/json']; error: never };",
    );
    expect(table).toContain(
      "  '/tags/{tag_id}': { init: [init: { params: paths['/tags/{tag_id}']['delete']['parameters']; body?: never } & MoniteInit]; data: undefined; error: never };",
    );
    expect(table).toContain('export interface CallTable {');
  });
});

describe('the bundled spec', () => {
  // Read, not counted by hand: the spec grows, and every operation must have a method.
  const spec = readSpec(bundledSpecPath({}));
  const operations = listOperations(spec, { methods: ['get', 'put', 'post', 'delete', 'patch'] });
  const methods = resourceMethods(spec);

  it('gives every operation exactly one method', () => {
    expect(methods.map((m) => `${m.method} ${m.path}`).sort()).toEqual(
      operations.map((o) => `${o.method} ${o.path}`).sort(),
    );
  });

  it('gives no two operations the same name', () => {
    const keys = methods.map((m) => [...m.resource, m.name].join('.'));
    expect(new Set(keys).size).toBe(operations.length);
  });

  it('names the documented examples as the README says', () => {
    /**
     * @param {string} method
     * @param {string} path
     */
    const name = (method, path) => {
      const m = methods.find((x) => x.method === method && x.path === path);
      return m && [...m.resource, m.name].join('.');
    };
    expect(name('POST', '/counterparts/{counterpart_id}/contacts')).toBe('counterparts.contacts.create');
    expect(name('GET', '/payables/{payable_id}/line_items')).toBe('payables.lineItems.list');
    expect(name('POST', '/payables/{payable_id}/approve_payment_operation')).toBe('payables.approvePaymentOperation');
    expect(name('POST', '/receivables/{receivable_id}/issue')).toBe('receivables.issue');
    expect(name('GET', '/receivables')).toBe('receivables.list');
  });
});
