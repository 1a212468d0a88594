/**
 * The one reader of the OpenAPI document: local `$ref`s, `allOf`, the
 * operations and their effective parameters, and {@link describeOperation}.
 * Plain JavaScript with JSDoc types, so generators import it without a build.
 * @module
 */
export { flattenAllOf } from './all-of.js';
export {
  classifyOperation,
  describeOperation,
  isParameterSegment,
  isSecured,
  itemPathOf,
  jsonSchemaOf,
  listShapeOf,
  parentItemOf,
  pathSegments,
  successStatusOf,
} from './describe.js';
export { isObject } from './json.js';
export { effectiveParameters, findOperation, HTTP_METHODS, listOperations, parameterKey } from './operations.js';
export {
  componentName,
  encodePointerToken,
  getByPointer,
  isLocalRef,
  lookUp,
  pointerTokens,
  refName,
  toPointer,
} from './pointer.js';
export { isSchemaRef, resolveObject, resolveRef, withSiblings } from './ref.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */
/** @typedef {import('./pointer.js').RefOptions} RefOptions */
/**
 * @template [T=JsonObject]
 * @typedef {import('./ref.js').Resolved<T>} Resolved
 */
/** @typedef {import('./operations.js').LocatedOperation} LocatedOperation */
/** @typedef {import('./describe.js').OperationDescription} OperationDescription */
/** @typedef {import('./describe.js').Classification} Classification */
/** @typedef {import('./describe.js').OperationKind} OperationKind */
