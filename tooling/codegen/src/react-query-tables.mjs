// The hooks package's tables (packages/react-query/src/generated), pure
// functions of the spec; the entry file writes them.
//
// hook-table.ts: every operation's init argument and success data, written
// out once so a hook call infers only its method and path (the same reason
// as the client's call table). It reads the client's exported `MonitePaths`,
// so the hooks see exactly the operations, and optional headers, of the
// client they wrap.
//
// stale-queries.ts: for each write operation, the GET paths whose cached
// answers it makes stale. The rule reads the path only: every GET path the
// write path starts with (segment by segment, the write path included) is
// stale, so an action on an item marks the item and its collection, and a
// write to a nested collection marks the collection, its parent item and the
// parent's collection. A DELETE also marks what hangs below the deleted item.
// The API's reads sent as POST (search, preview, verify) mark nothing.
import { API_METHODS, isParameterSegment, pathSegments } from '@monite-ts/openapi-model';
import { initMembers, quote, resourceMethods, tableName } from './resource-methods.mjs';
import { generatedHeader } from './lib.mjs';

/** The generator named in the generated files' header. */
export const REACT_QUERY_GENERATOR = 'tooling/codegen/src/generate-react-query.mjs (react-query-tables.mjs)';

/** Last path segments of POST operations that read rather than write. */
export const READ_ACTIONS = new Set(['search', 'preview', 'verify']);

/** @typedef {Record<string, any>} Json */

/** @typedef {import('./client-resources.mjs').ResourceMethod} ResourceMethod */

/**
 * The GET paths a write operation makes stale, in path order: the GET paths
 * among the write path's prefixes (itself included), and for a DELETE the GET
 * paths below it. Empty for a GET and for the reads sent as POST.
 * @param {string} method any case
 * @param {string} path
 * @param {ReadonlySet<string>} getPaths every path with a GET operation
 * @returns {string[]}
 */
export function staleQueries(method, path, getPaths) {
  const upper = method.toUpperCase();
  const segments = pathSegments(path);
  const last = segments.at(-1);
  if (upper === 'GET' || (upper === 'POST' && last !== undefined && READ_ACTIONS.has(last))) return [];
  const prefixes = segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}`);
  const stale = prefixes.filter((prefix) => getPaths.has(prefix));
  if (upper === 'DELETE' && isParameterSegment(last)) {
    stale.push(...[...getPaths].filter((p) => p.startsWith(`${path}/`)).sort());
  }
  return stale;
}

/**
 * `stale-queries.ts`: `METHOD /path` of every write operation that makes
 * something stale, and the GET paths it makes stale.
 * @param {Json} spec
 * @returns {string}
 */
export function renderStaleQueries(spec) {
  const paths = Object.keys(spec.paths ?? {});
  const getPaths = new Set(paths.filter((p) => spec.paths[p]?.get));
  const lines = [];
  for (const path of paths) {
    for (const method of API_METHODS) {
      if (method === 'get' || !spec.paths[path]?.[method]) continue;
      const stale = staleQueries(method, path, getPaths);
      if (stale.length > 0)
        lines.push(`  ${quote(`${method.toUpperCase()} ${path}`)}: [${stale.map(quote).join(', ')}],`);
    }
  }
  return (
    generatedHeader(REACT_QUERY_GENERATOR) +
    '/**\n' +
    ' * The GET paths whose cached answers a write operation makes stale, by\n' +
    " * `METHOD /path`. Their path parameters are the write's own (same names).\n" +
    ' */\n' +
    `export const STALE_QUERIES: Readonly<Record<string, readonly string[]>> = {\n${lines.join('\n')}\n};\n`
  );
}

/**
 * One operation's line in the hook table.
 * @param {ResourceMethod} m
 * @returns {string}
 */
export function hookEntry(m) {
  const { op, params, body, optional } = initMembers(m, 'MonitePaths');
  const data = m.responseType ? `${op}['responses'][${m.status}]['content'][${quote(m.responseType)}]` : 'undefined';
  return `  ${quote(m.path)}: { init: { ${params}; ${body} } & MoniteInit; optional: ${optional}; data: ${data} };`;
}

/**
 * `hook-table.ts`: per method, every path's init, whether it may be left
 * out, and its success data; and the GET paths that answer with a cursor page.
 * @param {ResourceMethod[]} methods
 * @returns {string}
 */
export function renderHookTable(methods) {
  const tables = API_METHODS.map((method) => {
    const name = tableName(method, 'Hooks');
    const lines = methods.filter((m) => m.method.toLowerCase() === method).map(hookEntry);
    return `/** The ${method.toUpperCase()} operations by path: init, whether it is optional, success data. */\nexport interface ${name} {\n${lines.join('\n')}\n}\n`;
  });
  const lists = methods.filter((m) => m.list).map((m) => `  | ${quote(m.path)}`);
  return (
    generatedHeader(REACT_QUERY_GENERATOR) +
    '/* eslint-disable */\n' +
    "import type { MoniteInit, MonitePaths } from '@monite-ts/client';\n\n" +
    tables.join('\n') +
    '\n/** The hook tables by method. */\n' +
    `export interface HookTable {\n${API_METHODS.map((method) => `  ${method}: ${tableName(method, 'Hooks')};\n`).join('')}}\n\n` +
    '/** The GET paths that answer with a cursor page (`data` and `next_pagination_token`). */\n' +
    `export type CursorListPath =\n${lists.join('\n')};\n`
  );
}

/**
 * The hooks package's generated files from a spec.
 * @param {Json} spec
 * @returns {{ files: Record<string, string>, summary: (written: number) => string[] }}
 */
export function renderReactQueryTables(spec) {
  const methods = resourceMethods(spec);
  const files = { 'hook-table.ts': renderHookTable(methods), 'stale-queries.ts': renderStaleQueries(spec) };
  const writes = methods.filter((m) => m.method !== 'GET').length;
  return {
    files,
    summary: (written) => [
      `react-query: ${methods.length} operations (${writes} writes) -> packages/react-query/src/generated (${written} written)`,
    ],
  };
}
