// The client's resource methods (packages/client/src/generated): a tree of
// methods named from the path segments (`monite.counterparts.contacts.create`),
// generated as two files: a compact route table the runtime walks once (one
// line per operation, not one function per operation, so the bundle stays
// small), and the method signatures with every operation's argument and
// result types written out here, once, so a call costs the type checker a
// property lookup instead of openapi-fetch's generic inference.
// Pure functions of the spec; run.mjs writes the files.
//
// Naming rules (also in packages/client/README.md, "Resource methods"):
// 1. The resource is the path's fixed segments in camelCase, parameters
//    dropped: `/counterparts/{counterpart_id}/contacts` is `counterparts.contacts`.
// 2. A path ending in a parameter names one item: GET `retrieve`, PATCH
//    `update`, PUT `replace`, DELETE `delete` (POST `create`).
// 3. A path ending in a fixed segment: GET `list` when it answers with a
//    `data` array, else `retrieve`; POST `create`; PUT `replace`; PATCH
//    `update`; DELETE `delete`.
// 4. An action: a path below another resource (two fixed segments or more)
//    whose only operation is a POST and that has no paths below it is a
//    method of its parent named after its last segment:
//    `POST /payables/{payable_id}/approve_payment_operation` is
//    `payables.approvePaymentOperation(payableId)`.
// 5. Two operations that would share a name on one resource: the one with
//    fewer path parameters keeps it, the others get `ById` appended
//    (`bankAccounts.completeVerification()` and
//    `bankAccounts.completeVerificationById(bankAccountId)`); should that
//    still clash, the operation id in camelCase is the name.
// Generation fails when a name still clashes (with another method, with a
// child resource, or with the client's own members at the top level).
import {
  API_METHODS,
  componentName,
  describeOperation,
  effectiveParameters,
  isParameterSegment,
  jsonSchemaOf,
  listOperations,
  pathSegments,
  preferredMediaType,
  resolveObject,
  resolveRef,
  successStatusOf,
} from '@monite-ts/openapi-model';

/** The client methods and properties a top-level resource must not shadow. */
export const RESERVED_NAMES = new Set([
  'GET',
  'PUT',
  'POST',
  'DELETE',
  'PATCH',
  'use',
  'eject',
  'withEntity',
  'baseUrl',
  'version',
  'entityId',
  'toString',
  'toJSON',
  'then',
  'constructor',
]);

/** @type {Record<string, string>} */
const METHOD_NAMES = {
  GET: 'retrieve',
  PATCH: 'update',
  PUT: 'replace',
  DELETE: 'delete',
  POST: 'create',
};

/** @typedef {Record<string, any>} Json */

/**
 * A string literal in TypeScript source.
 * @param {string} text
 * @returns {string}
 */
export function quote(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The name of a per-method table: `tableName('get', 'Calls')` is `GetCalls`.
 * @param {string} method lower-case
 * @param {string} suffix
 * @returns {string}
 */
export function tableName(method, suffix) {
  return `${method[0]?.toUpperCase()}${method.slice(1)}${suffix}`;
}

/**
 * One operation as a resource method.
 * @typedef {object} ResourceMethod
 * @property {string} method upper-case HTTP method
 * @property {string} path the path template
 * @property {string | undefined} operationId
 * @property {string | undefined} summary
 * @property {string[]} resource the resource's keys, e.g. `['counterparts', 'contacts']`
 * @property {string} name the method's name on that resource
 * @property {string[]} pathParams the path parameters, in path order
 * @property {'body' | 'query' | undefined} arg what the argument after the path parameters is
 * @property {boolean} argRequired whether that argument is required
 * @property {boolean} bodyRequired whether the request body is required (openapi-typescript then declares `requestBody` required)
 * @property {string | undefined} bodyType the request body's media type
 * @property {boolean} hasQuery whether the operation takes query parameters
 * @property {boolean} list a cursor-paginated list (`data` and `next_pagination_token`)
 * @property {number} status the success status
 * @property {string | undefined} responseType the success response's media type, if it has a body
 * @property {boolean} paramsRequired whether a path call must pass `params` (path parameters or a required query parameter)
 * @property {string} dataType the success body as TypeScript (`undefined` when there is none), for path calls
 * @property {string} errorType the error bodies as TypeScript (`never` when none is declared), for path calls
 */

/**
 * `approve_payment_operation` as `approvePaymentOperation`.
 * @param {string} segment
 * @returns {string}
 */
export function camelCase(segment) {
  const camel = segment.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
  return /^[0-9]/.test(camel) ? `_${camel}` : camel;
}

/**
 * Whether a GET answers with a list (a `data` array, cursor page or not, or
 * a bare array), so on a collection path it is a `list`.
 * @param {Json} spec
 * @param {string} path
 * @param {Json} operation
 * @returns {boolean}
 */
function answersWithList(spec, path, operation) {
  if (describeOperation(spec, 'get', path).list) return true;
  const response = /** @type {Json | undefined} */ (
    resolveObject(spec, operation.responses?.[String(successStatusOf(operation))]).node
  );
  return resolveRef(spec, jsonSchemaOf(response?.content)).node?.type === 'array';
}

/**
 * A schema as TypeScript: `components['schemas']['Name']` for a reference to
 * a named schema (short, and what a hover should show), else the indexed
 * access given.
 * @param {unknown} schema
 * @param {string} fallback
 * @returns {string}
 */
function schemaType(schema, fallback) {
  const name = componentName(/** @type {Json | undefined} */ (schema)?.$ref, 'schemas');
  return name ? `components['schemas'][${quote(name)}]` : fallback;
}

/**
 * Every operation of the spec as a resource method, names resolved by the
 * rules at the top of this file. Throws when a name still clashes.
 * @param {Json} spec
 * @returns {ResourceMethod[]}
 */
export function resourceMethods(spec) {
  const paths = Object.keys(spec.paths ?? {});
  const operations = listOperations(spec, { methods: API_METHODS });
  /** @type {ResourceMethod[]} */
  const methods = operations.map((located) => {
    const { method, path, operation, pathItem } = located;
    const segments = pathSegments(path);
    const fixed = segments.filter((s) => !isParameterSegment(s));
    const last = segments.at(-1);
    const hasChildren = paths.some((p) => p.startsWith(`${path}/`));
    const onlyPost = API_METHODS.every((m) => m === 'post' || !pathItem[m]);
    const action = method === 'POST' && !isParameterSegment(last) && fixed.length >= 2 && onlyPost && !hasChildren;
    let name;
    if (action) name = camelCase(String(last));
    else if (method === 'GET' && !isParameterSegment(last) && answersWithList(spec, path, operation)) name = 'list';
    else name = String(METHOD_NAMES[method]);
    const parameters = [...effectiveParameters(spec, located).values()];
    const pathParams = segments.filter(isParameterSegment).map((s) => s.slice(1, -1));
    const query = parameters.filter((p) => p.in === 'query');
    const body = /** @type {Json | undefined} */ (resolveObject(spec, operation.requestBody).node);
    const status = successStatusOf(operation);
    const responses = /** @type {Json} */ (operation.responses ?? {});
    const response = /** @type {Json | undefined} */ (resolveObject(spec, responses[String(status)]).node);
    const arg = body ? 'body' : query.length > 0 ? 'query' : undefined;
    const op = `paths[${quote(path)}][${quote(method.toLowerCase())}]`;
    const responseType = preferredMediaType(response?.content);
    const errors = Object.entries(responses)
      .filter(([code]) => !code.startsWith('2'))
      .flatMap(([code, value]) => {
        const content = /** @type {Json | undefined} */ (resolveObject(spec, value).node)?.content;
        const type = preferredMediaType(content);
        const key = /^\d+$/.test(code) ? code : quote(code);
        return type
          ? [schemaType(content?.[type]?.schema, `${op}['responses'][${key}]['content'][${quote(type)}]`)]
          : [];
      });
    return {
      method,
      path,
      operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
      summary: typeof operation.summary === 'string' ? operation.summary : undefined,
      resource: (action ? fixed.slice(0, -1) : fixed).map(camelCase),
      name,
      pathParams,
      arg,
      argRequired: arg === 'body' ? body?.required === true : query.some((p) => p.required === true),
      bodyRequired: body?.required === true,
      bodyType: body ? preferredMediaType(body.content) : undefined,
      hasQuery: query.length > 0,
      list: method === 'GET' && describeOperation(spec, 'get', path).cursorList,
      status,
      responseType,
      paramsRequired: pathParams.length > 0 || query.some((p) => p.required === true),
      dataType: responseType
        ? schemaType(
            response?.content?.[responseType]?.schema,
            `${op}['responses'][${status}]['content'][${quote(responseType)}]`,
          )
        : 'undefined',
      errorType: errors.length ? [...new Set(errors)].join(' | ') : 'never',
    };
  });
  resolveClashes(methods);
  checkNames(methods);
  return methods;
}

/**
 * Rule 5: operations sharing a resource and a name. Changes `methods` in place.
 * @param {ResourceMethod[]} methods
 */
function resolveClashes(methods) {
  /** @type {Map<string, ResourceMethod[]>} */
  const groups = new Map();
  for (const m of methods) {
    const key = [...m.resource, m.name].join('.');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const taken = new Set(groups.keys());
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => a.pathParams.length - b.pathParams.length);
    for (const m of sorted.slice(1)) {
      const byId = `${m.name}ById`;
      const key = [...m.resource, byId].join('.');
      m.name = taken.has(key) ? camelCase(String(m.operationId ?? `${m.method}_${m.path}`)) : byId;
      taken.add([...m.resource, m.name].join('.'));
    }
  }
}

/**
 * Fails generation when two operations share a name, a method shares its
 * name with a child resource, or a top-level resource would hide a member
 * of the client.
 * @param {Pick<ResourceMethod, 'method' | 'path' | 'resource' | 'name'>[]} methods
 */
export function checkNames(methods) {
  /** @type {Map<string, string>} */
  const seen = new Map();
  const resources = new Set(methods.flatMap((m) => m.resource.map((_, i) => m.resource.slice(0, i + 1).join('.'))));
  for (const m of methods) {
    const key = [...m.resource, m.name].join('.');
    const label = `${m.method} ${m.path}`;
    const other = seen.get(key);
    if (other) throw new Error(`resource method ${key} would name both ${other} and ${label}`);
    if (resources.has(key)) throw new Error(`resource method ${key} (${label}) has the name of a resource`);
    if (m.resource.length === 0) throw new Error(`${label} has no fixed path segment to name a resource after`);
    seen.set(key, label);
  }
  for (const top of new Set(methods.map((m) => m.resource[0]))) {
    if (top !== undefined && RESERVED_NAMES.has(top))
      throw new Error(`top-level resource ${top} would hide the client's own ${top}`);
  }
}

/**
 * The members of a path call's init for one operation, as TypeScript over
 * the paths table named `table` (`paths` or `MonitePaths`): its `params`,
 * its `body` (`never` when it takes none), and whether the init may be left
 * out (nothing in it is required). Path calls and hooks write them alike.
 * @param {ResourceMethod} m
 * @param {string} table
 * @returns {{ op: string, params: string, body: string, optional: boolean }}
 */
export function initMembers(m, table) {
  const op = `${table}[${quote(m.path)}][${quote(m.method.toLowerCase())}]`;
  const params = `params${m.paramsRequired ? '' : '?'}: ${op}['parameters']`;
  const body =
    m.arg === 'body'
      ? m.bodyRequired
        ? `body: ${op}['requestBody']['content'][${quote(String(m.bodyType))}]`
        : `body?: NonNullable<${op}['requestBody']>['content'][${quote(String(m.bodyType))}]`
      : 'body?: never';
  return { op, params, body, optional: !m.paramsRequired && !(m.arg === 'body' && m.bodyRequired) };
}
