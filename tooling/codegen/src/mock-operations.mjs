// The operation table of @monite-ts/mocks: one row per operation (method,
// path, operationId, success status, entity scope, how the in-memory store
// treats it) plus the per-operation parameter, body and response schemas the
// mocks validate with. Pure functions of the spec; the entry file writes.
import {
  API_METHODS,
  describeOperation,
  effectiveParameters,
  isParameterSegment,
  jsonSchemaOf,
  listOperations,
  pathSegments,
  preferredMediaType,
  resolveObject,
  schemaOfContent,
} from '@monite-ts/openapi-model';
import { compactComponents, compactSchema, SCHEMA_ID } from './compact-schema.mjs';
import { generatedHeader } from './lib.mjs';
import { referenceTable } from './mock-references.mjs';
import { classifyOperation, parentItemOf } from './mock-store-kinds.mjs';

/** The generator named in the generated files' header. */
export const MOCKS_GENERATOR = 'tooling/codegen/src/generate-mock-operations.mjs';

/**
 * Where a method's rows sit among a path's rows: reading first, then the
 * writes from creating to deleting (the order readers of the table expect).
 * @type {Record<string, number>}
 */
const ROW_RANK = { get: 0, post: 1, put: 2, patch: 3, delete: 4 };

/**
 * The methods the mocks serve ({@link API_METHODS}), in the order the table lists them.
 * @type {string[]}
 */
export const MOCK_METHODS = [...API_METHODS].sort((a, b) => (ROW_RANK[a] ?? 0) - (ROW_RANK[b] ?? 0));

/**
 * @typedef {Record<string, any>} Json A JSON value walked dynamically.
 * @typedef {import('@monite-ts/openapi-model').LocatedOperation} LocatedOperation
 */

/**
 * The compact per-operation schemas and the row facts only they carry.
 * @param {Json} spec
 * @param {LocatedOperation} located
 * @returns {{ parameters: Json[], body: Json | undefined, responses: Json, responseHeaders: Record<string, string[]> }}
 */
export function operationSchemas(spec, located) {
  const operation = /** @type {Json} */ (located.operation);
  const parameters = [...effectiveParameters(spec, located).values()].map((p) => ({
    name: p.name,
    in: p.in,
    required: p.required === true,
    schema: compactSchema(p.schema ?? {}),
  }));
  const body = resolveObject(spec, operation.requestBody).node;
  const bodyContentType = body ? preferredMediaType(body.content) : undefined;
  /** @type {Json} */
  const responses = {};
  /** @type {Record<string, string[]>} */
  const responseHeaders = {};
  for (const [status, raw] of Object.entries(operation.responses ?? {})) {
    const response = resolveObject(spec, raw).node;
    const contentType = preferredMediaType(response?.content);
    const schema = jsonSchemaOf(response?.content);
    responses[status] = schema ? compactSchema(schema) : contentType ? { contentType } : null;
    const headers = Object.keys(response?.headers ?? {});
    if (headers.length) responseHeaders[status] = headers;
  }
  return {
    parameters,
    body: body
      ? {
          required: body.required === true,
          contentType: bodyContentType,
          schema: compactSchema(schemaOfContent(body.content) ?? {}),
        }
      : undefined,
    responses,
    responseHeaders,
  };
}

/**
 * One row of the table, keys in the order the generated file has them.
 * @param {Json} spec
 * @param {LocatedOperation} located
 * @returns {Json}
 */
export function operationRow(spec, located) {
  const described = describeOperation(spec, located.method, located.path);
  const classification = classifyOperation(
    spec,
    located.method,
    located.path,
    located.operation,
    described.successStatus,
  );
  const responses = /** @type {Json} */ (located.operation.responses ?? {});
  const success = resolveObject(spec, responses[String(described.successStatus)]).node;
  return {
    method: described.method,
    path: described.path,
    operationId: described.operationId,
    successStatus: described.successStatus,
    statuses: described.statuses,
    entityScoped: described.entityScoped,
    secured: described.secured,
    ...classification,
    parent: parentItemOf(classification.collection ?? classification.target ?? located.path),
    responseContentType: preferredMediaType(success?.content),
  };
}

/**
 * Orders rows so literal segments come before parameters at the same depth
 * (`/payables/validations` is tried before `/payables/{payable_id}`), then
 * by path, then by {@link MOCK_METHODS}.
 * @param {{ method: string, path: string }} a
 * @param {{ method: string, path: string }} b
 * @returns {number}
 */
export function compareOperations(a, b) {
  const sa = pathSegments(a.path);
  const sb = pathSegments(b.path);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const pa = isParameterSegment(sa[i]);
    const pb = isParameterSegment(sb[i]);
    if (pa !== pb) return pa ? 1 : -1;
    if (sa[i] !== sb[i]) return /** @type {string} */ (sa[i]) < /** @type {string} */ (sb[i]) ? -1 : 1;
  }
  return (
    sa.length - sb.length || MOCK_METHODS.indexOf(a.method.toLowerCase()) - MOCK_METHODS.indexOf(b.method.toLowerCase())
  );
}

/**
 * The mocks' generated files from a spec.
 * @param {Json} spec
 * @returns {{ files: Record<string, string>, summary: (written: number) => string[] }}
 */
export function renderMockOperations(spec) {
  /** @type {Json[]} */
  const operations = [];
  /** @type {Json} */
  const schemaOps = {};
  for (const located of listOperations(spec, { methods: MOCK_METHODS })) {
    const schemas = operationSchemas(spec, located);
    operations.push(operationRow(spec, located));
    schemaOps[/** @type {string} */ (located.operation.operationId)] = {
      parameters: schemas.parameters,
      body: schemas.body,
      responses: schemas.responses,
      responseHeaders: schemas.responseHeaders,
    };
  }
  operations.sort((a, b) => compareOperations(/** @type {any} */ (a), /** @type {any} */ (b)));
  const components = compactComponents(spec.components?.schemas ?? {});
  const schemaDocument = {
    apiVersion: spec.info?.version,
    schemaId: SCHEMA_ID,
    components: { schemas: components.schemas },
    operations: schemaOps,
  };
  const operationsSource =
    generatedHeader(MOCKS_GENERATOR) +
    "import type { MockOperation } from '../operations/operation-table.js';\n\n" +
    `/** Every operation of the bundled spec (${operations.length}), most specific path first. */\n` +
    `export const operations: readonly MockOperation[] = ${JSON.stringify(operations, null, 1)};\n`;
  // A JSON string parsed at load time: cheaper for both the TypeScript checker
  // and JavaScript engines than a large object literal.
  const schemasSource =
    generatedHeader(MOCKS_GENERATOR) +
    "import type { SchemaDocument } from '../schema/schema-document.js';\n\n" +
    '/** Component schemas and per-operation parameter, body and response schemas, without prose. */\n' +
    `export const schemaDocument: SchemaDocument = JSON.parse(${JSON.stringify(JSON.stringify(schemaDocument))});\n`;
  const references = referenceTable(spec, operations);
  const referencesSource =
    generatedHeader(MOCKS_GENERATOR) +
    "import type { ReferenceTable } from '../operations/reference-table.js';\n\n" +
    '/** Per operationId, the request body fields that name another stored object (checked before a write). */\n' +
    `export const references: ReferenceTable = ${JSON.stringify(references, null, 1)};\n`;
  /** @type {Record<string, number>} */
  const kinds = {};
  for (const op of operations) kinds[op.kind] = (kinds[op.kind] ?? 0) + 1;
  return {
    files: { 'operations.ts': operationsSource, 'schemas.ts': schemasSource, 'references.ts': referencesSource },
    summary: (written) => [
      ...(components.lifted.length
        ? [
            `mocks: lifted additionalProperties:false beside anyOf/allOf (unsatisfiable as written) in ${components.lifted.join(', ')}`,
          ]
        : []),
      `mocks: ${operations.length} operations (${Object.entries(kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(
          ', ',
        )}); ${Object.keys(references).length} with references; ${written} file(s) written, schemas ${(schemasSource.length / 1024).toFixed(0)} KiB`,
    ],
  };
}
