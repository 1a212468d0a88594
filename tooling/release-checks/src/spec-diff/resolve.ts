/**
 * Local `$ref` resolution. The bundled spec keeps shared schemas under
 * `#/components`, so two specs can only be compared after following refs;
 * following them lazily (instead of inlining the whole document up front)
 * keeps recursive schemas finite.
 */

type Json = unknown;

/** A node after following its `$ref` chain, with the name of the last ref it came through. */
export interface Resolved<T = Record<string, unknown>> {
  node: T | undefined;
  /** The last `$ref` followed, e.g. `#/components/schemas/Counterpart`; undefined for inline nodes. */
  ref: string | undefined;
}

function decodePointerToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Looks up a local JSON pointer (`#/components/schemas/X`) in a document.
 * Remote refs are not supported: the input is a bundled, self-contained spec.
 */
export function getByPointer(doc: Json, pointer: string): Json {
  if (!pointer.startsWith('#')) throw new Error(`only local $refs are supported, got ${pointer}`);
  const tokens = pointer.slice(1).split('/').filter((t, i) => i > 0 || t !== '');
  let current: Json = doc;
  for (const raw of tokens) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, Json>)[decodePointerToken(raw)];
  }
  return current;
}

/**
 * Follows `$ref`s until reaching a node without one. Sibling keywords of a
 * `$ref` (allowed in 3.1, typically `description`) are dropped on purpose:
 * they annotate, and annotation-only changes are reported elsewhere.
 */
export function resolveRef<T = Record<string, unknown>>(doc: Json, node: Json): Resolved<T> {
  let current = node;
  let ref: string | undefined;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string') {
    ref = (current as { $ref: string }).$ref;
    if (seen.has(ref)) throw new Error(`$ref cycle without a schema: ${ref}`);
    seen.add(ref);
    current = getByPointer(doc, ref);
  }
  return { node: (current ?? undefined) as T | undefined, ref };
}
