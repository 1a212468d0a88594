import { describe, expect, it } from 'vitest';
import { diffSpecs } from './diff-specs.js';
import { fixtureSpec } from './fixture-spec.js';
import type { Change, ChangeKind } from './model.js';
import { formatReport, requiredBump } from './report.js';

/** Diffs the fixture against a mutated copy of itself. */
function diffAfter(mutate: (spec: ReturnType<typeof fixtureSpec>) => void): Change[] {
  const head = fixtureSpec();
  mutate(head);
  return diffSpecs(fixtureSpec(), head);
}

function kinds(changes: Change[]): ChangeKind[] {
  return [...new Set(changes.map((c) => c.kind))];
}

describe('diffSpecs: identical specs', () => {
  it('finds nothing, including through the recursive schema', () => {
    const changes = diffSpecs(fixtureSpec(), fixtureSpec());
    expect(changes).toEqual([]);
    expect(requiredBump(changes)).toBe('none');
  });
});

describe('diffSpecs: breaking changes are major', () => {
  const cases: Array<[string, (s: ReturnType<typeof fixtureSpec>) => void, ChangeKind, string]> = [
    ['removed operation', (s) => delete s.paths['/counterparts'].post, 'operation-removed', 'POST /counterparts'],
    [
      'removed parameter (through a shared $ref)',
      (s) => s.paths['/counterparts'].get.parameters.shift(),
      'parameter-removed',
      'GET /counterparts',
    ],
    [
      'new required parameter',
      (s) =>
        s.paths['/counterparts'].get.parameters.push({
          name: 'entity',
          in: 'query',
          required: true,
          schema: { type: 'string' },
        }),
      'parameter-added-required',
      'GET /counterparts',
    ],
    [
      'parameter became required',
      (s) => (s.components.parameters.Limit.required = true),
      'parameter-became-required',
      'GET /counterparts',
    ],
    [
      'removed response field',
      (s) => delete s.components.schemas.Counterpart.properties.name,
      'property-removed',
      'GET /counterparts/{counterpart_id}',
    ],
    [
      'removed response status',
      (s) => delete s.paths['/counterparts'].get.responses['404'],
      'response-removed',
      'GET /counterparts',
    ],
    [
      'response field became optional',
      (s) => (s.components.schemas.Counterpart.required = ['id']),
      'property-became-optional',
      'POST /counterparts',
    ],
    [
      'new required request field',
      (s) => {
        s.components.schemas.CounterpartCreate.properties.country = { type: 'string' };
        s.components.schemas.CounterpartCreate.required.push('country');
      },
      'property-added-required',
      'POST /counterparts',
    ],
    [
      'request field became required',
      (s) => s.components.schemas.CounterpartCreate.required.push('email'),
      'property-became-required',
      'POST /counterparts',
    ],
    [
      'removed request field',
      (s) => delete s.components.schemas.CounterpartCreate.properties.email,
      'property-removed',
      'POST /counterparts',
    ],
    [
      'removed enum value',
      (s) => s.components.schemas.CounterpartType.enum.pop(),
      'enum-value-removed',
      'POST /counterparts',
    ],
    [
      'changed type integer -> string',
      (s) => (s.components.parameters.Limit.schema.type = 'string'),
      'type-changed',
      'GET /counterparts',
    ],
    [
      'narrowed type: null no longer allowed',
      (s) => (s.paths['/counterparts'].get.parameters[1].schema = { $ref: '#/components/schemas/CounterpartType' }),
      'type-narrowed',
      'GET /counterparts',
    ],
    [
      'added constraint on a request field',
      (s) => (s.components.schemas.CounterpartCreate.properties.email.pattern = '^.+@.+$'),
      'constraint-tightened',
      'POST /counterparts',
    ],
    [
      'tightened maximum on a parameter',
      (s) => (s.components.parameters.Limit.schema.maximum = 50),
      'constraint-tightened',
      'GET /counterparts',
    ],
    [
      'tightened maxLength on a request field',
      (s) => (s.components.schemas.CounterpartCreate.properties.name.maxLength = 50),
      'constraint-tightened',
      'POST /counterparts',
    ],
    [
      'removed request body',
      (s) => delete s.paths['/counterparts'].post.requestBody,
      'request-body-removed',
      'POST /counterparts',
    ],
    [
      'removed media type',
      (s) =>
        (s.paths['/counterparts'].post.requestBody.content = { 'multipart/form-data': { schema: { type: 'object' } } }),
      'media-type-removed',
      'POST /counterparts',
    ],
    [
      'removed response header',
      (s) => delete s.paths['/counterparts'].post.responses['201'].headers,
      'response-header-removed',
      'POST /counterparts',
    ],
    [
      'changed operationId',
      (s) => (s.paths['/counterparts'].get.operationId = 'list_counterparts'),
      'operation-id-changed',
      'GET /counterparts',
    ],
    [
      'response type widened with null',
      (s) => (s.components.schemas.Counterpart.properties.name.type = ['string', 'null']),
      'type-widened',
      'GET /counterparts/{counterpart_id}',
    ],
  ];

  it.each(cases)('%s', (_name, mutate, kind, operation) => {
    const changes = diffAfter(mutate);
    const match = changes.find((c) => c.kind === kind && c.operation === operation);
    expect(match, `expected ${kind} in ${operation}, got ${JSON.stringify(changes, null, 1)}`).toBeDefined();
    expect(match!.bump).toBe('major');
    expect(requiredBump(changes)).toBe('major');
  });

  it('reports a shared schema change in every operation that uses it', () => {
    const changes = diffAfter((s) => delete s.components.schemas.Counterpart.properties.tags);
    const operations = changes.filter((c) => c.kind === 'property-removed').map((c) => c.operation);
    expect(new Set(operations)).toEqual(
      new Set(['GET /counterparts', 'POST /counterparts', 'GET /counterparts/{counterpart_id}']),
    );
  });

  it('follows the recursive schema one level and stops', () => {
    const changes = diffAfter((s) => (s.components.schemas.Counterpart.properties.id.type = 'integer'));
    const locations = changes
      .filter((c) => c.operation === 'GET /counterparts/{counterpart_id}')
      .map((c) => c.location);
    expect(locations).toEqual(['response 200 application/json: id']);
  });
});

describe('diffSpecs: additions are minor', () => {
  const cases: Array<[string, (s: ReturnType<typeof fixtureSpec>) => void, ChangeKind]> = [
    [
      'added operation',
      (s) =>
        (s.paths['/counterparts/{counterpart_id}'].delete = {
          operationId: 'delete_counterparts_id',
          responses: { '204': { description: 'Deleted.' } },
        }),
      'operation-added',
    ],
    [
      'added optional parameter',
      (s) => s.paths['/counterparts'].get.parameters.push({ name: 'name', in: 'query', schema: { type: 'string' } }),
      'parameter-added-optional',
    ],
    [
      'added optional request field',
      (s) => (s.components.schemas.CounterpartCreate.properties.phone = { type: 'string' }),
      'property-added-optional',
    ],
    [
      'added response field',
      (s) => (s.components.schemas.Counterpart.properties.created_at = { type: 'string', format: 'date-time' }),
      'property-added-optional',
    ],
    [
      'added enum value (also reaches responses)',
      (s) => s.components.schemas.CounterpartType.enum.push('government'),
      'enum-value-added',
    ],
    [
      'added response status',
      (s) => (s.paths['/counterparts'].post.responses['409'] = { description: 'Conflict.' }),
      'response-added',
    ],
    [
      'loosened constraint on a request field',
      (s) => (s.components.schemas.CounterpartCreate.properties.name.maxLength = 200),
      'constraint-loosened',
    ],
    [
      'request field became optional',
      (s) => (s.components.schemas.CounterpartCreate.required = []),
      'property-became-optional',
    ],
    [
      'request field accepts null',
      (s) => (s.components.schemas.CounterpartCreate.properties.email.type = ['string', 'null']),
      'type-widened',
    ],
    [
      'parameter became optional',
      (s) => (s.components.parameters.MoniteVersion.required = false),
      'parameter-became-optional',
    ],
    [
      'added response header',
      (s) =>
        (s.paths['/counterparts'].get.responses['200'].headers = { 'x-request-id': { schema: { type: 'string' } } }),
      'response-header-added',
    ],
    ['operation deprecated', (s) => (s.paths['/counterparts'].get.deprecated = true), 'operation-deprecated'],
  ];

  it.each(cases)('%s', (_name, mutate, kind) => {
    const changes = diffAfter(mutate);
    expect(kinds(changes)).toEqual([kind]);
    expect(requiredBump(changes)).toBe('minor');
  });
});

describe('diffSpecs: documentation and equivalent spellings', () => {
  it('classifies description-only changes as patch', () => {
    const changes = diffAfter((s) => {
      s.components.schemas.Counterpart.properties.name.description = 'The name shown in lists.';
      s.paths['/counterparts'].get.summary = 'List counterparts';
      s.components.responses.NotFound.description = 'No such resource.';
    });
    expect(kinds(changes)).toEqual(['description-changed']);
    expect(requiredBump(changes)).toBe('patch');
  });

  it('treats anyOf [X, null], a type array and oneOf as the same type', () => {
    const changes = diffAfter((s) => {
      s.paths['/counterparts'].get.parameters[1].schema = {
        oneOf: [{ $ref: '#/components/schemas/CounterpartType' }, { type: 'null' }],
      };
      s.paths['/counterparts'].get.responses['200'].content[
        'application/json'
      ].schema.properties.next_pagination_token = {
        anyOf: [{ type: 'string' }, { type: 'null' }],
      };
    });
    expect(changes).toEqual([]);
  });

  it('matches renamed path placeholders as the same endpoint', () => {
    const changes = diffAfter((s) => {
      const item = s.paths['/counterparts/{counterpart_id}'];
      delete s.paths['/counterparts/{counterpart_id}'];
      item.get.parameters[0].name = 'id';
      s.paths['/counterparts/{id}'] = item;
    });
    expect(kinds(changes)).toEqual(['parameter-removed', 'parameter-added-required']);
    expect(changes.every((c) => c.operation === 'GET /counterparts/{id}')).toBe(true);
  });

  it('inlining a $ref is not a change', () => {
    const changes = diffAfter((s) => {
      s.paths['/counterparts'].post.requestBody.content['application/json'].schema = structuredClone(
        s.components.schemas.CounterpartCreate,
      );
    });
    expect(changes).toEqual([]);
  });
});

describe('diffSpecs: discriminators', () => {
  /** The fixture with a union of Counterpart and CounterpartCreate in a response and in a request body. */
  function withUnion(discriminator?: { propertyName: string }) {
    const spec = fixtureSpec();
    spec.components.schemas.Shape = {
      oneOf: [{ $ref: '#/components/schemas/Counterpart' }, { $ref: '#/components/schemas/CounterpartCreate' }],
      ...(discriminator ? { discriminator } : {}),
    };
    spec.paths['/counterparts/{counterpart_id}'].get.responses['200'].content['application/json'].schema = {
      $ref: '#/components/schemas/Shape',
    };
    spec.paths['/counterparts'].post.requestBody.content['application/json'].schema = {
      $ref: '#/components/schemas/Shape',
    };
    return spec;
  }

  it('a discriminator added is minor where the consumer reads and major where it writes', () => {
    const changes = diffSpecs(withUnion(), withUnion({ propertyName: 'type' }));
    expect(changes.map((c) => [c.operation, c.kind, c.bump, c.message])).toEqual([
      ['POST /counterparts', 'constraint-tightened', 'major', 'now told apart by type (discriminator added)'],
      [
        'GET /counterparts/{counterpart_id}',
        'constraint-tightened',
        'minor',
        'now told apart by type (discriminator added)',
      ],
    ]);
  });

  it('a discriminator removed is minor, and one on another property tightens', () => {
    const removed = diffSpecs(withUnion({ propertyName: 'type' }), withUnion());
    expect(removed.map((c) => [c.kind, c.bump])).toEqual([
      ['constraint-loosened', 'minor'],
      ['constraint-loosened', 'minor'],
    ]);
    const moved = diffSpecs(withUnion({ propertyName: 'type' }), withUnion({ propertyName: 'name' }));
    expect(moved.map((c) => c.message)).toContain('told apart by name instead of type (discriminator changed)');
    expect(diffSpecs(withUnion({ propertyName: 'type' }), withUnion({ propertyName: 'type' }))).toEqual([]);
  });
});

describe('formatReport', () => {
  it('puts the verdict first and merges a shared change across operations', () => {
    const withMore = (s: ReturnType<typeof fixtureSpec>) => {
      // Three operations returning a Counterpart at 200: one line, two named.
      const get = s.paths['/counterparts/{counterpart_id}'].get;
      s.paths['/counterparts/{counterpart_id}'].patch = {
        ...structuredClone(get),
        operationId: 'patch_counterparts_id',
      };
      s.paths['/counterparts/{counterpart_id}'].put = { ...structuredClone(get), operationId: 'put_counterparts_id' };
    };
    const base = fixtureSpec();
    withMore(base);
    const head = fixtureSpec();
    withMore(head);
    delete head.components.schemas.Counterpart.properties.tags;
    head.components.schemas.CounterpartType.enum.push('government');
    const changes = diffSpecs(base, head);
    const report = formatReport(changes, { baseLabel: 'v1', headLabel: 'v2', maxOperationsPerLine: 2 });
    const lines = report.split('\n');
    expect(lines[1]).toMatch(/^Required bump: major/);
    expect(report).toContain('Breaking changes (major)');
    expect(report).toContain('Additions (minor)');
    const removed = lines.filter((l) => l.includes('[property-removed]'));
    // One line per distinct location, each naming at most two operations.
    expect(removed).toContain(
      '  - [property-removed] response 200 application/json: tags: was removed (in GET /counterparts/{counterpart_id}, PUT /counterparts/{counterpart_id} and 1 more)',
    );
  });

  it('says so when nothing changed', () => {
    expect(formatReport([], { baseLabel: 'a', headLabel: 'b' })).toContain('Required bump: none (0 changes)');
  });
});
