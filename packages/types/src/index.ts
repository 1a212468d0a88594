/**
 * Types for every documented Monite API operation, generated from the
 * monite-ts OpenAPI spec. Types only: importing this package adds no code.
 * @packageDocumentation
 */
export type { paths, components, operations, webhooks } from './generated/schema.js';
export type * from './generated/aliases.js';
export type * from './helpers.js';
