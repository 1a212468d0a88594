/**
 * A small OpenAPI document for the tests that read operations: a cursor-paged
 * collection with its item path, a collection replaced as a whole behind
 * `$ref`s, actions, a sub-collection and a singleton under an item, an
 * anonymous operation and one whose security may be empty. openapi-model's
 * own tests and codegen's store-kind tests read the same document, so the two
 * readings are checked against one set of shapes. Exported as
 * `@monite-ts/openapi-model/test-fixtures`; nothing outside tests imports it.
 */

/**
 * The 200 responses of a list operation: an object with a `data` array and,
 * unless `withToken` is false, a `next_pagination_token` (a cursor page).
 * @param {boolean} [withToken]
 */
export const pageResponses = (withToken = true) => ({
  200: {
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            data: { type: 'array', items: {} },
            ...(withToken ? { next_pagination_token: { type: 'string' } } : {}),
          },
        },
      },
    },
  },
});

/** The responses of an operation that answers 200 with a plain JSON object. */
export const okResponses = { 200: { content: { 'application/json': { schema: { type: 'object' } } } } };

const created = { 201: { content: { 'application/json': { schema: { type: 'object' } } } } };
const entity = { name: 'X-Monite-Entity-Id', in: 'header' };

/** The document: secured by default (bearer), with the paths described above. */
export const operationsDoc = {
  security: [{ bearer: [] }],
  paths: {
    '/tags': {
      get: { operationId: 'get_tags', parameters: [entity], responses: pageResponses() },
      post: { responses: created },
    },
    '/tags/{tag_id}': {
      get: { responses: okResponses },
      patch: { responses: okResponses },
      delete: { responses: { 204: {} } },
    },
    '/roles': {
      get: { responses: { 200: { $ref: '#/components/responses/RolePage' } } },
      put: { responses: okResponses },
    },
    '/payables/{payable_id}/approve': { post: { responses: okResponses } },
    '/payables/{payable_id}/notes': { post: { responses: created } },
    '/payables/{payable_id}/preview': { post: { responses: created } },
    '/payables/{payable_id}/settings': {
      get: { responses: okResponses },
      put: { responses: okResponses },
      delete: { responses: okResponses },
    },
    '/auth/token': { post: { security: [], responses: okResponses } },
    '/public': { get: { security: [{}, { bearer: [] }], responses: { 200: {} } } },
  },
  components: {
    responses: { RolePage: { content: { 'application/json': { schema: { $ref: '#/components/schemas/RolePage' } } } } },
    schemas: {
      RolePage: { type: 'object', properties: { data: { $ref: '#/components/schemas/Roles' } } },
      Roles: { type: 'array', items: {} },
    },
  },
};
