/**
 * The vocabulary of a spec diff: how severe a change is and what was found.
 * Severities are named after the semver bump they require so the changeset
 * check can compare them with what a changeset asks for directly.
 */

/** The semver bump a change requires; `none` when nothing a consumer sees moved. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** Bumps from smallest to largest, so comparing two is comparing indexes. */
export const BUMP_ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** Whether bump `a` is strictly smaller than bump `b`. */
export function bumpLessThan(a: Bump, b: Bump): boolean {
  return BUMP_ORDER.indexOf(a) < BUMP_ORDER.indexOf(b);
}

/** Every kind of change the diff recognises; the report groups by it. */
export type ChangeKind =
  | 'operation-removed'
  | 'operation-added'
  | 'operation-id-changed'
  | 'operation-deprecated'
  | 'parameter-removed'
  | 'parameter-added-required'
  | 'parameter-added-optional'
  | 'parameter-became-required'
  | 'parameter-became-optional'
  | 'request-body-removed'
  | 'request-body-added'
  | 'request-body-became-required'
  | 'request-body-became-optional'
  | 'media-type-removed'
  | 'media-type-added'
  | 'response-removed'
  | 'response-added'
  | 'response-header-removed'
  | 'response-header-added'
  | 'property-removed'
  | 'property-added-required'
  | 'property-added-optional'
  | 'property-became-required'
  | 'property-became-optional'
  | 'type-narrowed'
  | 'type-widened'
  | 'type-changed'
  | 'enum-value-removed'
  | 'enum-value-added'
  | 'constraint-tightened'
  | 'constraint-loosened'
  | 'variant-removed'
  | 'variant-added'
  | 'description-changed';

/** One classified difference between the base and the head spec. */
export interface Change {
  /** What happened, in the diff's vocabulary. */
  kind: ChangeKind;
  /** The bump this change requires on its own. */
  bump: Bump;
  /** The operation it concerns, as `METHOD /path`, or `spec` for document-level changes. */
  operation: string;
  /** Where inside the operation: `query parameter limit`, `request body application/json: address.city`, ... */
  location: string;
  /** One readable sentence. */
  message: string;
}

/** An OpenAPI document, loosely typed: the diff walks it defensively. */
export type OpenApiDocument = Record<string, unknown>;
