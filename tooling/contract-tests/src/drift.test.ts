// The drift test: the bundled spec against Monite's reference document.
// Every difference must be explained by spec/drift-allowlist.yaml; every
// allowlist entry must explain something. The second half feeds the same
// comparison altered copies of the bundle, to show that it can fail.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describeOperation, isObject, lookUp, resolveObject } from '@monite-ts/openapi-model';
import { describe, expect, test } from 'vitest';
import {
  applyAllowlist,
  compareDocuments,
  differencePath,
  formatReport,
  formatStale,
  parseAllowlist,
  type Difference,
  type DifferenceKind,
  type DocumentedOperation,
  type JsonObject,
  type OpenApiDocument,
} from './drift/index.js';

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

const specText = read('../../../spec/dist/openapi.json');
const referenceText = read('../reference/monite-reference.openapi.json');
const documentedText = read('../reference/documented-operations.json');
const spec = JSON.parse(specText) as OpenApiDocument;
const reference = JSON.parse(referenceText) as OpenApiDocument;
const documented = JSON.parse(documentedText) as DocumentedOperation[];
const allowlist = parseAllowlist(read('../../../spec/drift-allowlist.yaml'));

const differences = compareDocuments({ spec, reference, documented });
const outcome = applyAllowlist(differences, allowlist);

describe('the reference copy', () => {
  test('is the one SOURCE.md records', () => {
    // A hand edit to the reference would make the oracle agree with a wrong spec.
    const source = read('../reference/SOURCE.md');
    const recorded = Object.fromEntries(
      [...source.matchAll(/\|\s*`([^`]+\.json)`\s*\|\s*`([0-9a-f]{64})`\s*\|/g)].map((m) => [m[1], m[2]]),
    );
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(recorded).toEqual({
      'monite-reference.openapi.json': sha(referenceText),
      'documented-operations.json': sha(documentedText),
    });
  });

  test('scopes 376 operations, 374 of them in the reference document', () => {
    expect(documented).toHaveLength(376);
    expect(documented.filter((d) => d.path !== null)).toHaveLength(374);
  });

  test('compared with itself differs only where the documentation does', () => {
    // No false positives from the comparer on the real document: what is left
    // is the vendor summaries that are not the documented titles, the audit
    // log the vendor does not publish, and the one vendor tag spelled
    // otherwise than its documented section ("E-invoicing Search").
    const self = compareDocuments({ spec: reference, reference, documented });
    expect(self.filter((d) => d.kind !== 'summary').map((d) => `${d.kind} ${d.path}`)).toEqual([
      'missing-operation (Audit logs: Get the audit log)',
      'missing-operation (Audit logs: Get an audit log entry)',
      'tag /einvoice_search',
    ]);
    expect(self.filter((d) => d.kind === 'summary')).toHaveLength(21);
  });
});

describe('spec/dist/openapi.json against the reference', () => {
  test('has every documented operation', () => {
    // Not allowlistable: a missing operation is never intended.
    const missing = differences.filter((d) => d.kind === 'missing-operation');
    if (missing.length > 0) expect.fail(formatReport(missing));
  });

  test('differs from the reference only where spec/drift-allowlist.yaml says why', () => {
    if (outcome.unexplained.length > 0) expect.fail(formatReport(outcome.unexplained));
  });

  test('has no stale allowlist entries', () => {
    if (outcome.stale.length > 0) expect.fail(formatStale(outcome.stale));
  });

  test('answers 429 with a Retry-After header on every operation, as the allowlist claims', () => {
    const without: string[] = [];
    for (const [path, item] of Object.entries(spec.paths ?? {})) {
      for (const [method, operation] of Object.entries(item)) {
        if (!isObject(operation) || !isObject(operation.responses)) continue;
        const tooMany = derefStrict(spec, operation.responses['429']);
        const headers = isObject(tooMany?.headers) ? Object.keys(tooMany.headers).map((h) => h.toLowerCase()) : [];
        if (!headers.includes('retry-after')) without.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(without).toEqual([]);
  });

  test('adds only the error statuses API-FACTS says an operation can answer, as the allowlist claims', () => {
    // The allowlist explains every extra 400/401/403/404 in one entry; this
    // holds each of them to the rule behind it, so a stray status still fails.
    const stray: string[] = [];
    for (const d of differences) {
      const status = d.kind === 'extra-response' && d.at.length === 2 ? d.at[1] : undefined;
      if (!status || !['400', '401', '403', '404'].includes(status)) continue;
      const op = describeOperation(spec, d.method.toLowerCase(), d.path);
      const answers =
        status === '400' ||
        (status === '401' && op.secured) ||
        (status === '403' && op.entityScoped) ||
        (status === '404' && d.path.includes('{'));
      if (!answers) stray.push(`${d.method} ${d.path} ${status}`);
    }
    expect(stray).toEqual([]);
  });
});

/** A response, request body or parameter with its `$ref`s followed; a missing target fails the test. */
function derefStrict(document: OpenApiDocument, value: unknown): JsonObject | undefined {
  return resolveObject(document, value, { strict: true }).node;
}

/** Follows `$ref`, single `allOf` and a nullable union's one real branch to the object that holds `keyword`. */
function ownerOf(document: OpenApiDocument, schema: unknown, keyword: string): JsonObject {
  let node: unknown = schema;
  for (let depth = 0; depth < 16; depth += 1) {
    if (!isObject(node)) break;
    if (keyword in node) return node;
    if (typeof node.$ref === 'string') node = lookUp(document, node.$ref, { strict: true });
    else if (Array.isArray(node.allOf) && node.allOf.length === 1) node = node.allOf[0];
    else {
      const union = (Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : []) as unknown[];
      node = union.find((b) => isObject(b) && b.type !== 'null');
    }
  }
  throw new Error(`no schema with ${keyword} found`);
}

function operation(document: OpenApiDocument, method: string, path: string): JsonObject {
  const found = document.paths?.[path]?.[method];
  if (!isObject(found)) throw new Error(`${method} ${path} is not in the spec`);
  return found;
}

function requestSchema(document: OpenApiDocument, method: string, path: string): unknown {
  const body = derefStrict(document, operation(document, method, path).requestBody);
  const content = isObject(body?.content) ? body.content['application/json'] : undefined;
  return isObject(content) ? content.schema : undefined;
}

function property(document: OpenApiDocument, schema: unknown, name: string): JsonObject {
  const properties = ownerOf(document, schema, 'properties').properties as JsonObject;
  const value = properties[name];
  if (!isObject(value)) throw new Error(`no property ${name}`);
  return value;
}

/** Runs the drift comparison over an altered copy of the bundle and returns what the allowlist leaves. */
function driftAfter(alter: (copy: OpenApiDocument) => void): Difference[] {
  const copy = structuredClone(spec);
  alter(copy);
  return applyAllowlist(compareDocuments({ spec: copy, reference, documented }), allowlist).unexplained;
}

/** The new differences an alteration causes, as `operationId path [kind]` lines. */
function introduced(alter: (copy: OpenApiDocument) => void): string[] {
  const before = new Set(outcome.unexplained.map(line));
  return driftAfter(alter)
    .map(line)
    .filter((l) => !before.has(l));
}

function line(d: Difference): string {
  return `${d.method} ${d.path} ${d.operationId} ${differencePath(d)} [${d.kind}]`;
}

function expected(method: string, path: string, operationId: string, at: string, kind: DifferenceKind): string {
  return `${method} ${path} ${operationId} ${at} [${kind}]`;
}

describe('the drift test fails on an altered spec', () => {
  test("a field's type changed", () => {
    const found = introduced((copy) => {
      ownerOf(copy, property(copy, requestSchema(copy, 'post', '/tags'), 'name'), 'type').type = 'integer';
    });
    expect(found).toContain(
      expected('POST', '/tags', 'post_tags', 'requestBody.application/json.properties.name.type', 'type'),
    );
  });

  test('an enum value removed', () => {
    const found = introduced((copy) => {
      const owner = ownerOf(copy, property(copy, requestSchema(copy, 'post', '/auth/token'), 'grant_type'), 'enum');
      owner.enum = (owner.enum as unknown[]).filter((v) => v !== 'entity_user');
    });
    expect(found).toContain(
      expected(
        'POST',
        '/auth/token',
        'post_auth_token',
        'requestBody.application/json.properties.grant_type.enum',
        'enum',
      ),
    );
  });

  test('a required flag flipped', () => {
    const found = introduced((copy) => {
      const owner = ownerOf(copy, requestSchema(copy, 'post', '/tags'), 'required');
      owner.required = (owner.required as string[]).filter((name) => name !== 'name');
    });
    expect(found).toContain(
      expected('POST', '/tags', 'post_tags', 'requestBody.application/json.required.name', 'required'),
    );
  });

  test('nullability dropped', () => {
    const found = introduced((copy) => {
      const schema = requestSchema(copy, 'post', '/auth/token');
      const properties = ownerOf(copy, schema, 'properties').properties as JsonObject;
      properties.entity_user_id = { type: 'string', format: 'uuid' };
    });
    expect(found).toContain(
      expected(
        'POST',
        '/auth/token',
        'post_auth_token',
        'requestBody.application/json.properties.entity_user_id.nullable',
        'nullable',
      ),
    );
  });

  test('a response property removed', () => {
    const found = introduced((copy) => {
      const ok = derefStrict(copy, (operation(copy, 'get', '/tags/{tag_id}').responses as JsonObject)['200']);
      const content = ok?.content as JsonObject;
      const schema = (content['application/json'] as JsonObject).schema;
      delete (ownerOf(copy, schema, 'properties').properties as JsonObject).name;
    });
    expect(found).toContain(
      expected(
        'GET',
        '/tags/{tag_id}',
        'get_tags_id',
        'responses.200.application/json.properties.name',
        'missing-property',
      ),
    );
  });

  test('an operation dropped', () => {
    const found = introduced((copy) => {
      delete copy.paths!['/tags']!.post;
    });
    expect(found).toContain(expected('POST', '/tags', 'post_tags', '(operation)', 'missing-operation'));
  });

  test('a parameter bound changed', () => {
    const found = introduced((copy) => {
      const limit = (operation(copy, 'get', '/tags').parameters as unknown[])
        .map((p) => derefStrict(copy, p))
        .find((p) => p?.name === 'limit' && p.in === 'query');
      ownerOf(copy, limit?.schema, 'maximum').maximum = 1000;
    });
    expect(found).toContain(expected('GET', '/tags', 'get_tags', 'parameters.query.limit.maximum', 'constraint'));
  });

  test('a documented title changed', () => {
    const found = introduced((copy) => {
      operation(copy, 'post', '/tags').summary = 'Make a tag';
    });
    expect(found).toContain(expected('POST', '/tags', 'post_tags', 'summary', 'summary'));
  });

  test('an undeclared response added', () => {
    const found = introduced((copy) => {
      (operation(copy, 'post', '/tags').responses as JsonObject)['418'] = { description: 'teapot' };
    });
    expect(found).toContain(expected('POST', '/tags', 'post_tags', 'responses.418', 'extra-response'));
  });
});
