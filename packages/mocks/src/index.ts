/**
 * `@monite-ts/mocks`: a stateful in-memory Monite API for tests, served by
 * msw handlers in Node and browsers. This entry imports no Node built-ins;
 * the HTTP server lives in `@monite-ts/mocks/node`.
 */
import type { HttpHandler } from 'msw';
import { createMonite } from './create-monite.js';

export { createMonite } from './create-monite.js';
export type {
  ClockOption,
  CreateMoniteOptions,
  Fixture,
  MockClockControl,
  MockWebhooks,
  MoniteMock,
} from './create-monite.js';
export type {
  DeliverFunction,
  DeliveryAttempt,
  WebhookDelivery,
  WebhookOptions,
} from './domain/webhooks/delivery.js';
export type { MockSnapshot } from './pipeline/snapshot.js';
export type { MoniteEvent } from './state/event-log.js';
export type { TimeEffects } from './domain/module.js';
export type { MockClient } from './state/tokens.js';
export type { FaultRule } from './pipeline/faults.js';
export type {
  ActionOperation,
  CollectionWriteOperation,
  ItemOperation,
  ListOperation,
  MockOperation,
  OperationKind,
  RpcOperation,
  SingletonOperation,
} from './operations/operation-table.js';
export type { SchemaDocument, OperationSchemas, ParameterSpec, JsonSchema } from './schema/schema-document.js';
export { operations } from './generated/operations.js';
export { references } from './generated/references.js';
export type { ReferenceField, ReferenceTable } from './operations/reference-table.js';
export { type ReferencedObject, referencedObjects } from './state/references.js';
export { schemaDocument } from './generated/schemas.js';
export { resolveRef as resolveSchemaRef } from './schema/schema-tools.js';

/**
 * Handlers of a default in-memory Monite (seed `monite`). Use `createMonite()`
 * when a test needs its own state, fixtures or faults, or a `reset()`.
 */
export const handlers: HttpHandler[] = /* @__PURE__ */ createMonite().handlers;
