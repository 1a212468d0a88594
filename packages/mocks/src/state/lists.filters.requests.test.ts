// Every documented filter of every stored list narrows it as documented:
// for each query parameter of each list operation in the spec, two objects
// are stored that differ in the filtered field, the list is asked with the
// filter, and exactly the object the filter describes comes back. A filter
// the mock cannot honour must be listed (with why) in
// `test/list-filter-exceptions.ts`, which the README repeats.
import { describe, expect, it } from 'vitest';
import { createMonite } from '../create-monite.js';
import { operations } from '../generated/operations.js';
import { schemaDocument } from '../generated/schemas.js';
import type { ListOperation } from '../operations/operation-table.js';
import { COMPUTED_LISTS, FILTERS_NOT_HONOURED, NOT_FILTERS } from '../test/list-filter-exceptions.js';
import { ENTITY, VERSION } from '../test/helpers.js';
import { type FilterCase, filterCases } from '../test/filter-cases.js';

const TOKEN = 'filter-walk';
const monite = createMonite({ tokens: [TOKEN], seed: 'filters' });

const lists = operations.filter((op): op is ListOperation => op.kind === 'list' && op.method === 'GET');
const collections = [...new Set(operations.flatMap((op) => ('collection' in op ? [op.collection] : [])))];
const cases: FilterCase[] = lists
  .filter((op) => !(op.operationId in COMPUTED_LISTS))
  .flatMap((op) => filterCases(op, schemaDocument, NOT_FILTERS, collections));

async function ids(
  path: string,
  query: URLSearchParams,
  entity: boolean,
): Promise<{ status: number; ids: string[]; body: unknown }> {
  const headers: Record<string, string> = { 'x-monite-version': VERSION, authorization: `Bearer ${TOKEN}` };
  if (entity) headers['x-monite-entity-id'] = ENTITY;
  const response = await monite.fetch(new Request(`https://api.sandbox.monite.com/v1${path}?${query}`, { headers }));
  const body = (await response.json()) as { data?: Array<{ id?: string }> };
  return { status: response.status, ids: (body.data ?? []).map((item) => String(item.id)), body };
}

describe('documented list filters', () => {
  it('walks every query parameter of every list operation', () => {
    // Every parameter is a case, a non-filter, a computed list's or a listed exception: none is skipped silently.
    const walked = new Set(cases.map((c) => `${c.operationId} ${c.parameter}`));
    const unaccounted: string[] = [];
    for (const op of lists) {
      for (const p of schemaDocument.operations[op.operationId]?.parameters ?? []) {
        if (p.in !== 'query' || NOT_FILTERS.has(p.name) || op.operationId in COMPUTED_LISTS) continue;
        if (!walked.has(`${op.operationId} ${p.name}`)) unaccounted.push(`${op.operationId} ${p.name}`);
      }
    }
    expect(unaccounted).toEqual([]);
    expect(cases.length).toBeGreaterThan(400);
  });

  it('narrow each list to the object they describe, unless listed as not honoured', async () => {
    const failures: string[] = [];
    const honouredAnyway: string[] = [];
    for (const c of cases) {
      monite.reset();
      for (const fixture of c.fixtures) monite.seedResource(fixture);
      const answer = await ids(c.path, c.query, c.entityScoped);
      const ok = answer.status === 200 && JSON.stringify(answer.ids) === JSON.stringify(c.expected);
      const key = `${c.operationId} ${c.parameter}`;
      if (key in FILTERS_NOT_HONOURED) {
        if (ok) honouredAnyway.push(key);
        continue;
      }
      if (!ok)
        failures.push(
          `${key}: ?${c.query} expected ${JSON.stringify(c.expected)}, got ${answer.status} ${JSON.stringify(answer.ids)}${
            process.env.FILTER_DEBUG
              ? ` seeded ${JSON.stringify(c.fixtures.find((f) => f.data.id === c.expected[0])?.data)} answered ${JSON.stringify(answer.body).slice(0, 600)}`
              : ''
          }`,
        );
    }
    expect(failures).toEqual([]);
    // A listed filter that works now must leave the list (and the README).
    expect(honouredAnyway).toEqual([]);
  });
});
