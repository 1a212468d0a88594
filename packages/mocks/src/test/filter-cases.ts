/**
 * Builds, from the spec alone, one case per documented filter of a stored
 * list: two objects that differ in the filtered field (placed where the
 * list's item schema keeps it), the query, and the object the filter must
 * leave. Fields the item schema does not hold under the filter's name (a
 * counterpart's name on a payable, free-text search) are seeded by the
 * `SEEDERS` below, which say where Monite takes them from.
 */
import type { Fixture } from '../create-monite.js';
import type { ListOperation } from '../operations/operation-table.js';
import { fillPath, itemChain } from '../operations/path-templates.js';
import type { JsonSchema, SchemaDocument } from '../schema/schema-document.js';
import { flatten } from '../schema/schema-tools.js';
import {
  COUNTERPART_NAME,
  LIST_SEEDERS,
  merge,
  namedCounterpart,
  SEEDERS,
  type Seed,
  seedFor,
  twoValues,
  VALUES,
} from './filter-seeds.js';
import { ENTITY } from './helpers.js';

/** One filter, ready to run. */
export interface FilterCase {
  operationId: string;
  parameter: string;
  path: string;
  entityScoped: boolean;
  query: URLSearchParams;
  fixtures: Fixture[];
  /** The ids the list must answer, in order. */
  expected: string[];
}

const OPERATORS = [
  'not_in',
  'in',
  'gte',
  'gt',
  'lte',
  'lt',
  'icontains',
  'ncontains',
  'contains',
  'iexact',
  'istartswith',
  'ne',
];
const FIRST = '0a000000-0000-4000-8000-000000000001';
const SECOND = '0b000000-0000-4000-8000-000000000002';
const PARENT = '0c000000-0000-4000-8000-000000000003';

/** The query value of an operator for the first value, and which object it leaves. */
function queryOf(operator: string, [a, b]: [unknown, unknown]): { value: string; first: boolean } {
  const text = String(a);
  switch (operator) {
    case 'not_in':
    case 'ne':
      return { value: text, first: false };
    case 'ncontains':
      return { value: text.slice(1, 4), first: false };
    case 'gt':
      return { value: text, first: false };
    case 'gte':
      return { value: String(b), first: false };
    case 'lt':
      return { value: String(b), first: true };
    case 'contains':
      return { value: text.slice(1, 4), first: true };
    case 'icontains':
      return { value: text.slice(1, 4).toUpperCase(), first: true };
    case 'iexact':
      return { value: text.toUpperCase(), first: true };
    case 'istartswith':
      return { value: text.slice(0, 3).toUpperCase(), first: true };
    default:
      return { value: text, first: true };
  }
}

/** The filter cases of one list operation; parameters in `notFilters` shape the list and are left out. */
export function filterCases(
  op: ListOperation,
  document: SchemaDocument,
  notFilters: ReadonlySet<string>,
  collections: readonly string[] = [],
): FilterCase[] {
  const depth = op.collection.split('/').length + 2;
  /** The child collection template a dotted filter's head names (`address` -> `…/{counterpart_id}/addresses`). */
  const childOf = (head: string) =>
    collections.find(
      (c) =>
        c.startsWith(`${op.collection}/{`) &&
        c.split('/').length === depth &&
        [`${head}es`, `${head}s`].some((segment) => c.endsWith(`}/${segment}`)),
    );
  const components = document.components.schemas;
  const schemas = document.operations[op.operationId];
  const response = flatten(schemas?.responses['200'] as JsonSchema, components);
  const item = ((response.properties as Record<string, JsonSchema> | undefined)?.data?.items ?? {}) as JsonSchema;
  const pathParams = Object.fromEntries(itemChain(op.path).map((link) => [link.param, PARENT]));
  const parents: Fixture[] = itemChain(op.collection).map((link) => ({
    collection: link.collection,
    params: pathParams,
    entityId: op.entityScoped ? ENTITY : undefined,
    data: { id: PARENT },
  }));
  const cases: FilterCase[] = [];
  for (const parameter of schemas?.parameters ?? []) {
    if (parameter.in !== 'query' || notFilters.has(parameter.name)) continue;
    const operator = OPERATORS.find((o) => parameter.name.endsWith(`__${o}`)) ?? 'eq';
    const field = operator === 'eq' ? parameter.name : parameter.name.slice(0, -operator.length - 2);
    // An id filter names the objects themselves.
    const values: [unknown, unknown] =
      field === 'id'
        ? [FIRST, SECOND]
        : (VALUES[`${op.operationId} ${parameter.name}`] ?? twoValues(parameter.schema, components));
    const numeric = typeof values[0] === 'number';
    const listSeeder = LIST_SEEDERS[`${op.operationId} ${field}`];
    // The document names its counterpart; the counterpart has the name.
    const byCounterpart = !listSeeder && COUNTERPART_NAME.has(field);
    const counterpartIdOf = (id: string) => `${id.slice(0, 2)}cccccc${id.slice(8)}`;
    const located = field === 'id' ? () => ({}) : seedFor(item, field, components, numeric, values);
    // The item's own field first; where it has none, where Monite takes the value from.
    const seed: Seed | undefined = byCounterpart ? () => ({}) : (listSeeder ?? located ?? SEEDERS[field]);
    const { value, first } = queryOf(operator, values);
    // Other required parameters (a comment list's object) take one value, which both objects share.
    const required = (schemas?.parameters ?? []).filter(
      (p) => p.in === 'query' && p.required && p.name !== parameter.name,
    );
    const shared: Record<string, unknown> = {};
    const query = new URLSearchParams({ [parameter.name]: value });
    for (const p of required) {
      const [v] = twoValues(p.schema, components);
      query.set(p.name, String(v));
      const place = seedFor(item, p.name, components, typeof v === 'number', [v]);
      if (place) merge(shared, place(v));
    }
    const fixture = (id: string, v: unknown, createdAt: string): Fixture => ({
      collection: op.collection,
      params: pathParams,
      entityId: op.entityScoped ? ENTITY : undefined,
      data: merge(
        merge({ id, created_at: createdAt, updated_at: createdAt }, shared),
        byCounterpart ? { counterpart_id: counterpartIdOf(id) } : seed ? seed(v) : {},
      ),
    });
    // A dotted filter on a child collection (a counterpart's addresses): each object gets a child holding its value.
    const dot = field.indexOf('.');
    // `line_item_id` of a payable: one of its line items has that id.
    const byId = !seed && field.endsWith('_id') ? childOf(field.slice(0, -3)) : undefined;
    const child = byId ?? (!seed && dot > 0 ? childOf(field.slice(0, dot)) : undefined);
    const childFixtures = (id: string, v: unknown): Fixture[] => {
      if (!child) return [];
      const param = (child.match(/\{([^}]+)\}\/[^/]+$/) as RegExpMatchArray)[1] as string;
      const data = byId
        ? { id: v }
        : merge(
            {},
            field
              .slice(dot + 1)
              .split('.')
              .reduceRight<unknown>((acc, key) => ({ [key]: acc }), v) as Record<string, unknown>,
          );
      return [
        {
          collection: child,
          params: { ...pathParams, [param]: id },
          entityId: op.entityScoped ? ENTITY : undefined,
          data,
        },
      ];
    };
    cases.push({
      operationId: op.operationId,
      parameter: parameter.name,
      path: fillPath(op.path, pathParams),
      entityScoped: op.entityScoped,
      query,
      // Without a place to seed, both objects are alike: the case fails unless the filter is listed as not honoured.
      fixtures: [
        ...parents,
        fixture(FIRST, values[0], '2024-01-01T00:00:00Z'),
        fixture(SECOND, values[1], '2024-09-01T00:00:00Z'),
        ...(byCounterpart
          ? [
              namedCounterpart(counterpartIdOf(FIRST), values[0], op.entityScoped),
              namedCounterpart(counterpartIdOf(SECOND), values[1], op.entityScoped),
            ]
          : []),
        ...childFixtures(FIRST, values[0]),
        ...childFixtures(SECOND, values[1]),
      ],
      // A filter with one possible value (a comment's `object_type`) leaves both objects, or neither.
      expected: values[0] === values[1] && seed ? (first ? [FIRST, SECOND] : []) : [first ? FIRST : SECOND],
    });
  }
  return cases;
}
