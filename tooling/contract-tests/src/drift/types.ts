import type { JsonObject } from '@monite-ts/openapi-model';

export type { JsonObject };

/** The parts of an OpenAPI 3.1 document the drift comparison reads. */
export interface OpenApiDocument {
  openapi?: string;
  paths?: Record<string, JsonObject>;
  components?: JsonObject;
  security?: unknown[];
  [key: string]: unknown;
}

/** One entry of `documented-operations.json`: an operation Monite documents. */
export interface DocumentedOperation {
  group: string;
  /** The documentation section; the operation's tag in the spec. */
  section: string;
  /** The documented title; the operation's summary in the spec. */
  name: string;
  method: string;
  /** `null` for operations documented but absent from the vendor document (the audit log). */
  path: string | null;
  vendorOperationId: string | null;
}

/**
 * Every kind of difference the comparison reports. The allowlist names one
 * of these per entry, so an entry cannot silently widen to other kinds.
 */
export const DIFFERENCE_KINDS = [
  // operations
  'missing-operation',
  'extra-operation',
  'undocumented-operation',
  'operation-path',
  'operation-id',
  'tag',
  'summary',
  'deprecated',
  'security',
  // parameters, bodies, responses
  'missing-parameter',
  'extra-parameter',
  'required',
  'missing-request-body',
  'extra-request-body',
  'missing-content-type',
  'extra-content-type',
  'missing-response',
  'extra-response',
  'missing-header',
  'extra-header',
  // schemas
  'type',
  'nullable',
  'format',
  'enum',
  'default',
  'constraint',
  'keyword',
  'missing-property',
  'extra-property',
  'additional-properties',
  'schema',
  'composition',
  'discriminator',
] as const;

/** The kind of a {@link Difference}. */
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** A difference found below an operation, located relative to that operation. */
export interface RelativeDifference {
  /** JSON path segments from the operation, e.g. `['requestBody', 'application/json', 'properties', 'type', 'enum']`. */
  at: string[];
  kind: DifferenceKind;
  /** What the reference says (`undefined` when it says nothing). */
  reference: unknown;
  /** What the spec says (`undefined` when it says nothing). */
  spec: unknown;
  /**
   * The innermost named reference component the difference sits in, with the
   * path inside it. Many operations share a schema; this groups their reports.
   */
  referenceSchema?: { name: string; at: string[] };
}

/** A difference between the spec and the reference, for one operation. */
export interface Difference extends RelativeDifference {
  /** Upper-case HTTP method. */
  method: string;
  /** The path template (the spec's, or the reference's when the spec lacks the operation). */
  path: string;
  /** The operation's id (the spec's, else the reference's), or `(none)`. */
  operationId: string;
}
