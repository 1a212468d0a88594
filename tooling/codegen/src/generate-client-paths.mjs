// Generates the client's own view of the API (packages/client/src/generated):
// the same operations as @monite-ts/types, shaped for calls made through
// @monite-ts/client.
//
// Why a second view instead of mapped types over @monite-ts/types: the client
// injects `x-monite-version` and `x-monite-entity-id`, so its call types must
// not require them. Doing that once here costs nothing at type-check time;
// a mapped type would be re-evaluated by every call site (DESIGN.md).
//
// The one difference from the types package: the injected header parameters
// are optional. The schemas (`components`) are the types package's own,
// imported rather than generated again; both are generated with the same
// settings (lib.mjs, openapiDeclarations).
import { resolve } from 'node:path';
import {
  declarationName,
  generatedHeader,
  openapiDeclarations,
  printDeclarations,
  readBundledSpec,
  repoRoot,
  resolveLocalRef,
  writeIfChanged,
} from './lib.mjs';

const outDir = resolve(repoRoot, 'packages/client/src/generated');
const generator = 'tooling/codegen/src/generate-client-paths.mjs';

/** Header parameters the client sends on every call. */
const INJECTED_HEADERS = new Set(['x-monite-version', 'x-monite-entity-id']);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Marks the injected headers optional wherever they are declared: inline in an
 * operation or path item, or once in `components.parameters` (the split spec
 * shares `MoniteVersion` and `EntityId` that way). Returns how many parameter
 * objects were relaxed, so a spec that stops declaring them is noticed.
 */
function relaxInjectedHeaders(doc) {
  const relaxed = new Set();
  const relax = (parameter) => {
    const target = parameter?.$ref ? resolveLocalRef(doc, parameter.$ref) : parameter;
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

const spec = readBundledSpec();
const view = structuredClone(spec);
const relaxedCount = relaxInjectedHeaders(view);
if (relaxedCount === 0) {
  throw new Error('No x-monite-version / x-monite-entity-id header parameter found: has the spec changed shape?');
}

// Only the call-site shapes are generated here: `paths` and `operations`,
// which differ from the types package's by the optional headers. They point
// into `components`, taken from @monite-ts/types.
const CALL_SITE_DECLARATIONS = new Set(['paths', 'operations']);
const declarations = (await openapiDeclarations(view)).filter((node) =>
  CALL_SITE_DECLARATIONS.has(declarationName(node)),
);
const pathsSource =
  generatedHeader(generator) +
  '/* eslint-disable */\n' +
  "import type { components } from '@monite-ts/types';\n\n" +
  'export type { components };\n' +
  printDeclarations(declarations);

const version = spec.info?.version;
if (!/^\d{4}-\d{2}-\d{2}$/.test(String(version))) {
  throw new Error(`spec info.version must be the API version date (YYYY-MM-DD), got ${version}`);
}
const metaSource =
  generatedHeader(generator) +
  '/** The Monite API version the spec describes; sent as `x-monite-version` unless configured otherwise. */\n' +
  `export const SPEC_API_VERSION = '${version}';\n`;

// Which paths support each method, and which GETs answer with a cursor page,
// computed here once: deriving them in the type system (openapi-fetch's
// ClientPathsWithMethod over all of `paths`) costs ~150,000 type
// instantiations in every program that makes a call.
const CLIENT_METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const union = (list) => (list.length ? list.map((p) => `'${p}'`).join(' | ') : 'never');
const pathsWith = (method) => Object.keys(spec.paths).filter((path) => spec.paths[path][method]);
const answersWithCursor = (operation) => {
  let schema = operation?.responses?.['200']?.content?.['application/json']?.schema;
  if (schema?.$ref) schema = resolveLocalRef(spec, schema.$ref);
  return Boolean(schema?.properties?.next_pagination_token && schema?.properties?.data);
};
const listPaths = pathsWith('get').filter((path) => answersWithCursor(spec.paths[path].get));
const routesSource =
  generatedHeader(generator) +
  '/** The paths that support each HTTP method. */\n' +
  'export interface PathsByMethod {\n' +
  CLIENT_METHODS.map((m) => `  ${m}: ${union(pathsWith(m))};\n`).join('') +
  '}\n\n' +
  '/** The GET paths that answer with a cursor page (`data` and `next_pagination_token`). */\n' +
  `export type ListPath = ${union(listPaths)};\n`;

// Partner-level operations (auth, entities, webhooks, ...) declare no
// x-monite-entity-id; the client leaves the header off them rather than send
// a header the operation does not define.
const declaresEntity = (pathItem, operation) =>
  [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
    .map((p) => (p?.$ref ? resolveLocalRef(spec, p.$ref) : p))
    .some((p) => p?.in === 'header' && p?.name?.toLowerCase() === 'x-monite-entity-id');
const partnerLevel = Object.entries(spec.paths).flatMap(([path, item]) =>
  CLIENT_METHODS.filter((m) => item[m] && !declaresEntity(item, item[m])).map((m) => `${m.toUpperCase()} ${path}`),
);
const partnerSource =
  generatedHeader(generator) +
  '/** `METHOD /path` of the operations that take no `x-monite-entity-id` header. */\n' +
  'export const PARTNER_LEVEL_OPERATIONS: ReadonlySet<string> = new Set([\n' +
  partnerLevel.map((op) => `  '${op}',\n`).join('') +
  ']);\n';

const changed = [
  writeIfChanged(resolve(outDir, 'partner-operations.ts'), partnerSource),
  writeIfChanged(resolve(outDir, 'paths.ts'), pathsSource),
  writeIfChanged(resolve(outDir, 'api-version.ts'), metaSource),
  writeIfChanged(resolve(outDir, 'routes.ts'), routesSource),
].filter(Boolean).length;
console.log(
  `client paths: ${Object.keys(spec.paths).length} paths, ${relaxedCount} injected header parameter(s) made optional (${changed} file(s) written)`,
);
