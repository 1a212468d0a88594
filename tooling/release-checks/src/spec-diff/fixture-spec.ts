/**
 * A tiny Monite-shaped spec for the diff tests: shared parameters and
 * responses through $refs, a request and a response schema, an enum, a
 * recursive schema and a nullable union, so every classification has
 * something to act on. Each call returns a fresh copy to mutate.
 */
import type { OpenApiDocument } from './model.js';

/** A fresh copy of the fixture spec. */
// biome-ignore lint/suspicious/noExplicitAny: tests mutate the fixture freely at any depth
export function fixtureSpec(): OpenApiDocument & { paths: any; components: any } {
  return {
    openapi: '3.1.0',
    info: { title: 'fixture', version: '2024-05-25' },
    paths: {
      '/counterparts': {
        parameters: [{ $ref: '#/components/parameters/MoniteVersion' }],
        get: {
          operationId: 'get_counterparts',
          summary: 'Get counterparts',
          parameters: [
            { $ref: '#/components/parameters/Limit' },
            {
              name: 'type',
              in: 'query',
              schema: { anyOf: [{ $ref: '#/components/schemas/CounterpartType' }, { type: 'null' }] },
            },
          ],
          responses: {
            '200': {
              description: 'A page of counterparts.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['data'],
                    properties: {
                      data: { type: 'array', items: { $ref: '#/components/schemas/Counterpart' } },
                      next_pagination_token: { type: ['string', 'null'] },
                    },
                  },
                },
              },
            },
            '404': { $ref: '#/components/responses/NotFound' },
          },
        },
        post: {
          operationId: 'post_counterparts',
          summary: 'Create a counterpart',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/CounterpartCreate' } } },
          },
          responses: {
            '201': {
              description: 'Created.',
              headers: { 'x-request-id': { schema: { type: 'string' } } },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Counterpart' } } },
            },
          },
        },
      },
      '/counterparts/{counterpart_id}': {
        get: {
          operationId: 'get_counterparts_id',
          summary: 'Get a counterpart',
          parameters: [
            { name: 'counterpart_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          responses: {
            '200': {
              description: 'The counterpart.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Counterpart' } } },
            },
          },
        },
      },
    },
    components: {
      parameters: {
        MoniteVersion: { name: 'x-monite-version', in: 'header', required: true, schema: { type: 'string' } },
        Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 100 } },
      },
      responses: {
        NotFound: {
          description: 'Not found.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      schemas: {
        Error: {
          type: 'object',
          properties: { error: { type: 'object', properties: { message: { type: 'string' } } } },
        },
        CounterpartType: { type: 'string', enum: ['individual', 'organization'] },
        Counterpart: {
          type: 'object',
          required: ['id', 'type'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            type: { $ref: '#/components/schemas/CounterpartType' },
            name: { type: 'string', description: 'Display name.' },
            tags: { type: 'array', items: { type: 'string' } },
            parent: { $ref: '#/components/schemas/Counterpart' },
          },
        },
        CounterpartCreate: {
          type: 'object',
          required: ['type'],
          properties: {
            type: { $ref: '#/components/schemas/CounterpartType' },
            name: { type: 'string', maxLength: 100 },
            email: { type: 'string' },
            amount: { type: 'integer', description: 'Minor units.' },
          },
        },
      },
    },
  };
}
