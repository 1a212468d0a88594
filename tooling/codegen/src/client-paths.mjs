// The client's own view of the API (packages/client/src/generated): the same
// operations as @monite-ts/types, shaped for calls made through
// @monite-ts/client. Pure functions of the spec; the entry file writes.
//
// Why a second view instead of mapped types over @monite-ts/types: the client
// injects `x-monite-version` and `x-monite-entity-id`, so its call types must
// not require them. Making them optional once, here, costs nothing when a
// user's program is type-checked; a mapped type over every path would be
// evaluated again at every call site.
//
// The one difference from the types package: the injected header parameters
// are optional. The schemas (`components`) are the types package's own,
// imported rather than generated again; both are generated with the same
// settings (lib.mjs, openapiDeclarations).
import {
  API_METHODS,
  describeOperation,
  HTTP_METHODS,
  isObject,
  listOperations,
  resolveRef,
} from '@monite-ts/openapi-model';
import { renderClientResources } from './client-resources.mjs';
import { declarationName, generatedHeader, openapiDeclarations, printDeclarations } from './lib.mjs';

/** The generator named in the generated files' header. */
export const CLIENT_GENERATOR = 'tooling/codegen/src/generate-client-paths.mjs';

/** Header parameters the client sends on every call. */
export const INJECTED_HEADERS = new Set(['x-monite-version', 'x-monite-entity-id']);

/** @typedef {Record<string, any>} Json A JSON value walked dynamically. */

/**
 * Marks the injected headers optional wherever they are declared: inline in an
 * operation or path item, or once in `components.parameters` (the split spec
 * shares `MoniteVersion` and `EntityId` that way). Changes `doc` in place, so
 * pass a copy. Returns how many parameter objects were relaxed, so a spec
 * that stops declaring them is noticed.
 * @param {Json} doc
 * @returns {number}
 */
export function relaxInjectedHeaders(doc) {
  /** @type {Set<object>} */
  const relaxed = new Set();
  /** @param {unknown} parameter */
  const relax = (parameter) => {
    const target = resolveRef(doc, parameter).node;
    if (target?.in === 'header' && INJECTED_HEADERS.has(String(target.name).toLowerCase())) {
      target.required = false;
      relaxed.add(target);
    }
  };
  for (const pathItem of Object.values(doc.paths ?? {})) {
    for (const parameter of pathItem.parameters ?? []) relax(parameter);
    for (const method of HTTP_METHODS) {
      for (const parameter of pathItem[method]?.parameters ?? []) relax(parameter);
    }
  }
  return relaxed.size;
}

/**
 * The paths that have an operation for a method, in document order.
 * @param {Json} spec
 * @param {string} method lower-case
 * @returns {string[]}
 */
export function pathsWithMethod(spec, method) {
  return Object.keys(spec.paths).filter((path) => isObject(spec.paths[path][method]));
}

/**
 * The GET paths that answer with a cursor page (`data` array and `next_pagination_token`).
 * @param {Json} spec
 * @returns {string[]}
 */
export function cursorListPaths(spec) {
  return pathsWithMethod(spec, 'get').filter((path) => describeOperation(spec, 'get', path).cursorList);
}

/**
 * `METHOD /path` of the partner-level operations (auth, entities, webhooks,
 * ...): those that declare no `x-monite-entity-id`. The client leaves the
 * header off them rather than send a header the operation does not define.
 * @param {Json} spec
 * @returns {string[]}
 */
export function partnerLevelOperations(spec) {
  return listOperations(spec, { methods: API_METHODS })
    .filter((o) => !describeOperation(spec, o.method, o.path).entityScoped)
    .map((o) => `${o.method} ${o.path}`);
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A regular expression source that matches `METHOD /path` exactly for the
 * partner-level operations: the same set as {@link partnerLevelOperations},
 * written small, because it ships in the client's main entry (a list of every
 * key cost ~500 B gzipped there). A path whose whole subtree is partner-level
 * (`/entities`, `/webhook_subscriptions`, ...) is one alternative for every
 * method and every path under it; a path whose own operations are all
 * partner-level is one alternative for every method; any other partner-level
 * operation is listed with its method. Patterns only ever meet the spec's own
 * path templates, which is what makes the subtree shortcut exact.
 * @param {Json} spec
 * @returns {string}
 */
export function partnerLevelPattern(spec) {
  /** @typedef {{ partner: string[], entity: number, children: Map<string, TrieNode> }} TrieNode */
  /** @returns {TrieNode} */
  const node = () => ({ partner: [], entity: 0, children: new Map() });
  const root = node();
  for (const o of listOperations(spec, { methods: API_METHODS })) {
    let at = root;
    for (const segment of o.path.split('/').slice(1)) {
      const next = at.children.get(segment) ?? node();
      at.children.set(segment, next);
      at = next;
    }
    if (describeOperation(spec, o.method, o.path).entityScoped) at.entity += 1;
    else at.partner.push(o.method.toUpperCase());
  }
  /** @param {TrieNode} n @returns {boolean} whether every operation under n (n's own included) is partner-level */
  const allPartner = (n) => n.entity === 0 && [...n.children.values()].every(allPartner);

  /** @type {string[]} */ const subtrees = [];
  /** @type {string[]} */ const paths = [];
  /** @type {string[]} */ const operations = [];
  /** @param {TrieNode} n @param {string} path */
  const visit = (n, path) => {
    if (path !== '' && allPartner(n)) {
      subtrees.push(escapeRegExp(path));
      return;
    }
    if (n.partner.length > 0 && n.entity === 0) paths.push(escapeRegExp(path));
    else for (const method of n.partner) operations.push(`${method} ${escapeRegExp(path)}`);
    for (const [segment, child] of n.children) visit(child, `${path}/${segment}`);
  };
  visit(root, '');

  const alternatives = [
    ...(subtrees.length ? [`[A-Z]+ (?:${subtrees.join('|')})(?:\\/.*)?`] : []),
    ...(paths.length ? [`[A-Z]+ (?:${paths.join('|')})`] : []),
    ...operations,
  ];
  // Nothing partner-level: a pattern that matches no key.
  return alternatives.length ? `^(?:${alternatives.join('|')})$` : '^(?!)$';
}

/** @param {string[]} list */
const union = (list) => (list.length ? list.map((p) => `'${p}'`).join(' | ') : 'never');

/**
 * The client's generated files from a spec.
 * @param {Json} spec
 * @returns {Promise<{ files: Record<string, string>, summary: (written: number) => string[] }>}
 */
export async function renderClientPaths(spec) {
  const view = structuredClone(spec);
  const relaxedCount = relaxInjectedHeaders(view);
  if (relaxedCount === 0) {
    throw new Error('No x-monite-version / x-monite-entity-id header parameter found: has the spec changed shape?');
  }

  // Only the call-site shapes are generated here: `paths` and `operations`,
  // which differ from the types package's by the optional headers. They point
  // into `components`, taken from @monite-ts/types.
  const callSiteDeclarations = new Set(['paths', 'operations']);
  const declarations = (await openapiDeclarations(view)).filter((node) =>
    callSiteDeclarations.has(declarationName(node) ?? ''),
  );
  const pathsSource =
    generatedHeader(CLIENT_GENERATOR) +
    '/* eslint-disable */\n' +
    "import type { components } from '@monite-ts/types';\n\n" +
    'export type { components };\n' +
    printDeclarations(declarations);

  const version = spec.info?.version;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(version))) {
    throw new Error(`spec info.version must be the API version date (YYYY-MM-DD), got ${version}`);
  }
  const metaSource =
    generatedHeader(CLIENT_GENERATOR) +
    '/** The Monite API version the spec describes; sent as `x-monite-version` unless configured otherwise. */\n' +
    `export const SPEC_API_VERSION = '${version}';\n`;

  // Which paths support each method, and which GETs answer with a cursor page,
  // computed here once: deriving them in the type system (openapi-fetch's
  // ClientPathsWithMethod over all of `paths`) costs ~150,000 type
  // instantiations in every program that makes a call.
  const routesSource =
    generatedHeader(CLIENT_GENERATOR) +
    '/** The paths that support each HTTP method. */\n' +
    'export interface PathsByMethod {\n' +
    API_METHODS.map((m) => `  ${m}: ${union(pathsWithMethod(spec, m))};\n`).join('') +
    '}\n\n' +
    '/** The GET paths that answer with a cursor page (`data` and `next_pagination_token`). */\n' +
    `export type ListPath = ${union(cursorListPaths(spec))};\n`;

  const partnerSource =
    generatedHeader(CLIENT_GENERATOR) +
    '/** Matches `METHOD /path` (method upper-case, path as templated) of the operations that take no `x-monite-entity-id` header. */\n' +
    `export const PARTNER_LEVEL_OPERATION = /${partnerLevelPattern(spec)}/;\n`;

  // The resource methods (monite.payables.list(), ...) come from the same
  // spec in the same run, so the path view and the methods never disagree.
  const resources = renderClientResources(spec);

  return {
    files: {
      ...resources.files,
      'partner-operations.ts': partnerSource,
      'paths.ts': pathsSource,
      'api-version.ts': metaSource,
      'routes.ts': routesSource,
    },
    summary: (written) => [
      `client paths: ${Object.keys(spec.paths).length} paths, ${relaxedCount} injected header parameter(s) made optional, ${resources.methods.length} resource methods (${written} file(s) written)`,
    ],
  };
}
