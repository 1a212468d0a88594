/**
 * Types for every documented Monite API operation, generated from the
 * monite-ts OpenAPI spec. Types only: importing this package adds no code.
 * @packageDocumentation
 */
// Every schema is a named type (`CounterpartResponse`, ...), so errors and
// hovers show its name; `paths`, `components` and `operations` point at them.
export type * from './generated/schema.js';
export type * from './helpers.js';
