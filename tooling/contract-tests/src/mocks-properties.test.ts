// Property-based contract of the mocks: for every operation of the bundled
// spec, fast-check generates requests from the spec's own schemas.
// - Valid requests (parameters and bodies that validate against the spec,
//   the items they address present in the store) must get a status the spec
//   declares for the operation, with a body that validates against the
//   schema declared for that status.
// - Invalid requests (one thing broken: a required body field, a path
//   parameter's format, the version header, the token, the page size, the
//   JSON itself) must get a 4xx, never a 5xx.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMonite, type MockOperation, operations, referencedObjects, references } from '@monite-ts/mocks';
import {
  flattenAllOf,
  pointerTokens,
  resolveObject,
  resolveRef,
  toPointer,
  withSiblings,
} from '@monite-ts/openapi-model';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { getResponse } from 'msw';
import { afterAll, describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: schemas are walked dynamically; fast-check and ajv take them untyped
type Schema = Record<string, any>;
const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@monite-ts/spec/openapi.json'), 'utf8')) as Schema;

// FastAPI emits `additionalProperties: false` beside an `anyOf` with no
// `properties` on six request schemas; JSON Schema then forbids every
// property, so no body could be valid. The mocks lift it (see the generator);
// the contract reads the spec the same way.
function liftUnsatisfiableClosures(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) liftUnsatisfiableClosures(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Schema;
  if (schema.additionalProperties === false && !schema.properties && (schema.anyOf || schema.oneOf || schema.allOf))
    delete schema.additionalProperties;
  Object.values(schema).forEach(liftUnsatisfiableClosures);
}
liftUnsatisfiableClosures(spec.components.schemas);

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
addFormats(ajv);
for (const format of ['color', 'ipvanyaddress', 'binary', 'password', 'byte']) ajv.addFormat(format, true);
ajv.addSchema({ ...spec, $id: 'spec.json' });

/**
 * Follows a non-schema `$ref` (parameter, response, request body) to its
 * object, with the location it lives at; schema refs stay, as ajv resolves them.
 */
const deref = (node: Schema, path: string[]): { node: Schema; path: string[] } => {
  const resolved = resolveObject(spec, node, { strict: true });
  return resolved.ref === undefined
    ? { node, path }
    : { node: resolved.node as Schema, path: pointerTokens(resolved.ref) };
};
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
/** A validator for the schema at a location of the spec, so internal `$ref`s resolve as written. */
function validatorAt(path: string[]) {
  const key = toPointer(path);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: `spec.json${key}` });
    validators.set(key, validate);
  }
  return validate;
}

/** A schema with its `$ref` chain followed and the siblings of each `$ref` laid over the target. */
const resolve = (schema: Schema): Schema => withSiblings(resolveRef(spec, schema)) ?? {};
const omit = (o: Schema, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** An object arbitrary with some keys always present and the others sometimes. */
function recordOf(model: Record<string, fc.Arbitrary<unknown>>, requiredKeys: string[]): fc.Arbitrary<Schema> {
  return fc.record(model, { requiredKeys: requiredKeys as never[] }) as fc.Arbitrary<Schema>;
}

/** A fast-check arbitrary of values meant to satisfy a schema (checked with ajv before use). */
function arbitrary(input: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  if (Array.isArray(schema.allOf)) return arbitrary(flattenAllOf(spec, schema), depth);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches)) return fc.oneof(...branches.map((b: Schema) => arbitrary(b, depth + 1)));
  const types: string[] = Array.isArray(schema.type)
    ? schema.type
    : schema.type
      ? [schema.type]
      : schema.properties
        ? ['object']
        : ['string'];
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitrary({ ...schema, type }, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
      return fc.integer({ min: Math.ceil(Math.max(min, -1e9)), max: Math.floor(Math.min(max, 1e9)) });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? minLength + 2, minLength + 2));
      if (depth > 5) return fc.constant(Array.from({ length: minLength }, () => null));
      return schema.uniqueItems
        ? fc.uniqueArray(arbitrary(schema.items ?? {}, depth + 1), {
            minLength,
            maxLength,
            selector: (v) => JSON.stringify(v),
          })
        : fc.array(arbitrary(schema.items ?? {}, depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const required: string[] = schema.required ?? [];
      const properties: Schema = schema.properties ?? {};
      const keys = Object.keys(properties).filter((key) => required.includes(key) || depth < 3);
      return recordOf(
        Object.fromEntries(keys.map((key) => [key, arbitrary(properties[key], depth + 1)])),
        required.filter((k) => keys.includes(k)),
      );
    }
    default: {
      switch (schema.format) {
        case 'uuid':
          return fc.uuid({ version: 4 });
        case 'date':
          return fc
            .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10));
        case 'date-time':
          return fc
            .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString());
        case 'email':
          return fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.com$/);
        case 'uri':
          return fc.stringMatching(/^[a-z]{1,8}$/).map((s) => `https://example.com/${s}`);
        case 'hostname':
          return fc.stringMatching(/^[a-z]{1,8}\.example\.com$/);
      }
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      const minLength = schema.minLength ?? 0;
      return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 12, 12)) });
    }
  }
}

const ENTITY = '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b';
const TOKEN = 'contract-token';
const VERSION = '2024-05-25';
const monite = createMonite({ seed: 'contract', tokens: [TOKEN] });

interface Generated {
  url: string;
  init: Omit<RequestInit, 'headers'> & { headers: Record<string, string> };
  body?: unknown;
  pathParams: Record<string, string>;
}

interface OperationSpec {
  op: MockOperation;
  item: Schema;
  parameters: Schema[];
  bodySchema?: { schema: Schema; contentType: string; required: boolean; path: string[] };
}

const specs: OperationSpec[] = operations.map((op) => {
  const item = spec.paths[op.path][op.method.toLowerCase()];
  const parameters = [...(spec.paths[op.path].parameters ?? []), ...(item.parameters ?? [])].map(
    (p: Schema) => deref(p, []).node,
  );
  const body = item.requestBody
    ? deref(item.requestBody, ['paths', op.path, op.method.toLowerCase(), 'requestBody'])
    : undefined;
  const contentType = body ? Object.keys(body.node.content)[0]! : '';
  return {
    op,
    item,
    parameters,
    bodySchema: body
      ? {
          schema: body.node.content[contentType].schema ?? {},
          contentType,
          required: body.node.required === true,
          path: [...body.path, 'content', contentType, 'schema'],
        }
      : undefined,
  };
});

function requestArbitrary(s: OperationSpec): fc.Arbitrary<Generated> {
  const pathParams = s.parameters.filter((p) => p.in === 'path');
  const query = s.parameters.filter((p) => p.in === 'query' && p.name !== 'pagination_token');
  const headers = s.parameters.filter(
    (p) => p.in === 'header' && !['x-monite-version', 'x-monite-entity-id'].includes(p.name.toLowerCase()),
  );
  const queryArb = recordOf(
    Object.fromEntries(query.map((p) => [p.name, arbitrary(p.schema ?? {})])),
    query.filter((p) => p.required).map((p) => p.name),
  );
  const headerArb = recordOf(
    Object.fromEntries(headers.map((p) => [p.name, arbitrary(p.schema ?? {})])),
    headers.filter((p) => p.required).map((p) => p.name),
  );
  const pathArb = recordOf(
    Object.fromEntries(
      pathParams.map((p) => [
        p.name,
        arbitrary(p.schema ?? {}).filter((v) => String(v).length > 0 && !String(v).includes('/')),
      ]),
    ),
    pathParams.map((p) => p.name),
  );
  // A made-up pagination token is invalid in a body as in a query (POST /receivables/search pages from its body).
  const bodyArb = s.bodySchema
    ? arbitrary(s.bodySchema.schema).map((body) => {
        if (!body || typeof body !== 'object' || Array.isArray(body) || !('pagination_token' in body)) return body;
        const { pagination_token: _ignored, ...rest } = body as Schema;
        return rest;
      })
    : fc.constant(undefined);
  return fc
    .record({ path: pathArb, query: queryArb, header: headerArb, body: bodyArb })
    .map(({ path, query: q, header, body }) => {
      const concrete = s.op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodeURIComponent(String((path as Schema)[name])),
      );
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(q as Schema)) {
        // A query string cannot say null: a null value is the parameter left out.
        for (const v of Array.isArray(value) ? value : [value]) if (v !== null) search.append(name, String(v));
      }
      const requestHeaders: Record<string, string> = { 'x-monite-version': VERSION, authorization: `Bearer ${TOKEN}` };
      if (s.op.entityScoped) requestHeaders['x-monite-entity-id'] = ENTITY;
      for (const [name, value] of Object.entries(header as Schema)) requestHeaders[name] = String(value);
      const init: Generated['init'] = { method: s.op.method, headers: requestHeaders };
      if (s.bodySchema && body !== undefined) {
        if (s.bodySchema.contentType.includes('json')) {
          requestHeaders['content-type'] = 'application/json';
          init.body = JSON.stringify(body);
        } else {
          const form = new FormData();
          const properties: Schema = resolve(s.bodySchema.schema).properties ?? {};
          for (const [name, value] of Object.entries(body as Schema)) {
            if (resolve(properties[name] ?? {}).format === 'binary')
              form.append(name, new Blob([String(value)]), 'upload.pdf');
            else form.append(name, String(value));
          }
          init.body = form;
        }
      }
      const suffix = search.toString();
      return {
        url: `https://api.sandbox.monite.com/v1${concrete}${suffix ? `?${suffix}` : ''}`,
        init,
        body,
        pathParams: Object.fromEntries(Object.entries(path as Schema).map(([k, v]) => [k, String(v)])),
      };
    });
}

/** Whether a generated request satisfies the spec (the generator is approximate; ajv decides). */
function isValid(s: OperationSpec, generated: Generated): boolean {
  for (const p of s.parameters.filter((x) => x.in === 'path')) {
    const value = generated.pathParams[p.name]!;
    const validate = ajv.compile(p.schema ?? {});
    if (!validate(value)) return false;
  }
  // A rule the schema cannot say (API-FACTS: the entity_user grant needs entity_user_id); Monite and the mock refuse it.
  const body = generated.body as Schema | undefined;
  if (s.op.operationId === 'post_auth_token' && body?.grant_type === 'entity_user' && !body.entity_user_id)
    return false;
  if (s.bodySchema?.contentType.includes('json')) return validatorAt(s.bodySchema.path)(generated.body) as boolean;
  return true;
}

/** Puts every item the path addresses in the store, so a valid request is not a 404. */
function seedPath(op: MockOperation, params: Record<string, string>): void {
  const segments = op.path.split('/').filter(Boolean);
  segments.forEach((segment, index) => {
    if (index === 0 || !segment.startsWith('{')) return;
    const collection = `/${segments.slice(0, index).join('/')}`;
    // Only stored collections: a trailing parameter of a singleton path names nothing stored.
    monite.seedResource({
      collection,
      params,
      entityId: op.entityScoped ? ENTITY : undefined,
      data: { id: params[segment.slice(1, -1)]! },
    });
  });
}

/**
 * Puts every object the body names (counterparts, products, tags, ...) in the
 * store: the mock refuses references to unknown objects, as Monite does, so a
 * valid request names objects that exist.
 */
function seedReferences(op: MockOperation, body: unknown): void {
  for (const { collection, id } of referencedObjects(references[op.operationId] ?? [], body)) {
    monite.seedResource({ collection, entityId: op.entityScoped ? ENTITY : undefined, data: { id } });
  }
}

const counts = {
  operations: 0,
  validRequests: 0,
  validSkipped: 0,
  invalidRequests: 0,
  validStatuses: {} as Record<string, number>,
  invalidStatuses: {} as Record<string, number>,
};

async function send(generated: Generated): Promise<Response> {
  const response = await getResponse(monite.handlers, new Request(generated.url, generated.init));
  if (!response) throw new Error(`unhandled: ${generated.init.method} ${generated.url}`);
  return response;
}

const VALID_RUNS = Number(process.env.MOCK_PROPERTY_RUNS ?? 6);
const INVALID_RUNS = Number(process.env.MOCK_PROPERTY_RUNS ?? 6);

describe('mocks answer as the spec declares (property-based)', () => {
  afterAll(() => {
    console.log(
      `mock properties: ${counts.operations} operations, ${counts.validRequests} valid requests checked (${counts.validSkipped} generated requests the spec or a documented rule rejects, skipped), ${counts.invalidRequests} invalid requests checked; statuses of valid ${JSON.stringify(counts.validStatuses)}, of invalid ${JSON.stringify(counts.invalidStatuses)}`,
    );
  });

  it.each(specs.map((s) => [`${s.op.method} ${s.op.path}`, s] as const))(
    '%s: valid requests get declared statuses and bodies',
    async (_name, s) => {
      counts.operations += 1;
      let checked = 0;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(s), async (generated) => {
          if (!isValid(s, generated)) {
            counts.validSkipped += 1;
            return;
          }
          monite.reset();
          seedPath(s.op, generated.pathParams);
          seedReferences(s.op, generated.body);
          const response = await send(generated);
          checked += 1;
          counts.validRequests += 1;
          counts.validStatuses[response.status] = (counts.validStatuses[response.status] ?? 0) + 1;
          const declared = Object.keys(s.item.responses);
          expect(
            declared,
            `${s.op.method} ${s.op.path} answered ${response.status}: ${await response.clone().text()}`,
          ).toContain(String(response.status));
          // A request the spec accepts must pass the mock's validation too: no 422, no 5xx.
          expect(response.status, `valid request refused: ${await response.clone().text()}`).not.toBe(422);
          expect(response.status, `valid request failed: ${await response.clone().text()}`).toBeLessThan(500);
          const declaredResponse = deref(s.item.responses[String(response.status)], [
            'paths',
            s.op.path,
            s.op.method.toLowerCase(),
            'responses',
            String(response.status),
          ]);
          const jsonType = Object.keys(declaredResponse.node.content ?? {}).find((t) => t.includes('json'));
          if (jsonType) {
            const body = await response.json();
            const validate = validatorAt([...declaredResponse.path, 'content', jsonType, 'schema']);
            expect(
              validate(body),
              `${s.op.method} ${s.op.path} ${response.status} body breaks the spec: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
            ).toBe(true);
          }
        }),
        { numRuns: VALID_RUNS, seed: 20240525 },
      );
      expect(checked, `no valid request could be generated for ${s.op.method} ${s.op.path}`).toBeGreaterThan(0);
    },
  );

  it.each(specs.map((s) => [`${s.op.method} ${s.op.path}`, s] as const))(
    '%s: invalid requests get 4xx, never 5xx',
    async (_name, s) => {
      type Mutation = (g: Generated) => Generated | undefined;
      const mutations: fc.Arbitrary<Mutation>[] = [
        fc.constant<Mutation>((g) => ({
          ...g,
          init: { ...g.init, headers: omit(g.init.headers, 'x-monite-version') as Record<string, string> },
        })),
        fc.constant<Mutation>((g) =>
          s.op.secured
            ? { ...g, init: { ...g.init, headers: { ...g.init.headers, authorization: 'Bearer forged' } } }
            : undefined,
        ),
        fc.constant<Mutation>((g) =>
          // Only where the header is required: a few operations (OCR tasks) take it optionally.
          s.op.entityScoped &&
          s.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'x-monite-entity-id' && p.required)
            ? {
                ...g,
                init: { ...g.init, headers: omit(g.init.headers, 'x-monite-entity-id') as Record<string, string> },
              }
            : undefined,
        ),
        fc.constant<Mutation>((g) => {
          const uuidParam = s.parameters.find((p) => p.in === 'path' && p.schema?.format === 'uuid');
          return uuidParam
            ? { ...g, url: g.url.replace(encodeURIComponent(g.pathParams[uuidParam.name]!), 'not-a-uuid') }
            : undefined;
        }),
        fc.integer({ min: 1, max: 100_000 }).map(
          (excess): Mutation =>
            (g) => {
              const limit = s.parameters.find((p) => p.in === 'query' && p.name === 'limit');
              if (!limit) return undefined;
              // Just past the parameter's own maximum (100 on most lists, 500 on the accounting ones).
              const maximum =
                typeof resolve(limit.schema ?? {}).maximum === 'number' ? resolve(limit.schema).maximum : 100;
              const url = new URL(g.url);
              url.searchParams.set('limit', String(maximum + excess));
              return { ...g, url: url.toString() };
            },
        ),
        fc.constant<Mutation>((g) =>
          s.bodySchema?.contentType.includes('json') ? { ...g, init: { ...g.init, body: '{"broken":' } } : undefined,
        ),
        fc.constant<Mutation>((g) => {
          const required: string[] = s.bodySchema ? (resolve(s.bodySchema.schema).required ?? []) : [];
          if (
            !s.bodySchema?.contentType.includes('json') ||
            required.length === 0 ||
            typeof g.body !== 'object' ||
            g.body === null
          )
            return undefined;
          return { ...g, init: { ...g.init, body: JSON.stringify(omit(g.body as Schema, required[0]!)) } };
        }),
      ];
      await fc.assert(
        fc.asyncProperty(requestArbitrary(s), fc.oneof(...mutations), async (generated, mutate) => {
          const broken = mutate(generated);
          if (!broken) return;
          monite.reset();
          seedPath(s.op, generated.pathParams);
          seedReferences(s.op, generated.body);
          const response = await send(broken);
          counts.invalidRequests += 1;
          counts.invalidStatuses[response.status] = (counts.invalidStatuses[response.status] ?? 0) + 1;
          expect(response.status, `${s.op.method} ${s.op.path}: ${await response.text()}`).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: INVALID_RUNS, seed: 20240525 },
      );
    },
  );
});
