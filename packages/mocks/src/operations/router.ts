import { operations } from '../generated/operations.js';
import type { MockOperation } from './operation-table.js';
import { paramNames, pathPattern } from './path-templates.js';

/** An operation with its compiled path matcher. */
export interface Route {
  operation: MockOperation;
  /** Matches a URL pathname (with or without `/v1`); groups are the path parameters in order. */
  pattern: RegExp;
  names: string[];
}

/** Routes for every operation, most specific path first (the generator sorts them). */
export const routes: readonly Route[] = operations.map((operation) => ({
  operation,
  pattern: new RegExp(`^${pathPattern(operation.path)}$`),
  names: paramNames(operation.path),
}));

/**
 * The path parameters of a pathname for a route, or undefined when it does
 * not match. Throws `URIError` when a parameter is not valid percent-encoding.
 */
export function matchRoute(route: Route, pathname: string): Record<string, string> | undefined {
  const match = route.pattern.exec(pathname);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  route.names.forEach((name, index) => {
    params[name] = decodeURIComponent(match[index + 1] as string);
  });
  return params;
}

/** What routing makes of a request: an operation, a known path with another method, a malformed path, or nothing. */
export type RouteResult =
  | { route: Route; params: Record<string, string> }
  | { methodNotAllowed: true; allow: string[] }
  | { malformed: true }
  | undefined;

/**
 * Finds the operation for a method and pathname; `methodNotAllowed` (with the
 * methods the path has) when only the path is known; `malformed` when a path
 * segment is not valid percent-encoding.
 */
export function findRoute(method: string, pathname: string): RouteResult {
  const allow: string[] = [];
  for (const route of routes) {
    let params: Record<string, string> | undefined;
    try {
      params = matchRoute(route, pathname);
    } catch {
      return { malformed: true };
    }
    if (!params) continue;
    if (route.operation.method === method.toUpperCase()) return { route, params };
    if (!allow.includes(route.operation.method)) allow.push(route.operation.method);
  }
  return allow.length > 0 ? { methodNotAllowed: true, allow } : undefined;
}

/** The operation of an operation id (one the generated table has). */
export function operationById(operationId: string): MockOperation {
  const found = operations.find((operation) => operation.operationId === operationId);
  if (!found) throw new RangeError(`No operation ${operationId} in the operation table`);
  return found;
}
