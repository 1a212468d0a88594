import { describe, expect, test } from 'vitest';
import { compareDocuments } from './compare-document.js';
import { formatDifference } from './format.js';
import type { DocumentedOperation, OpenApiDocument } from './types.js';

const ok = { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Tag' } } } };
const tagSchema = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } },
  required: ['id', 'name'],
};

/** A two-operation reference document in the vendor's style: everything inline per operation. */
function referenceDoc(): OpenApiDocument {
  return structuredClone({
    openapi: '3.1.0',
    paths: {
      '/tags': {
        get: {
          operationId: 'get_tags',
          tags: ['Tags'],
          summary: 'Get tags',
          security: [{ HTTPBearer: [] }],
          parameters: [
            { name: 'x-monite-version', in: 'header', required: true, schema: { type: 'string', format: 'date' } },
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 100 },
            },
          ],
          responses: { '200': ok },
        },
      },
      '/tags/{tag_id}': {
        get: {
          operationId: 'get_tags_id',
          tags: ['Tags'],
          summary: 'Get a tag',
          security: [{ HTTPBearer: [] }],
          parameters: [{ name: 'tag_id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok },
        },
      },
    },
    components: { schemas: { Tag: tagSchema } },
  });
}

/** The same API in the project's style: shared parameters, path-level parameters, shared responses, root security. */
function specDoc(): OpenApiDocument {
  return structuredClone({
    openapi: '3.1.0',
    security: [{ bearer: [] }],
    paths: {
      '/tags': {
        get: {
          operationId: 'get_tags',
          tags: ['Tags'],
          summary: 'Get all tags',
          parameters: [{ $ref: '#/components/parameters/MoniteVersion' }, { $ref: '#/components/parameters/Limit' }],
          responses: { '200': { $ref: '#/components/responses/TagOk' } },
        },
      },
      '/tags/{tag_id}': {
        parameters: [{ name: 'tag_id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'get_tags_id',
          tags: ['Tags'],
          summary: 'Get a tag',
          responses: { '200': { $ref: '#/components/responses/TagOk' } },
        },
      },
      '/audit_logs': {
        get: {
          operationId: 'get_audit_logs',
          tags: ['Audit logs'],
          summary: 'Get the audit log',
          responses: { '200': { description: 'OK' } },
        },
      },
    },
    components: {
      parameters: {
        MoniteVersion: {
          name: 'X-Monite-Version',
          in: 'header',
          required: true,
          schema: { type: 'string', format: 'date' },
        },
        Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 100 } },
      },
      responses: {
        TagOk: {
          description: 'The tag.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/TagResource' } } },
        },
      },
      schemas: { TagResource: tagSchema },
    },
  });
}

const documented: DocumentedOperation[] = [
  {
    group: 'Utilities',
    section: 'Tags',
    name: 'Get all tags',
    method: 'GET',
    path: '/tags',
    vendorOperationId: 'get_tags',
  },
  {
    group: 'Utilities',
    section: 'Tags',
    name: 'Get a tag',
    method: 'GET',
    path: '/tags/{tag_id}',
    vendorOperationId: 'get_tags_id',
  },
  {
    group: 'Utilities',
    section: 'Audit logs',
    name: 'Get the audit log',
    method: 'GET',
    path: null,
    vendorOperationId: null,
  },
];

const lines = (spec: OpenApiDocument, docs = documented) =>
  compareDocuments({ spec, reference: referenceDoc(), documented: docs }).map(
    (d) => `${d.method} ${d.path} ${d.operationId} ${d.at.join('.')} [${d.kind}]`,
  );

describe('compareDocuments', () => {
  test('shared parameters, path-level parameters, response $refs, header case and root security are all equivalent', () => {
    // The only difference: the audit-log operation, documented but not in the reference.
    expect(lines(specDoc())).toEqual(['GET /audit_logs get_audit_logs  [extra-operation]']);
  });

  test('the summary is the documented title, not the vendor summary', () => {
    const spec = specDoc();
    spec.paths!['/tags']!.get = { ...(spec.paths!['/tags']!.get as object), summary: 'Get tags' };
    expect(lines(spec)).toContain('GET /tags get_tags summary [summary]');
  });

  test('operationId and tag', () => {
    const spec = specDoc();
    spec.paths!['/tags']!.get = { ...(spec.paths!['/tags']!.get as object), operationId: 'listTags', tags: ['Tag'] };
    expect(lines(spec)).toEqual(
      expect.arrayContaining(['GET /tags listTags operationId [operation-id]', 'GET /tags listTags tags [tag]']),
    );
  });

  test('a missing operation, an undocumented one and a documented one found by title only', () => {
    const spec = specDoc();
    delete spec.paths!['/tags/{tag_id}'];
    spec.paths!['/extra'] = { post: { operationId: 'post_extra', responses: {} } };
    expect(lines(spec)).toEqual(
      expect.arrayContaining([
        'GET /tags/{tag_id} get_tags_id  [missing-operation]',
        'POST /extra post_extra  [undocumented-operation]',
      ]),
    );
    expect(lines(spec, documented.slice(0, 2))).toContain('GET /audit_logs get_audit_logs  [undocumented-operation]');
  });

  test('a renamed path parameter is one path difference, found through the operationId', () => {
    const spec = specDoc();
    spec.paths!['/tags/{id}'] = {
      get: {
        operationId: 'get_tags_id',
        tags: ['Tags'],
        summary: 'Get a tag',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { $ref: '#/components/responses/TagOk' } },
      },
    };
    delete spec.paths!['/tags/{tag_id}'];
    expect(lines(spec)).toEqual(
      expect.arrayContaining([
        'GET /tags/{id} get_tags_id path [operation-path]',
        'GET /tags/{id} get_tags_id parameters.path.tag_id [missing-parameter]',
        'GET /tags/{id} get_tags_id parameters.path.id [extra-parameter]',
      ]),
    );
  });

  test('parameter bounds, required flags, responses, headers, bodies and token requirements', () => {
    const spec = specDoc();
    const components = spec.components as {
      parameters: Record<string, { schema: Record<string, unknown>; required?: boolean }>;
    };
    components.parameters.Limit!.schema.maximum = 1000;
    components.parameters.Limit!.required = true;
    Object.assign(components.parameters.Limit!, { explode: false });
    const get = spec.paths!['/tags']!.get as Record<string, unknown>;
    get.security = [];
    get.requestBody = { content: { 'application/json': { schema: { type: 'object' } } } };
    get.responses = {
      '200': {
        description: 'OK',
        headers: { 'x-request-id': { schema: { type: 'string' } } },
        content: { 'text/csv': { schema: { type: 'string' } } },
      },
      '429': { description: 'Slow down' },
    };
    expect(lines(spec)).toEqual(
      expect.arrayContaining([
        'GET /tags get_tags parameters.query.limit.maximum [constraint]',
        'GET /tags get_tags parameters.query.limit.required [required]',
        'GET /tags get_tags parameters.query.limit.explode [keyword]',
        'GET /tags get_tags security [security]',
        'GET /tags get_tags requestBody [extra-request-body]',
        'GET /tags get_tags responses.200.headers.x-request-id [extra-header]',
        'GET /tags get_tags responses.200.application/json [missing-content-type]',
        'GET /tags get_tags responses.200.text/csv [extra-content-type]',
        'GET /tags get_tags responses.429 [extra-response]',
      ]),
    );
  });

  test('a schema difference names the operation, the JSON path and the reference schema', () => {
    const spec = specDoc();
    (spec.components as { schemas: { TagResource: { required: string[] } } }).schemas.TagResource.required = ['id'];
    const found = compareDocuments({ spec, reference: referenceDoc(), documented }).filter(
      (d) => d.kind === 'required',
    );
    expect(found.map(formatDifference)).toEqual([
      'GET /tags get_tags responses.200.application/json.required.name [required] reference true | spec false  (reference schema Tag.required.name)',
      'GET /tags/{tag_id} get_tags_id responses.200.application/json.required.name [required] reference true | spec false  (reference schema Tag.required.name)',
    ]);
  });

  test('does not change its inputs', () => {
    const spec = specDoc();
    const reference = referenceDoc();
    const before = JSON.stringify([spec, reference]);
    compareDocuments({ spec, reference, documented });
    expect(JSON.stringify([spec, reference])).toBe(before);
  });
});
