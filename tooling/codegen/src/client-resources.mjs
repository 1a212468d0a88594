// The client's resource methods, rendered: a compact route table the runtime
// walks once (one line per operation, so the bundle stays small), and the
// method signatures with every operation's argument and result types written
// out once, so a call costs the type checker a property lookup instead of
// openapi-fetch's generic inference. The methods and their names come from
// resource-methods.mjs. Pure functions of the spec; run.mjs writes the files.
import { API_METHODS, isJsonMediaType } from '@monite-ts/openapi-model';
import { generatedHeader } from './lib.mjs';
import { camelCase, initMembers, quote, resourceMethods, tableName } from './resource-methods.mjs';

export { camelCase, checkNames, RESERVED_NAMES, resourceMethods, tableName } from './resource-methods.mjs';

/** @typedef {import('./resource-methods.mjs').ResourceMethod} ResourceMethod */
/** @typedef {Record<string, any>} Json */

/** The generator named in the path calls' table header. */
export const CALLS_GENERATOR = 'tooling/codegen/src/generate-client-paths.mjs (client-resources.mjs)';

/** The generator named in the generated files' header. */
export const RESOURCES_GENERATOR = 'tooling/codegen/src/generate-client-paths.mjs (client-resources.mjs)';

/**
 * The route table line of one method:
 * `resource.keys name METHOD /path flags`, flags being `b` (body argument),
 * `q` (query argument), `l` (cursor list) and `B` (binary response).
 * @param {ResourceMethod} m
 * @returns {string}
 */
export function routeLine(m) {
  const flags =
    (m.arg === 'body' ? 'b' : m.arg === 'query' ? 'q' : '') +
    (m.list ? 'l' : '') +
    (m.responseType && !isJsonMediaType(m.responseType) ? 'B' : '');
  return `${m.resource.join('.')} ${m.name} ${m.method} ${m.path}${flags ? ` ${flags}` : ''}`;
}

/**
 * The interface name of a resource: `['counterparts', 'contacts']` gives
 * `MoniteCounterpartsContactsResource`.
 * @param {string[]} resource
 * @returns {string}
 */
export function interfaceName(resource) {
  return `Monite${resource.map((k) => k.replace(/^_/, '').replace(/^./, (c) => c.toUpperCase())).join('')}Resource`;
}

/**
 * The TypeScript signature of one method, its types read from the client's
 * `MonitePaths` by indexed access (resolved once per program, no generic
 * inference at the call site).
 * @param {ResourceMethod} m
 * @returns {string}
 */
export function methodSignature(m) {
  const op = `MonitePaths[${quote(m.path)}][${quote(m.method.toLowerCase())}]`;
  const args = m.pathParams.map((p) => `${camelCase(p)}: string`);
  if (m.arg === 'body') {
    const body = m.bodyRequired ? `${op}['requestBody']` : `NonNullable<${op}['requestBody']>`;
    args.push(`body${m.argRequired ? '' : '?'}: ${body}['content'][${quote(String(m.bodyType))}]`);
  } else if (m.arg === 'query') {
    args.push(`query${m.argRequired ? '' : '?'}: NonNullable<${op}['parameters']['query']>`);
  }
  const result = m.responseType ? `${op}['responses'][${m.status}]['content'][${quote(m.responseType)}]` : 'undefined';
  if (m.list) {
    args.push('options?: MoniteListOptions');
    return `${m.name}(${args.join(', ')}): MoniteListPromise<${result}, ${result}['data'][number]>;`;
  }
  // A query that travels beside a body (no such operation today) goes in the options.
  const options =
    m.arg === 'body' && m.hasQuery
      ? `MoniteRequestOptions & { query?: NonNullable<${op}['parameters']['query']> }`
      : 'MoniteRequestOptions';
  args.push(`options?: ${options}`);
  return `${m.name}(${args.join(', ')}): MonitePromise<${result}>;`;
}

/**
 * The resource tree: for each resource, its methods and child resources.
 * @param {ResourceMethod[]} methods
 * @returns {Map<string, { resource: string[], methods: ResourceMethod[], children: Set<string> }>} keyed by the dotted resource
 */
export function resourceTree(methods) {
  /** @type {Map<string, { resource: string[], methods: ResourceMethod[], children: Set<string> }>} */
  const tree = new Map([['', { resource: [], methods: [], children: new Set() }]]);
  const node = (/** @type {string[]} */ resource) => {
    const key = resource.join('.');
    let found = tree.get(key);
    if (!found) {
      found = { resource, methods: [], children: new Set() };
      tree.set(key, found);
      node(resource.slice(0, -1)).children.add(/** @type {string} */ (resource.at(-1)));
    }
    return found;
  };
  for (const m of methods) node(m.resource).methods.push(m);
  return tree;
}

/**
 * The path calls' table (`call-table.ts`): per method and path, the init
 * argument as a tuple, the success data and the error body, all written out
 * here so `monite.GET(path, init)` infers only the path and reads the rest.
 * (openapi-fetch's signature infers the whole init and maps `paths` at every
 * call: about 8,000 type instantiations per call with Monite's types.)
 * @param {ResourceMethod[]} methods
 * @returns {string}
 */
export function renderCallTable(methods) {
  /** @type {Record<string, string[]>} */
  const byMethod = Object.fromEntries(API_METHODS.map((method) => [method, /** @type {string[]} */ ([])]));
  for (const m of methods) {
    const { params, body, optional } = initMembers(m, 'paths');
    const init = `{ ${params}; ${body} } & MoniteInit`;
    byMethod[m.method.toLowerCase()]?.push(
      `  ${quote(m.path)}: { init: [init${optional ? '?' : ''}: ${init}]; data: ${m.dataType}; error: ${m.errorType} };\n`,
    );
  }
  const tables = Object.entries(byMethod).map(
    ([method, lines]) =>
      `/** The ${method.toUpperCase()} operations by path: init argument, success data, error body. */\n` +
      `export interface ${tableName(method, 'Calls')} {\n${lines.join('')}}\n`,
  );
  return (
    generatedHeader(CALLS_GENERATOR) +
    '/* eslint-disable */\n' +
    "import type { MoniteInit } from '../client/call-types.js';\n" +
    "import type { components, paths } from './paths.js';\n\n" +
    tables.join('\n') +
    '\n/** The call tables by method. */\n' +
    `export interface CallTable {\n${API_METHODS.map((method) => `  ${method}: ${tableName(method, 'Calls')};\n`).join('')}}\n`
  );
}

/**
 * The client's generated resource files from a spec: `resource-routes.ts`
 * (runtime) and `resource-types.ts` (declarations).
 * @param {Json} spec
 * @returns {{ files: Record<string, string>, methods: ResourceMethod[] }}
 */
export function renderClientResources(spec) {
  const methods = resourceMethods(spec);
  const routes =
    generatedHeader(RESOURCES_GENERATOR) +
    '/**\n' +
    ' * Every operation as a resource method, one line each:\n' +
    ' * `resource.keys name METHOD /path [flags]`; flags: `b` body argument,\n' +
    ' * `q` query argument, `l` cursor list, `B` binary response.\n' +
    ' */\n' +
    `export const RESOURCE_ROUTES = \`\n${methods.map(routeLine).join('\n')}\n\`;\n`;

  const tree = resourceTree(methods);
  const blocks = [...tree.values()].map(({ resource, methods: own, children }) => {
    const name = resource.length === 0 ? 'MoniteResources' : interfaceName(resource);
    const doc =
      resource.length === 0
        ? '/** The resource methods of a client, by the path segments of the operations. */'
        : `/** \`monite.${resource.join('.')}\`. */`;
    const members = [
      ...own.map(
        (m) => `  /** ${m.summary ?? m.operationId ?? ''}: \`${m.method} ${m.path}\`. */\n  ${methodSignature(m)}`,
      ),
      ...[...children].map(
        (child) =>
          `  /** \`monite.${[...resource, child].join('.')}\`. */\n  readonly ${child}: ${interfaceName([...resource, child])};`,
      ),
    ];
    return `${doc}\nexport interface ${name} {\n${members.join('\n')}\n}\n`;
  });
  const types =
    generatedHeader(RESOURCES_GENERATOR) +
    '/* eslint-disable */\n' +
    "import type { MonitePaths } from '@monite-ts/client';\n" +
    "import type { MoniteListOptions, MoniteListPromise, MonitePromise, MoniteRequestOptions } from '../resources/resource-promise.js';\n\n" +
    blocks.join('\n');
  return {
    files: { 'call-table.ts': renderCallTable(methods), 'resource-routes.ts': routes, 'resource-types.ts': types },
    methods,
  };
}
