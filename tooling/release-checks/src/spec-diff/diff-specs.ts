/**
 * Operation-level comparison of two OpenAPI documents: which operations,
 * parameters, bodies and responses appeared or went away, delegating schema
 * comparison to diff-schemas with the right direction.
 */
import { diffSchemas } from './diff-schemas.js';
import type { Change, OpenApiDocument } from './model.js';
import { effectiveParameters, listOperations, resolveRef } from '@monite-ts/openapi-model';

type Obj = Record<string, unknown>;

interface OperationEntry {
  method: string;
  path: string;
  operation: Obj;
  /** Path-level parameters merged with operation-level ones (the latter win). */
  parameters: Map<string, Obj>;
}

function asObject(value: unknown): Obj {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

/**
 * The identity of a path for matching: `/counterparts/{counterpart_id}` and
 * `/counterparts/{id}` are the same endpoint for a caller, who only sees the
 * positions of the placeholders.
 */
function pathKey(path: string): string {
  return path.replace(/\{[^}]+\}/g, '{}');
}

/** Every operation of a document keyed by `METHOD {normalised path}`. */
function collectOperations(doc: OpenApiDocument): Map<string, OperationEntry> {
  const out = new Map<string, OperationEntry>();
  for (const located of listOperations(doc)) {
    const { method, path, operation } = located;
    out.set(`${method} ${pathKey(path)}`, { method, path, operation, parameters: effectiveParameters(doc, located) });
  }
  return out;
}

/**
 * Compares two OpenAPI 3.x documents and classifies every difference a
 * consumer of the generated packages could notice.
 */
export function diffSpecs(base: OpenApiDocument, head: OpenApiDocument): Change[] {
  const changes: Change[] = [];
  const baseOps = collectOperations(base);
  const headOps = collectOperations(head);

  for (const [key, b] of baseOps) {
    const h = headOps.get(key);
    const label = `${b.method} ${b.path}`;
    if (!h) {
      changes.push({
        kind: 'operation-removed',
        bump: 'major',
        operation: label,
        location: 'operation',
        message: `operation ${label} was removed`,
      });
      continue;
    }
    changes.push(...diffOperation(base, head, b, h));
  }
  for (const [key, h] of headOps) {
    if (baseOps.has(key)) continue;
    const label = `${h.method} ${h.path}`;
    changes.push({
      kind: 'operation-added',
      bump: 'minor',
      operation: label,
      location: 'operation',
      message: `new operation ${label}`,
    });
  }
  return changes;
}

function diffOperation(
  baseDoc: OpenApiDocument,
  headDoc: OpenApiDocument,
  b: OperationEntry,
  h: OperationEntry,
): Change[] {
  const changes: Change[] = [];
  const operation = `${h.method} ${h.path}`;
  const push = (change: Omit<Change, 'operation'>) => changes.push({ ...change, operation });
  const bo = b.operation;
  const ho = h.operation;

  if (bo.operationId !== ho.operationId && bo.operationId !== undefined) {
    // The types package keys `operations` by operationId.
    push({
      kind: 'operation-id-changed',
      bump: 'major',
      location: 'operationId',
      message: `changed from ${String(bo.operationId)} to ${String(ho.operationId)}`,
    });
  }
  if (bo.deprecated !== true && ho.deprecated === true) {
    push({
      kind: 'operation-deprecated',
      bump: 'minor',
      location: 'operation',
      message: `${operation} is now deprecated`,
    });
  }
  for (const key of ['summary', 'description'] as const) {
    if (bo[key] !== ho[key]) push({ kind: 'description-changed', bump: 'patch', location: key, message: 'changed' });
  }

  // Parameters.
  for (const [id, bp] of b.parameters) {
    const hp = h.parameters.get(id);
    const [where, name] = id.split(':') as [string, string];
    const location = `${where} parameter ${name}`;
    if (!hp) {
      push({ kind: 'parameter-removed', bump: 'major', location, message: 'was removed' });
      continue;
    }
    if (bp.required !== true && hp.required === true) {
      push({ kind: 'parameter-became-required', bump: 'major', location, message: 'became required' });
    } else if (bp.required === true && hp.required !== true) {
      push({ kind: 'parameter-became-optional', bump: 'minor', location, message: 'became optional' });
    }
    if (bp.description !== hp.description) {
      push({ kind: 'description-changed', bump: 'patch', location, message: 'description changed' });
    }
    changes.push(...diffSchemas(baseDoc, headDoc, bp.schema, hp.schema, { operation, location, direction: 'request' }));
  }
  for (const [id, hp] of h.parameters) {
    if (b.parameters.has(id)) continue;
    const [where, name] = id.split(':') as [string, string];
    const location = `${where} parameter ${name}`;
    if (hp.required === true)
      push({ kind: 'parameter-added-required', bump: 'major', location, message: 'new required parameter' });
    else push({ kind: 'parameter-added-optional', bump: 'minor', location, message: 'new optional parameter' });
  }

  // Request body.
  const bb = resolveRef<Obj>(baseDoc, bo.requestBody).node;
  const hb = resolveRef<Obj>(headDoc, ho.requestBody).node;
  if (bb && !hb) {
    push({ kind: 'request-body-removed', bump: 'major', location: 'request body', message: 'was removed' });
  } else if (!bb && hb) {
    const required = hb.required === true;
    push({
      kind: 'request-body-added',
      bump: required ? 'major' : 'minor',
      location: 'request body',
      message: `new ${required ? 'required' : 'optional'} request body`,
    });
  } else if (bb && hb) {
    if (bb.required !== true && hb.required === true) {
      push({
        kind: 'request-body-became-required',
        bump: 'major',
        location: 'request body',
        message: 'became required',
      });
    } else if (bb.required === true && hb.required !== true) {
      push({
        kind: 'request-body-became-optional',
        bump: 'minor',
        location: 'request body',
        message: 'became optional',
      });
    }
    changes.push(...diffContent(baseDoc, headDoc, bb.content, hb.content, operation, 'request body', 'request'));
  }

  // Responses.
  const br = asObject(bo.responses);
  const hr = asObject(ho.responses);
  for (const status of Object.keys(br)) {
    const location = `response ${status}`;
    if (!(status in hr)) {
      push({ kind: 'response-removed', bump: 'major', location, message: 'was removed' });
      continue;
    }
    const bres = resolveRef<Obj>(baseDoc, br[status]).node ?? {};
    const hres = resolveRef<Obj>(headDoc, hr[status]).node ?? {};
    if (bres.description !== hres.description) {
      push({ kind: 'description-changed', bump: 'patch', location, message: 'description changed' });
    }
    const bh = asObject(bres.headers);
    const hh = asObject(hres.headers);
    const hhLower = new Set(Object.keys(hh).map((k) => k.toLowerCase()));
    const bhLower = new Set(Object.keys(bh).map((k) => k.toLowerCase()));
    for (const name of Object.keys(bh)) {
      if (!hhLower.has(name.toLowerCase()))
        push({ kind: 'response-header-removed', bump: 'major', location, message: `no longer sends header ${name}` });
    }
    for (const name of Object.keys(hh)) {
      if (!bhLower.has(name.toLowerCase()))
        push({ kind: 'response-header-added', bump: 'minor', location, message: `now sends header ${name}` });
    }
    changes.push(...diffContent(baseDoc, headDoc, bres.content, hres.content, operation, location, 'response'));
  }
  for (const status of Object.keys(hr)) {
    if (!(status in br))
      push({ kind: 'response-added', bump: 'minor', location: `response ${status}`, message: 'new response' });
  }
  return changes;
}

function diffContent(
  baseDoc: OpenApiDocument,
  headDoc: OpenApiDocument,
  baseContent: unknown,
  headContent: unknown,
  operation: string,
  where: string,
  direction: 'request' | 'response',
): Change[] {
  const changes: Change[] = [];
  const bc = asObject(baseContent);
  const hc = asObject(headContent);
  for (const mediaType of Object.keys(bc)) {
    const location = `${where} ${mediaType}`;
    if (!(mediaType in hc)) {
      changes.push({
        kind: 'media-type-removed',
        bump: 'major',
        operation,
        location,
        message: 'media type was removed',
      });
      continue;
    }
    changes.push(
      ...diffSchemas(baseDoc, headDoc, asObject(bc[mediaType]).schema, asObject(hc[mediaType]).schema, {
        operation,
        location,
        direction,
      }),
    );
  }
  for (const mediaType of Object.keys(hc)) {
    if (!(mediaType in bc)) {
      changes.push({
        kind: 'media-type-added',
        bump: 'minor',
        operation,
        location: `${where} ${mediaType}`,
        message: 'new media type',
      });
    }
  }
  return changes;
}
