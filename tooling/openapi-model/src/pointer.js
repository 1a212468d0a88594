/**
 * Local JSON pointers (`#/components/schemas/X`), RFC 6901 inside a URI
 * fragment: tokens are percent-decoded, then `~1` becomes `/` and `~0`
 * becomes `~` (in that order, so `~01` stays the literal `~1`).
 * @module
 */

/**
 * The tokens of a local pointer, decoded. Remote refs throw: every document
 * read here is bundled and self-contained, so a remote ref is a bundling bug.
 * @param {string} pointer e.g. `#/components/schemas/Payload-Output`
 * @returns {string[]} e.g. `['components', 'schemas', 'Payload-Output']`
 */
export function pointerTokens(pointer) {
  if (!pointer.startsWith('#')) throw new Error(`only local $refs are supported, got ${pointer}`);
  if (pointer === '#') return [];
  if (!pointer.startsWith('#/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer
    .slice(2)
    .split('/')
    .map((token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Escapes one token for a pointer (`a/b` becomes `a~1b`), the inverse of
 * the decoding in {@link pointerTokens} for names without `%`.
 * @param {string} token
 * @returns {string}
 */
export function encodePointerToken(token) {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * A local pointer from tokens: `['components', 'schemas', 'X']` gives `#/components/schemas/X`.
 * @param {readonly string[]} tokens
 * @returns {string}
 */
export function toPointer(tokens) {
  return tokens.length === 0 ? '#' : `#/${tokens.map(encodePointerToken).join('/')}`;
}

/**
 * Whether a value is a local ref (`#/...`), one that points into the same
 * document rather than another file or URL.
 * @param {unknown} ref
 * @returns {ref is string}
 */
export function isLocalRef(ref) {
  return typeof ref === 'string' && ref.startsWith('#/');
}

/**
 * The node a local pointer designates, or undefined when nothing is there.
 * @param {unknown} doc
 * @param {string} pointer
 * @returns {unknown}
 */
export function getByPointer(doc, pointer) {
  /** @type {unknown} */
  let current = doc;
  for (const token of pointerTokens(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = /** @type {Record<string, unknown>} */ (current)[token];
  }
  return current;
}

/**
 * How a missing `$ref` target is handled: lenient (the default) reads it as
 * absent, for readers that walk any document defensively; `strict` throws,
 * for readers that must not pass because something they should compare was
 * never found.
 * @typedef {{ strict?: boolean }} RefOptions
 */

/**
 * {@link getByPointer}, or with `strict` an error when the pointer leads nowhere.
 * @param {unknown} doc
 * @param {string} pointer
 * @param {RefOptions} [options]
 * @returns {unknown}
 */
export function lookUp(doc, pointer, options = {}) {
  const node = getByPointer(doc, pointer);
  if (node === undefined && options.strict) throw new Error(`unresolvable $ref ${pointer}`);
  return node;
}

/**
 * The name a ref points at, its last token decoded
 * (`#/components/schemas/Error` gives `Error`); undefined for no ref.
 * @param {string | undefined} ref
 * @returns {string | undefined}
 */
export function refName(ref) {
  if (ref === undefined) return undefined;
  return pointerTokens(ref).at(-1);
}

/**
 * The component name when a ref points into `#/components/<section>/`, else
 * undefined: `componentName('#/components/schemas/Tag', 'schemas')` is `Tag`.
 * @param {unknown} ref
 * @param {string} section e.g. `schemas`, `parameters`
 * @returns {string | undefined}
 */
export function componentName(ref, section) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  const tokens = pointerTokens(ref);
  return tokens.length === 3 && tokens[0] === 'components' && tokens[1] === section ? tokens[2] : undefined;
}
