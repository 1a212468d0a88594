import {
  effectiveParameters,
  isObject,
  isSecured,
  listOperations as locateOperations,
  resolveObject,
  type LocatedOperation,
} from '@monite-ts/openapi-model';
import { compareContent, compareHeaders } from './compare-messages.js';
import { SchemaComparer } from './compare-schema.js';
import type { Difference, DocumentedOperation, JsonObject, OpenApiDocument, RelativeDifference } from './types.js';

export type { LocatedOperation };

/** Lists a document's operations, keyed `METHOD /path`. */
export function listOperations(document: OpenApiDocument): Map<string, LocatedOperation> {
  return new Map(locateOperations(document, { strict: true }).map((o) => [`${o.method} ${o.path}`, o]));
}

/** Inputs of {@link compareDocuments}. */
export interface CompareInput {
  /** The bundled spec under test. */
  spec: OpenApiDocument;
  /** Monite's reference document: the facts. */
  reference: OpenApiDocument;
  /** The documented scope: every operation here must be in the spec. */
  documented: DocumentedOperation[];
}

/**
 * Compares the spec with the reference, operation by operation, and returns
 * every difference found. Pure: reads its inputs, changes nothing.
 *
 * Checked per documented operation: presence, path, operationId, tag (the
 * documented section), summary (the documented title), deprecation, whether
 * it needs a token; then parameters, request body and responses against the
 * reference operation, schemas compared structurally after resolving `$ref`s.
 * Spec operations that nothing documents are reported too.
 */
export function compareDocuments({ spec, reference, documented }: CompareInput): Difference[] {
  const specOps = listOperations(spec);
  const referenceOps = listOperations(reference);
  const schemas = new SchemaComparer(reference, spec);
  const claimed = new Set<string>();
  const out: Difference[] = [];

  const byOperationId = new Map<string, string>();
  for (const [key, located] of specOps) {
    const id = located.operation.operationId;
    if (typeof id === 'string') byOperationId.set(id, key);
  }

  for (const doc of documented) {
    const method = doc.method.toUpperCase();
    let specKey: string | undefined;
    if (doc.path !== null) {
      specKey = specOps.has(`${method} ${doc.path}`) ? `${method} ${doc.path}` : undefined;
      // A renamed path parameter would otherwise read as one operation missing and one undocumented.
      if (!specKey && doc.vendorOperationId) specKey = byOperationId.get(doc.vendorOperationId);
    } else {
      // Documented without a path (the audit log): found by its section and title.
      specKey = [...specOps.entries()].find(
        ([key, o]) =>
          !claimed.has(key) &&
          o.method === method &&
          tagsOf(o.operation).includes(doc.section) &&
          o.operation.summary === doc.name,
      )?.[0];
    }
    const referenceOp = doc.path !== null ? referenceOps.get(`${method} ${doc.path}`) : undefined;
    const specOp = specKey ? specOps.get(specKey) : undefined;
    if (specKey) claimed.add(specKey);

    const label = {
      method,
      path: specOp?.path ?? doc.path ?? `(${doc.section}: ${doc.name})`,
      operationId: stringOr(specOp?.operation.operationId, doc.vendorOperationId ?? '(none)'),
    };
    const push = (d: RelativeDifference) => out.push({ ...label, ...d });

    if (!specOp) {
      push({ at: [], kind: 'missing-operation', reference: `${doc.section}: ${doc.name}`, spec: undefined });
      continue;
    }
    if (doc.path !== null && specOp.path !== doc.path)
      push({ at: ['path'], kind: 'operation-path', reference: doc.path, spec: specOp.path });
    if (doc.vendorOperationId && specOp.operation.operationId !== doc.vendorOperationId) {
      push({
        at: ['operationId'],
        kind: 'operation-id',
        reference: doc.vendorOperationId,
        spec: specOp.operation.operationId,
      });
    }
    const tags = tagsOf(specOp.operation);
    if (tags.length !== 1 || tags[0] !== doc.section)
      push({ at: ['tags'], kind: 'tag', reference: [doc.section], spec: tags });
    if (specOp.operation.summary !== doc.name)
      push({ at: ['summary'], kind: 'summary', reference: doc.name, spec: specOp.operation.summary });

    if (!referenceOp) {
      // Documented, in the spec, but not in the vendor document: nothing to compare it with.
      push({ at: [], kind: 'extra-operation', reference: undefined, spec: `${doc.section}: ${doc.name}` });
      continue;
    }
    for (const d of compareOperation(reference, referenceOp, spec, specOp, schemas)) push(d);
  }

  for (const [key, located] of specOps) {
    if (claimed.has(key)) continue;
    out.push({
      method: located.method,
      path: located.path,
      operationId: stringOr(located.operation.operationId, '(none)'),
      at: [],
      kind: 'undocumented-operation',
      reference: undefined,
      spec: located.operation.summary,
    });
  }
  return out;
}

/**
 * Compares one operation of the reference with the same operation of the
 * spec: deprecation, token requirement, parameters, request body, responses.
 * Paths in the result are relative to the operation.
 */
export function compareOperation(
  referenceDoc: OpenApiDocument,
  referenceOp: LocatedOperation,
  specDoc: OpenApiDocument,
  specOp: LocatedOperation,
  schemas: SchemaComparer,
): RelativeDifference[] {
  const out: RelativeDifference[] = [];
  const x = referenceOp.operation;
  const y = specOp.operation;
  const prefixed = (at: string[], diffs: RelativeDifference[]) => {
    for (const d of diffs) out.push({ ...d, at: [...at, ...d.at] });
  };

  if (Boolean(x.deprecated) !== Boolean(y.deprecated))
    out.push({ at: ['deprecated'], kind: 'deprecated', reference: Boolean(x.deprecated), spec: Boolean(y.deprecated) });
  const xAuth = isSecured(referenceDoc, x);
  const yAuth = isSecured(specDoc, y);
  if (xAuth !== yAuth)
    out.push({
      at: ['security'],
      kind: 'security',
      reference: xAuth ? 'token required' : 'no token',
      spec: yAuth ? 'token required' : 'no token',
    });

  // Parameters, matched by location and name (header names without case).
  const xp = parameters(referenceDoc, referenceOp);
  const yp = parameters(specDoc, specOp);
  for (const key of new Set([...xp.keys(), ...yp.keys()])) {
    const a = xp.get(key);
    const b = yp.get(key);
    const at = ['parameters', ...(a ?? b)!.at];
    if (!b) out.push({ at, kind: 'missing-parameter', reference: 'present', spec: undefined });
    else if (!a) out.push({ at, kind: 'extra-parameter', reference: undefined, spec: 'present' });
    else {
      const ar = Boolean(a.parameter.required);
      const br = Boolean(b.parameter.required);
      if (ar !== br) out.push({ at: [...at, 'required'], kind: 'required', reference: ar, spec: br });
      if (Boolean(a.parameter.deprecated) !== Boolean(b.parameter.deprecated)) {
        out.push({
          at: [...at, 'deprecated'],
          kind: 'deprecated',
          reference: Boolean(a.parameter.deprecated),
          spec: Boolean(b.parameter.deprecated),
        });
      }
      // Style and explode decide the wire format (`status__in=a&status__in=b` or `status__in=a,b`).
      const [as, ae] = serialization(a.parameter);
      const [bs, be] = serialization(b.parameter);
      if (as !== bs) out.push({ at: [...at, 'style'], kind: 'keyword', reference: as, spec: bs });
      if (ae !== be) out.push({ at: [...at, 'explode'], kind: 'keyword', reference: ae, spec: be });
      prefixed(at, schemas.compare(a.parameter.schema, b.parameter.schema));
    }
  }

  // Request body.
  const xb = resolveObject(referenceDoc, x.requestBody, { strict: true }).node;
  const yb = resolveObject(specDoc, y.requestBody, { strict: true }).node;
  if (xb && !yb) out.push({ at: ['requestBody'], kind: 'missing-request-body', reference: 'present', spec: undefined });
  else if (!xb && yb)
    out.push({ at: ['requestBody'], kind: 'extra-request-body', reference: undefined, spec: 'present' });
  else if (xb && yb) {
    if (Boolean(xb.required) !== Boolean(yb.required))
      out.push({
        at: ['requestBody', 'required'],
        kind: 'required',
        reference: Boolean(xb.required),
        spec: Boolean(yb.required),
      });
    compareContent(['requestBody'], xb.content, yb.content, schemas, out);
  }

  // Responses, by status code.
  const xr = isObject(x.responses) ? x.responses : {};
  const yr = isObject(y.responses) ? y.responses : {};
  for (const status of new Set([...Object.keys(xr), ...Object.keys(yr)])) {
    const at = ['responses', status];
    if (!(status in yr)) {
      out.push({ at, kind: 'missing-response', reference: 'present', spec: undefined });
      continue;
    }
    if (!(status in xr)) {
      out.push({ at, kind: 'extra-response', reference: undefined, spec: 'present' });
      continue;
    }
    const a = resolveObject(referenceDoc, xr[status], { strict: true }).node ?? {};
    const b = resolveObject(specDoc, yr[status], { strict: true }).node ?? {};
    compareHeaders(at, referenceDoc, a.headers, specDoc, b.headers, schemas, out);
    compareContent(at, a.content, b.content, schemas, out);
  }
  return out;
}

interface KeyedParameter {
  /** `[in, name]`: the parameter's place in reports. */
  at: [string, string];
  parameter: JsonObject;
}

/** The operation's effective parameters, each with its place in reports (the name as the document spells it). */
function parameters(doc: OpenApiDocument, located: LocatedOperation): Map<string, KeyedParameter> {
  const out = new Map<string, KeyedParameter>();
  for (const [key, parameter] of effectiveParameters(doc, located, { strict: true })) {
    out.set(key, { at: [parameter.in as string, parameter.name as string], parameter });
  }
  return out;
}

/** A parameter's effective style and explode, with OpenAPI's defaults filled in. */
function serialization(parameter: JsonObject): [string, boolean] {
  const style =
    typeof parameter.style === 'string'
      ? parameter.style
      : parameter.in === 'query' || parameter.in === 'cookie'
        ? 'form'
        : 'simple';
  const explode = typeof parameter.explode === 'boolean' ? parameter.explode : style === 'form';
  return [style, explode];
}

function tagsOf(operation: JsonObject): string[] {
  return Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === 'string') : [];
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
