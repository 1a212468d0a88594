// Generates the operation table of @monite-ts/mocks from the bundled spec:
// one row per operation (method, path, operationId, success status, entity
// scope, how the in-memory store treats it) plus a compact JSON of the schemas
// the mocks validate with and build responses from. Only the spec's structure
// is read, so a regenerated spec needs nothing but a rerun.
import { resolve } from 'node:path';
import { generatedHeader, readBundledSpec, repoRoot, resolveLocalRef, writeIfChanged } from './lib.mjs';

const outDir = resolve(repoRoot, 'packages/mocks/src/generated');
const generator = 'tooling/codegen/src/generate-mock-operations.mjs';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// Keywords that carry prose or examples: the mocks never read them, and they
// make up a large part of the document.
const PROSE = new Set([
  'description',
  'title',
  'example',
  'examples',
  'summary',
  'externalDocs',
  'deprecated',
  'x-tags',
]);
// The `$id` of the compact schema document; component refs are rewritten to it.
const SCHEMA_ID = 'monite.json';
// POST sub-resources that answer with a new object but are not stored as one.
const NON_STORED_POSTS = new Set(['preview', 'clone', 'send', 'verify', 'validate', 'search']);

const spec = readBundledSpec();
// Schemas whose unsatisfiable closure the generator lifted (reported on stdout).
const normalized = [];
let currentName = '';

/** Follows a non-schema `$ref` (parameters, responses, request bodies, headers). */
function deref(node) {
  let current = node;
  const seen = new Set();
  while (
    current &&
    typeof current === 'object' &&
    typeof current.$ref === 'string' &&
    !current.$ref.startsWith('#/components/schemas/')
  ) {
    if (seen.has(current.$ref)) throw new Error(`Circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = resolveLocalRef(spec, current.$ref);
  }
  return current;
}

/** Copies a schema without prose, keeping property names that happen to be prose keywords. */
function compact(schema, underProperties = false) {
  if (Array.isArray(schema)) return schema.map((item) => compact(item));
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!underProperties && PROSE.has(key)) continue;
    // Component refs point into the one document the mocks register with ajv.
    if (!underProperties && key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      out.$ref = `${SCHEMA_ID}#/$defs/${value.slice('#/components/schemas/'.length)}`;
      continue;
    }
    out[key] = compact(
      value,
      !underProperties && (key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'mapping'),
    );
  }
  // `additionalProperties: false` beside an anyOf/oneOf/allOf and no `properties`
  // forbids every property (JSON Schema does not look into the branches), which
  // makes the schema unsatisfiable; the branches carry their own closure.
  if (
    !underProperties &&
    out.additionalProperties === false &&
    !out.properties &&
    (out.anyOf || out.oneOf || out.allOf)
  ) {
    delete out.additionalProperties;
    normalized.push(currentName);
  }
  return out;
}

/** Resolves a schema `$ref` to its component, for classification only. */
function resolveSchema(schema) {
  let current = schema;
  for (let i = 0; current?.$ref && i < 20; i++) {
    current = spec.components.schemas[current.$ref.split('/').pop()];
  }
  return current;
}

function jsonSchemaOf(content) {
  if (!content) return undefined;
  const json = Object.entries(content).find(([type]) => type.includes('json'));
  return json ? (json[1].schema ?? {}) : undefined;
}

const pathTemplates = Object.keys(spec.paths);
const segmentsOf = (path) => path.split('/').filter(Boolean);
const isParam = (segment) => /^\{.+\}$/.test(segment);
const paramName = (segment) => segment.slice(1, -1);

/** The item path below a collection path, if the spec has one (`/tags` -> `/tags/{tag_id}`). */
function itemPathOf(collection) {
  const depth = segmentsOf(collection).length + 1;
  return pathTemplates.find(
    (p) => p.startsWith(`${collection}/{`) && segmentsOf(p).length === depth && isParam(segmentsOf(p).at(-1)),
  );
}

/** Whether a GET answers with a `data` array (a list, paginated or not). */
function listShape(operation) {
  const ok = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith('2'));
  const schema = resolveSchema(jsonSchemaOf(deref(ok?.[1])?.content));
  const data = schema?.properties?.data;
  if (!data) return undefined;
  const resolved = resolveSchema(data);
  if (resolved?.type !== 'array') return undefined;
  return { paginated: 'next_pagination_token' in (schema.properties ?? {}) };
}

/**
 * Decides how the store treats an operation. `collection` names the stored
 * collection (a path template); `target` the stored item an action or
 * singleton belongs to.
 */
function classify(method, path, operation, successStatus) {
  const segments = segmentsOf(path);
  const last = segments.at(-1);
  const lastIsParam = isParam(last);
  const parentPath = `/${segments.slice(0, -1).join('/')}`;
  const prevIsParam = segments.length > 1 && isParam(segments.at(-2));
  const hasItem = !lastIsParam && itemPathOf(path) !== undefined;
  if (lastIsParam) {
    const kind = { get: 'read', patch: 'update', put: 'replace', delete: 'delete', post: 'action' }[method];
    return { kind, collection: parentPath, idParam: paramName(last) };
  }
  if (method === 'get') {
    const shape = listShape(operation);
    if (shape) return { kind: 'list', collection: path, paginated: shape.paginated };
    return { kind: 'singleton-read', target: prevIsParam ? parentPath : undefined };
  }
  // A path whose GET lists is a collection: POST adds to it, PUT replaces it.
  const listed = spec.paths[path].get && listShape(spec.paths[path].get);
  if (method === 'post') {
    if (hasItem || listed) return { kind: 'create', collection: path };
    if (prevIsParam && successStatus === 201 && !NON_STORED_POSTS.has(last))
      return { kind: 'create', collection: path };
    if (prevIsParam)
      return { kind: 'action', action: last, target: parentPath, collection: `/${segments.slice(0, -2).join('/')}` };
    return { kind: 'rpc' };
  }
  if (method === 'put' || method === 'patch') {
    if (listed && method === 'put') return { kind: 'replace-collection', collection: path };
    return {
      kind: method === 'put' ? 'singleton-replace' : 'singleton-update',
      target: prevIsParam ? parentPath : undefined,
    };
  }
  return { kind: 'singleton-delete', target: prevIsParam ? parentPath : undefined };
}

/** The nearest item path above a path (`/a/{a_id}/b/{b_id}/c` -> `/a/{a_id}/b/{b_id}`), excluding itself. */
function parentItemOf(collection) {
  const segments = segmentsOf(collection ?? '');
  for (let i = segments.length - 1; i > 0; i--) {
    if (isParam(segments[i])) return `/${segments.slice(0, i + 1).join('/')}`;
  }
  return undefined;
}

const operations = [];
const schemaOps = {};
for (const path of pathTemplates) {
  const item = spec.paths[path];
  for (const method of METHODS) {
    const operation = item[method];
    if (!operation) continue;
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
      .map(deref)
      .map((p) => ({ name: p.name, in: p.in, required: p.required === true, schema: compact(p.schema ?? {}) }));
    const body = deref(operation.requestBody);
    const bodyContentType = body ? Object.keys(body.content ?? {})[0] : undefined;
    const responses = {};
    const responseHeaders = {};
    for (const [status, raw] of Object.entries(operation.responses ?? {})) {
      const response = deref(raw);
      const contentTypes = Object.keys(response?.content ?? {});
      const schema = jsonSchemaOf(response?.content);
      responses[status] = schema ? compact(schema) : contentTypes.length ? { contentType: contentTypes[0] } : null;
      const headers = Object.keys(response?.headers ?? {});
      if (headers.length) responseHeaders[status] = headers;
    }
    const statuses = Object.keys(responses);
    const successStatus = Number(statuses.find((s) => s.startsWith('2')) ?? 200);
    const successContent = responses[String(successStatus)];
    const classification = classify(method, path, operation, successStatus);
    const entityScoped = parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'x-monite-entity-id');
    operations.push({
      method: method.toUpperCase(),
      path,
      operationId: operation.operationId,
      successStatus,
      statuses,
      entityScoped,
      secured: Array.isArray(operation.security)
        ? operation.security.length > 0
        : Array.isArray(spec.security) && spec.security.length > 0,
      list: classification.kind === 'list',
      ...classification,
      parent: parentItemOf(classification.collection ?? classification.target ?? path),
      requestContentType: bodyContentType,
      requestSchemaRef: jsonSchemaOf(body?.content)?.$ref?.split('/').pop(),
      responseSchemaRef: successContent?.$ref?.split('/').pop(),
      responseContentType: successContent?.contentType ?? (successContent ? 'application/json' : undefined),
    });
    schemaOps[operation.operationId] = {
      parameters,
      body: body
        ? {
            required: body.required === true,
            contentType: bodyContentType,
            schema: compact(jsonSchemaOf(body.content) ?? Object.values(body.content ?? {})[0]?.schema ?? {}),
          }
        : undefined,
      responses,
      responseHeaders,
    };
  }
}

// Literal segments before parameters, so `/payables/validations` is tried before `/payables/{payable_id}`.
operations.sort((a, b) => {
  const sa = segmentsOf(a.path);
  const sb = segmentsOf(b.path);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const pa = isParam(sa[i]);
    const pb = isParam(sb[i]);
    if (pa !== pb) return pa ? 1 : -1;
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length || METHODS.indexOf(a.method.toLowerCase()) - METHODS.indexOf(b.method.toLowerCase());
});

const schemaDocument = {
  apiVersion: spec.info?.version,
  schemaId: SCHEMA_ID,
  components: { schemas: compactComponents(spec.components?.schemas ?? {}) },
  operations: schemaOps,
};

function compactComponents(schemas) {
  const out = {};
  for (const [name, schema] of Object.entries(schemas)) {
    currentName = name;
    out[name] = compact(schema);
  }
  return out;
}

const operationsSource =
  generatedHeader(generator) +
  "import type { MockOperation } from '../operations/operation-table.js';\n\n" +
  `/** Every operation of the bundled spec (${operations.length}), most specific path first. */\n` +
  `export const operations: readonly MockOperation[] = ${JSON.stringify(operations, null, 1)};\n`;

// A JSON string parsed at load time: cheaper for both the TypeScript checker
// and JavaScript engines than a large object literal.
const schemasSource =
  generatedHeader(generator) +
  "import type { SchemaDocument } from '../schema/schema-document.js';\n\n" +
  '/** Component schemas and per-operation parameter, body and response schemas, without prose. */\n' +
  `export const schemaDocument: SchemaDocument = JSON.parse(${JSON.stringify(JSON.stringify(schemaDocument))});\n`;

const written = [
  writeIfChanged(resolve(outDir, 'operations.ts'), operationsSource),
  writeIfChanged(resolve(outDir, 'schemas.ts'), schemasSource),
].filter(Boolean).length;
const kinds = {};
for (const op of operations) kinds[op.kind] = (kinds[op.kind] ?? 0) + 1;
if (normalized.length)
  console.log(
    `mocks: lifted additionalProperties:false beside anyOf/allOf (unsatisfiable as written) in ${[...new Set(normalized)].join(', ')}`,
  );
console.log(
  `mocks: ${operations.length} operations (${Object.entries(kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}); ${written} file(s) written, schemas ${(schemasSource.length / 1024).toFixed(0)} KiB`,
);
