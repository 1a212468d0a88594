// The errors every operation answers are errors it declares: for EVERY
// operation of the bundled spec (not a sample), the mock's answer to
// - a request without `x-monite-version` (400 `missing_api_version`),
// - a request without a bearer token, where the operation takes one (401),
// - a valid request naming an unknown id in its path (404),
// has a status the operation declares in the spec, and Monite's error body
// (`{"error":{"message"}}`). An operation that leaves out a status the mock
// answers fails here, naming the operation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  createMonite,
  type JsonSchema,
  type MockOperation,
  operations,
  resolveSchemaRef,
  schemaDocument,
} from '@monite-ts/mocks';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@monite-ts/spec/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
};

/** The statuses the spec itself declares per operation id (not the mock's copy of them). */
const declared = new Map<string, string[]>();
for (const item of Object.values(spec.paths))
  for (const operation of Object.values(item))
    if (operation && typeof operation === 'object' && 'operationId' in operation)
      declared.set(operation.operationId, Object.keys(operation.responses));

const TOKEN = 'errors-contract-token';
const ENTITY = '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b';
const UNKNOWN_ID = '0e9d8c7b-6a59-4837-a261-504f3e2d1c0b';
const VERSION = '2024-05-25';
const BASE = 'https://api.sandbox.monite.com/v1';
const monite = createMonite({ seed: 'errors-contract', tokens: [TOKEN] });

type Json = Record<string, unknown>;
const components = schemaDocument.components.schemas;

/** A schema with its component `$ref`s followed (`monite.json#/$defs/Name`), by the mock's own reader. */
function resolve(schema: JsonSchema | undefined): JsonSchema {
  return resolveSchemaRef(schema, components);
}

/**
 * A deterministic value meant to satisfy a schema: required properties only,
 * the `variant`-th branch of each `anyOf`, the lowest allowed number, strings
 * of the right format and length.
 */
function valueFor(input: JsonSchema | undefined, variant: number, depth = 0): unknown {
  const schema = resolve(input);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[variant % schema.enum.length];
  if (Array.isArray(schema.allOf))
    return Object.assign({}, ...schema.allOf.map((part) => valueFor(part as JsonSchema, variant, depth + 1)));
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches)) {
    const usable = branches.filter((b) => resolve(b).type !== 'null');
    return valueFor(usable[variant % usable.length] ?? branches[0], variant, depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type ?? (schema.properties ? 'object' : 'string')) {
    case 'null':
      return null;
    case 'boolean':
      return false;
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
      const exclusive = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
      return Math.ceil(
        exclusive ?? Math.max(min, typeof schema.maximum === 'number' ? Math.min(1, schema.maximum) : 1),
      );
    }
    case 'array': {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: count }, (_, i) => valueFor(schema.items as JsonSchema, variant + i, depth + 1));
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(
        required
          .filter((k) => k in properties || depth < 8)
          .map((k) => [k, valueFor(properties[k], variant, depth + 1)]),
      );
    }
    default:
      return stringFor(schema);
  }
}

function stringFor(schema: JsonSchema): string {
  switch (schema.format) {
    case 'uuid':
      return UNKNOWN_ID;
    case 'date':
      return '2024-05-25';
    case 'date-time':
      return '2024-05-25T08:00:00Z';
    case 'email':
      return 'ap@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/a';
    case 'binary':
      return 'file';
    default: {
      const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
      const max = typeof schema.maxLength === 'number' ? schema.maxLength : 64;
      return 'x'.repeat(Math.min(Math.max(min, 3), max));
    }
  }
}

/** A request to an operation; `omit` leaves out the version header or the token. */
function requestFor(op: MockOperation, variant: number, omit?: 'version' | 'token'): Request {
  const schemas = schemaDocument.operations[op.operationId];
  const headers: Record<string, string> = {};
  if (omit !== 'version') headers['x-monite-version'] = VERSION;
  if (omit !== 'token') headers.authorization = `Bearer ${TOKEN}`;
  const query = new URLSearchParams();
  let path = op.path;
  for (const p of schemas?.parameters ?? []) {
    if (p.in === 'path') {
      path = path.replace(`{${p.name}}`, encodeURIComponent(String(valueFor(p.schema, 0))));
    } else if (p.in === 'header' && p.name.toLowerCase() === 'x-monite-entity-id') headers[p.name] = ENTITY;
    else if (p.required && p.in === 'query') {
      const value = valueFor(p.schema, variant);
      for (const v of Array.isArray(value) ? value : [value]) query.append(p.name, String(v));
    } else if (p.required && p.in === 'header' && p.name.toLowerCase() !== 'x-monite-version')
      headers[p.name] = String(valueFor(p.schema, variant));
  }
  let body: BodyInit | undefined;
  const declaredBody = schemas?.body;
  if (declaredBody && op.method !== 'GET' && op.method !== 'DELETE') {
    const value = valueFor(declaredBody.schema, variant) as Json;
    if (declaredBody.contentType?.includes('multipart') || declaredBody.contentType?.includes('form')) {
      const form = new FormData();
      const properties = (resolve(declaredBody.schema).properties ?? {}) as Record<string, JsonSchema>;
      for (const [key, v] of Object.entries(value ?? {})) {
        if (resolve(properties[key]).format === 'binary')
          form.append(key, new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'document.pdf');
        else form.append(key, typeof v === 'string' ? v : JSON.stringify(v));
      }
      body = form;
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(value);
    }
  }
  const search = query.size > 0 ? `?${query}` : '';
  return new Request(`${BASE}${path}${search}`, { method: op.method, headers, body });
}

/** Whether a path parameter names an object (an id), so an unknown value must be 404. */
const namesAnObject = (op: MockOperation): boolean =>
  (schemaDocument.operations[op.operationId]?.parameters ?? []).some(
    (p) => p.in === 'path' && (resolve(p.schema).format === 'uuid' || p.name.endsWith('_id')),
  );

async function answer(request: Request): Promise<{ status: number; body: Json | undefined }> {
  const response = await monite.fetch(request);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : undefined };
}

/** Monite's error body: `{"error":{"message":"..."}}`. */
function expectErrorBody(body: Json | undefined, where: string): void {
  const error = body?.error as Json | undefined;
  expect(typeof error?.message, `${where}: ${JSON.stringify(body)}`).toBe('string');
}

const rows = operations.map((op) => ({ op, name: `${op.method} ${op.path}` }));

describe('errors the mock answers are declared by every operation', () => {
  it('covers every operation of the bundled spec', () => {
    expect(rows.length).toBe(declared.size);
    expect(rows.length).toBe(376);
  });

  it.each(rows)('$name: a missing version header', async ({ op }) => {
    const { status, body } = await answer(requestFor(op, 0, 'version'));
    expect(status).toBe(400);
    expect(declared.get(op.operationId), `${op.operationId} does not declare ${status}`).toContain(String(status));
    expectErrorBody(body, op.operationId);
    expect((body?.error as Json | undefined)?.type).toBe('missing_api_version');
  });

  it.each(rows.filter(({ op }) => op.secured))('$name: a missing token', async ({ op }) => {
    const { status, body } = await answer(requestFor(op, 0, 'token'));
    expect(status).toBe(401);
    expect(declared.get(op.operationId), `${op.operationId} does not declare ${status}`).toContain(String(status));
    expectErrorBody(body, op.operationId);
  });

  it.each(rows.filter(({ op }) => namesAnObject(op)))('$name: an unknown id in the path', async ({ op }) => {
    // A few variants of the request, until one passes validation: the 404 comes after the 422 (Monite's order).
    let last = { status: 0, body: undefined as Json | undefined };
    for (let variant = 0; variant < 4; variant++) {
      last = await answer(requestFor(op, variant));
      if (last.status !== 422) break;
    }
    expect(last.status, `${op.operationId}: ${JSON.stringify(last.body)}`).toBe(404);
    expect(declared.get(op.operationId), `${op.operationId} does not declare ${last.status}`).toContain(
      String(last.status),
    );
    expectErrorBody(last.body, op.operationId);
  });
});
