/**
 * The OpenAPI reader release-checks uses: @monite-ts/openapi-model, the one
 * reader of the document in this repository. Re-exported here so the e2e
 * tests and the `./openapi` entry keep one import path; nothing is
 * implemented here.
 * @module
 */
export {
  effectiveParameters,
  getByPointer,
  HTTP_METHODS,
  isObject,
  listOperations,
  lookUp,
  resolveRef,
} from '@monite-ts/openapi-model';
export type { JsonObject, LocatedOperation, RefOptions, Resolved } from '@monite-ts/openapi-model';
