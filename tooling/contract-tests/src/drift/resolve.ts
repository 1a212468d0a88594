import type { JsonObject, OpenApiDocument } from './types.js';

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Resolves a local JSON pointer (`#/components/schemas/X`) in a document.
 * Throws on anything else: a bundled spec must not point outside itself.
 */
export function resolvePointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`only local $refs are supported, got ${ref}`);
  const segments = ref === '#' ? [] : ref.slice(2).split('/');
  let node: unknown = document;
  for (const raw of segments) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else node = undefined;
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return node;
}

/** The component name a `$ref` points at (`#/components/schemas/Error` gives `Error`). */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/**
 * Follows `$ref` chains of a non-schema object (parameter, response, request
 * body, header) to the object itself. Sibling keys of a `$ref` are ignored
 * here, as OpenAPI ignores them for these objects.
 */
export function derefObject(document: OpenApiDocument, value: unknown): JsonObject | undefined {
  let node = value;
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) throw new Error(`$ref cycle through ${node.$ref}`);
    seen.add(node.$ref);
    node = resolvePointer(document, node.$ref);
  }
  return isObject(node) ? node : undefined;
}
