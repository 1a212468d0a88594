/**
 * The one reader of the OpenAPI document: local `$ref`s, `allOf`, one
 * reading of a schema (null unions, descriptive keywords, union branches),
 * one media-type choice, one list of HTTP methods, the operations and their
 * effective parameters, and {@link describeOperation}.
 * Plain JavaScript with JSDoc types, so generators import it without a build.
 * @module
 */
export { flattenAllOf } from './all-of.js';
export {
  describeOperation,
  isParameterSegment,
  isSecured,
  listShapeOf,
  pathSegments,
  successStatusOf,
} from './describe.js';
export { isObject } from './json.js';
export { isJsonMediaType, jsonSchemaOf, preferredMediaType, schemaOfContent } from './media.js';
export {
  API_METHODS,
  effectiveParameters,
  findOperation,
  HTTP_METHODS,
  listOperations,
  parameterKey,
} from './operations.js';
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
export {
  foldNullUnion,
  isDescriptiveKeyword,
  isNullSchema,
  onlyWraps,
  PROSE_KEYWORDS,
  primitiveTypeOf,
  stripDescriptive,
  structuralKeywords,
  unionBranches,
  unionOf,
} from './schema.js';
export { admittedValues, discriminantOf, listUnions } from './unions.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */
/** @typedef {import('./pointer.js').RefOptions} RefOptions */
/**
 * @template [T=JsonObject]
 * @typedef {import('./ref.js').Resolved<T>} Resolved
 */
/** @typedef {import('./operations.js').LocatedOperation} LocatedOperation */
/** @typedef {import('./describe.js').OperationDescription} OperationDescription */
/** @typedef {import('./schema.js').UnionReading} UnionReading */
/** @typedef {import('./unions.js').LocatedUnion} LocatedUnion */
/** @typedef {import('./unions.js').Discriminant} Discriminant */
