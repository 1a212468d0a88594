/**
 * Reading a bundled OpenAPI document: local `$ref`s, the operations of its
 * paths and their effective parameters. Shared by the spec diff here and the
 * drift test in @monite-ts/contract-tests, which read documents the same way
 * and differ only in what they compare. Schema normalisation is not here:
 * the two compare schemas by different rules (see their own modules).
 * @module
 */

/** A JSON object as read from an OpenAPI document. */
export type JsonObject = { [key: string]: unknown };

/** The keys of a path item that hold operations. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How a missing `$ref` target is handled: `lenient` reads it as absent (the
 * spec diff walks any document defensively), `strict` throws (the drift test
 * must not pass because a schema it should compare was never found).
 */
export interface RefOptions {
  strict?: boolean;
}

/**
 * Looks up a local JSON pointer (`#/components/schemas/X`) in a document;
 * undefined when nothing is there. Remote refs throw: the input is a
 * bundled, self-contained spec.
 */
export function getByPointer(doc: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#')) throw new Error(`only local $refs are supported, got ${pointer}`);
  const tokens = pointer
    .slice(1)
    .split('/')
    .filter((t, i) => i > 0 || t !== '');
  let current: unknown = doc;
  for (const raw of tokens) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}

/** {@link getByPointer}, or with `strict` an error when the pointer leads nowhere. */
export function lookUp(doc: unknown, pointer: string, options: RefOptions = {}): unknown {
  const node = getByPointer(doc, pointer);
  if (node === undefined && options.strict) throw new Error(`unresolvable $ref ${pointer}`);
  return node;
}

/** A node after following its `$ref` chain, with the last ref it came through. */
export interface Resolved<T = JsonObject> {
  node: T | undefined;
  /** The last `$ref` followed, e.g. `#/components/schemas/Counterpart`; undefined for inline nodes. */
  ref: string | undefined;
}

/**
 * Follows `$ref`s until reaching a node without one. Sibling keywords of a
 * `$ref` are dropped: OpenAPI ignores them on parameters, responses and the
 * like, and for schemas they only annotate.
 */
export function resolveRef<T = JsonObject>(doc: unknown, node: unknown, options: RefOptions = {}): Resolved<T> {
  let current = node;
  let ref: string | undefined;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    ref = current.$ref;
    if (seen.has(ref)) throw new Error(`$ref cycle without a schema: ${ref}`);
    seen.add(ref);
    current = lookUp(doc, ref, options);
  }
  return { node: (current ?? undefined) as T | undefined, ref };
}

/** An operation of a document with where it lives. */
export interface LocatedOperation {
  /** Upper-case HTTP method. */
  method: string;
  path: string;
  operation: JsonObject;
  pathItem: JsonObject;
}

/** Every operation of a document, in document order, path items' `$ref`s followed. */
export function listOperations(doc: { paths?: unknown }, options: RefOptions = {}): LocatedOperation[] {
  const out: LocatedOperation[] = [];
  for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const pathItem = resolveRef(doc, rawItem, options).node;
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isObject(operation)) out.push({ method: method.toUpperCase(), path, operation, pathItem });
    }
  }
  return out;
}

/**
 * An operation's effective parameters: path-level ones overridden by
 * operation-level ones, keyed `in:name`. Header names are lower-cased in
 * the key, as HTTP compares them without case; the others are not.
 */
export function effectiveParameters(
  doc: unknown,
  located: LocatedOperation,
  options: RefOptions = {},
): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const list of [located.pathItem.parameters, located.operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = resolveRef(doc, raw, options).node;
      if (!isObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
      const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
      out.set(`${parameter.in}:${name}`, parameter);
    }
  }
  return out;
}
