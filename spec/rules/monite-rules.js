// Project lint rules for the Monite spec (a redocly plugin).
// Each rule checks one convention that users and the packages rely on.

/** Resolves a `$ref` node to its target, or returns the node itself. */
function resolved(node, ctx) {
  if (node && typeof node === 'object' && '$ref' in node) return ctx.resolve(node).node;
  return node;
}

/** Callbacks describe what Monite sends to listeners, not calls to Monite. */
function isCallback(ctx) {
  return ctx.location.pointer.includes('/callbacks/');
}

/** Every operation is tagged with exactly its documented section. */
function OperationHasTag() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!Array.isArray(operation.tags) || operation.tags.length !== 1) {
          ctx.report({
            message: 'Every operation has exactly one tag: its documented section.',
            location: ctx.location.child('tags'),
          });
        }
      },
    },
  };
}

/** Every operation declares the required `x-monite-version` header. */
function OperationVersionHeader() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (isCallback(ctx)) return;
        const params = (operation.parameters ?? []).map((p) => resolved(p, ctx));
        const version = params.find((p) => p && p.in === 'header' && p.name === 'x-monite-version');
        if (version?.required !== true) {
          ctx.report({
            message:
              'Every Monite operation requires the `x-monite-version` header (components/parameters/MoniteVersion.yaml).',
            location: ctx.location.child('parameters'),
          });
        }
      },
    },
  };
}

/** Every operation declares 429 with a Retry-After header: Monite rate-limits every call. */
function OperationRateLimitedResponse() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (isCallback(ctx)) return;
        const response = resolved(operation.responses?.['429'], ctx);
        const retryAfter =
          response?.headers && Object.keys(response.headers).some((h) => h.toLowerCase() === 'retry-after');
        if (!response || !retryAfter) {
          ctx.report({
            message:
              'Every operation declares a 429 response with a `Retry-After` header (components/responses/RateLimited.yaml).',
            location: ctx.location.child('responses'),
          });
        }
      },
    },
  };
}

/** The shared error response each status must point at (components/responses/). */
const SHARED_ERRORS = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  422: 'ValidationFailed',
  429: 'RateLimited',
  500: 'ServerError',
};

/** True when a security requirement list asks for credentials (`[]` and `[{}]` do not). */
function requiresCredentials(security) {
  return Array.isArray(security) && security.some((r) => r && Object.keys(r).length > 0);
}

/**
 * The error statuses API-FACTS says every operation can answer, so that the
 * generated error types tell users what really comes back: 400, 422, 429 and
 * 500 always; 401 when it takes a token; 404 when its path names an object
 * (a path parameter); 403 when it is entity-scoped (`x-monite-entity-id`).
 * Each one is the shared response of its status, so one definition serves all.
 */
function OperationErrorResponses() {
  let rootSecurity;
  const pathItems = [];
  return {
    Root: {
      enter(root) {
        rootSecurity = root.security;
      },
    },
    PathItem: {
      enter(item) {
        pathItems.push(item);
      },
      leave() {
        pathItems.pop();
      },
    },
    Operation: {
      enter(operation, ctx) {
        if (isCallback(ctx)) return;
        const item = pathItems.at(-1) ?? {};
        const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
          .map((p) => resolved(p, ctx))
          .filter(Boolean);
        const secured = requiresCredentials(operation.security ?? rootSecurity);
        const hasId = params.some((p) => p.in === 'path');
        const entityScoped = params.some((p) => p.in === 'header' && p.name?.toLowerCase() === 'x-monite-entity-id');
        const wanted = [
          ['400', 'every operation (`missing_api_version`)'],
          ...(secured ? [['401', 'every operation that takes a token']] : []),
          ...(entityScoped ? [['403', 'every entity-scoped operation']] : []),
          ...(hasId ? [['404', 'every operation with an id in its path']] : []),
          ['422', 'every operation'],
          ['429', 'every operation'],
          ['500', 'every operation'],
        ];
        for (const [status, who] of wanted) {
          const response = operation.responses?.[status];
          const name = SHARED_ERRORS[status];
          const ref = response && typeof response.$ref === 'string' ? response.$ref : '';
          if (!response) {
            ctx.report({
              message: `Declare ${status} (components/responses/${name}.yaml): the API answers it on ${who}.`,
              location: ctx.location.child('responses'),
            });
          } else if (!new RegExp(`(^|/)${name}(\\.yaml)?$`).test(ref)) {
            ctx.report({
              message: `${status} is the shared response components/responses/${name}.yaml.`,
              location: ctx.location.child(['responses', status]),
            });
          }
        }
      },
    },
  };
}

/** Follows `$ref`s and `allOf` to the properties of a response body schema. */
function bodyProperties(schema, ctx, depth = 0) {
  const s = resolved(schema, ctx);
  if (!s || typeof s !== 'object' || depth > 5) return {};
  const own = { ...(s.properties ?? {}) };
  for (const part of s.allOf ?? []) Object.assign(own, bodyProperties(part, ctx, depth + 1));
  return own;
}

/**
 * A list operation (one whose success body has `next_pagination_token`) takes
 * `pagination_token` and a page size, and the other way round: an operation
 * that takes `pagination_token` answers with the cursor fields.
 */
function ListPagination() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (isCallback(ctx)) return;
        const params = (operation.parameters ?? []).map((p) => resolved(p, ctx)).filter(Boolean);
        const query = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
        const ok = resolved(operation.responses?.['200'], ctx);
        // Only reads list; PUT of a collection answers with the list shape too.
        if (ctx.location.pointer.split('/').pop() !== 'get') return;
        const schema = ok?.content?.['application/json']?.schema;
        const props = schema ? bodyProperties(schema, ctx) : {};
        // Some lists answer with the cursor shape yet return every item at
        // once and take no cursor; the spec marks them `x-monite-single-page`.
        const answersWithCursor = 'next_pagination_token' in props && operation['x-monite-single-page'] !== true;
        const takesCursor = query.has('pagination_token');
        if (answersWithCursor && !takesCursor) {
          ctx.report({
            message: 'A list answering with `next_pagination_token` must take the `pagination_token` query parameter.',
            location: ctx.location.child('parameters'),
          });
        }
        if (takesCursor && !answersWithCursor) {
          ctx.report({
            message: 'An operation taking `pagination_token` must answer with `next_pagination_token`.',
            location: ctx.location.child('responses'),
          });
        }
        if (takesCursor && !query.has('limit') && !query.has('page_size')) {
          ctx.report({
            message: 'A paginated list takes a page size (`limit`, or `page_size` for the audit log).',
            location: ctx.location.child('parameters'),
          });
        }
      },
    },
  };
}

/** The redocly plugin: registered as `monite/<rule>` in redocly.yaml. */
export default function moniteRules() {
  return {
    id: 'monite',
    rules: {
      oas3: {
        'operation-has-tag': OperationHasTag,
        'operation-version-header': OperationVersionHeader,
        'operation-rate-limited-response': OperationRateLimitedResponse,
        'operation-error-responses': OperationErrorResponses,
        'list-pagination': ListPagination,
      },
    },
  };
}
