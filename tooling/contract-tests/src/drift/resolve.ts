import { isObject, lookUp, resolveRef } from '@monite-ts/release-checks/openapi';
import type { JsonObject, OpenApiDocument } from './types.js';

export { isObject };

/**
 * Resolves a local JSON pointer (`#/components/schemas/X`) in a document.
 * Throws on anything else: a bundled spec must not point outside itself.
 */
export function resolvePointer(document: OpenApiDocument, ref: string): unknown {
  return lookUp(document, ref, { strict: true });
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
  const { node } = resolveRef(document, value, { strict: true });
  return isObject(node) ? node : undefined;
}
