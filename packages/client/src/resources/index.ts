/**
 * Resource methods for the Monite client, the entry point
 * `@monite-ts/client/resources`: `monite.counterparts.contacts.create(counterpartId, body)`,
 * `monite.payables.list({ status: 'new' })`, generated from the spec. A
 * separate entry so that `import { createMoniteClient }` alone stays small.
 * @packageDocumentation
 */
// The methods are built from a compact route table (one line per operation)
// rather than one generated function per operation: the table gzips to a
// few kilobytes, and every method goes through the same path call, so
// transport, auth, retries, timeouts, entity scoping and middleware are the
// client's own. Imports the main entry by its package name so both entries
// share one copy of the client and of its error classes.
import {
  type CallResult,
  createMoniteClient,
  type MoniteClient,
  type MoniteClientOptions,
  pages,
  type PaginationClient,
} from '@monite-ts/client';
import { RESOURCE_ROUTES } from '../generated/resource-routes.js';
import { parseRoutes, type Route, type RouteNode } from './route-table.js';
import type { MoniteResources } from '../generated/resource-types.js';
import { type MoniteListOptions, MoniteListPromise, MonitePromise } from './resource-promise.js';

export type * from '../generated/resource-types.js';
export {
  MoniteListPromise,
  MonitePromise,
  type MoniteListOptions,
  type MoniteRequestOptions,
  type MoniteResponse,
} from './resource-promise.js';

/** A client with both path calls (`monite.GET(...)`) and resource methods (`monite.payables.list()`). */
export type MoniteResourceClient = Omit<MoniteClient, 'withEntity'> &
  MoniteResources & {
    /** The same client acting on another entity, with resource methods too. */
    withEntity(entityId: string): MoniteResourceClient;
  };

// The generated table as a tree, parsed on first use and kept for the process.
let parsed: RouteNode | undefined;

type LooseCall = (path: string, init: Record<string, unknown>) => Promise<CallResult>;

/** The path call and pagination init of one method call, from its positional arguments. */
function callOf(client: MoniteClient, route: Route, args: unknown[]) {
  const count = route.params.length;
  const path = Object.fromEntries(route.params.map((name, i) => [name, args[i]]));
  const arg = route.arg ? args[count] : undefined;
  const options = ((route.arg ? args[count + 1] : args[count]) ?? {}) as MoniteListOptions & { query?: unknown };
  const { entityId, query, limit, maxPages, ...callOptions } = options;
  // Per-call entity through withEntity, so partner-level operations still go
  // without the header, exactly as on a client scoped to that entity.
  const target = entityId === undefined ? client : client.withEntity(entityId);
  const init: Record<string, unknown> = {
    ...callOptions,
    params: { path, query: route.arg === 'q' ? arg : query },
  };
  // An undefined body is sent as none, like a path call without one.
  if (route.arg === 'b') init.body = arg;
  if (route.binary) init.parseAs = 'blob';
  return { target, init, paging: { limit, maxPages } };
}

function method(client: MoniteClient, route: Route) {
  return (...args: unknown[]) => {
    const { target, init, paging } = callOf(client, route, args);
    const send = () => (target[route.method] as unknown as LooseCall)(route.path, init);
    if (!route.list) return new MonitePromise(send);
    const iterate = () =>
      (pages as unknown as (c: PaginationClient, p: string, i: unknown) => AsyncIterable<unknown>)(target, route.path, {
        ...init,
        // pages() reads an undefined limit or maxPages as none.
        limit: paging.limit,
        maxPages: paging.maxPages,
      });
    return new MoniteListPromise(send, iterate);
  };
}

function build(client: MoniteClient, node: RouteNode): Record<string, unknown> {
  const resource: Record<string, unknown> = {};
  for (const [key, child] of node.children) resource[key] = build(client, child);
  for (const route of node.routes) resource[route.name] = method(client, route);
  return resource;
}

/**
 * Adds the resource methods to a client. The result still has the path
 * calls (`GET`, `POST`, ...), `use` and `withEntity`, and shares the client's
 * configuration, token cache and middleware.
 * @example
 * import { createMoniteClient } from '@monite-ts/client';
 * import { withResources } from '@monite-ts/client/resources';
 * const monite = withResources(createMoniteClient({ environment: 'sandbox', auth: { clientId, clientSecret }, entityId }));
 * const contact = await monite.counterparts.contacts.create(counterpartId, { first_name: 'Ann', last_name: 'Lee', address });
 */
export function withResources(client: MoniteClient): MoniteResourceClient {
  parsed ??= parseRoutes(RESOURCE_ROUTES);
  const methods = build(client, parsed);
  return {
    ...client,
    ...methods,
    withEntity: (entityId: string) => withResources(client.withEntity(entityId)),
  } as unknown as MoniteResourceClient;
}

/**
 * Creates a client with resource methods: `withResources(createMoniteClient(options))`.
 * @example
 * const monite = createMoniteResources({ environment: 'sandbox', auth: { token } });
 * for await (const payable of monite.payables.list({ status: 'new' })) console.log(payable.id);
 */
export function createMoniteResources(options: MoniteClientOptions): MoniteResourceClient {
  return withResources(createMoniteClient(options));
}
