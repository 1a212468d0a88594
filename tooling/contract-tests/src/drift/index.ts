/**
 * Drift detection between the project's bundled OpenAPI spec and Monite's
 * reference document: structural comparison per operation, an allowlist of
 * intended differences, and readable reports.
 * @module
 */
export {
  applyAllowlist,
  operationMatcher,
  parseAllowlist,
  pathMatcher,
  type AllowlistEntry,
  type AllowlistOutcome,
} from './allowlist.js';
export {
  compareDocuments,
  compareOperation,
  listOperations,
  type CompareInput,
  type LocatedOperation,
} from './compare-document.js';
export { SchemaComparer, sameJson, CONSTRAINT_KEYWORDS } from './compare-schema.js';
export { differencePath, formatDifference, formatReport, formatStale } from './format.js';
export { normalizeSchema, type NormalSchema } from './normalize.js';
export {
  DIFFERENCE_KINDS,
  type Difference,
  type DifferenceKind,
  type DocumentedOperation,
  type JsonObject,
  type OpenApiDocument,
  type RelativeDifference,
} from './types.js';
