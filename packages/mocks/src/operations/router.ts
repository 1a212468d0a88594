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

/** The path parameters of a pathname for a route, or undefined when it does not match. */
export function matchRoute(route: Route, pathname: string): Record<string, string> | undefined {
  const match = route.pattern.exec(pathname);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  route.names.forEach((name, index) => {
    params[name] = decodeURIComponent(match[index + 1] as string);
  });
  return params;
}

/** Finds the operation for a method and pathname; `methodNotAllowed` when only the path is known. */
export function findRoute(
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | { methodNotAllowed: true } | undefined {
  let pathKnown = false;
  for (const route of routes) {
    const params = matchRoute(route, pathname);
    if (!params) continue;
    if (route.operation.method === method.toUpperCase()) return { route, params };
    pathKnown = true;
  }
  return pathKnown ? { methodNotAllowed: true } : undefined;
}
