/**
 * Where a created object's answer got its values: the creates of every
 * stored collection, made from minimal valid bodies derived from the spec,
 * run against two mocks with different seeds. The request, the stored
 * objects it names and the clock are the same in both, so a field whose
 * value differs between the two came from the seeded fake-data generator.
 * Ids are expected to differ (they come from the seeded sequence).
 */
import { createMonite, type MoniteMock } from '../create-monite.js';
import { operations } from '../generated/operations.js';
import { references } from '../generated/references.js';
import { schemaDocument } from '../generated/schemas.js';
import type { MockOperation } from '../operations/operation-table.js';
import { fillPath, itemChain } from '../operations/path-templates.js';
import { fakeValue } from '../schema/fake-data.js';
import { createRandom } from '../schema/random.js';
import type { JsonSchema } from '../schema/schema-document.js';
import { branchesOf, flatten, nonNullBranches } from '../schema/schema-tools.js';
import { ruleBook } from '../domain/registry.js';
import { ENTITY, VERSION } from './helpers.js';

const TOKEN = 'provenance';
const PARENT = '0e000000-0000-4000-8000-00000000000e';
const NOW = new Date('2024-05-25T08:00:00Z');
const components = schemaDocument.components.schemas;
const ENTITY_RECORD = {
  id: ENTITY,
  type: 'organization',
  status: 'active',
  email: 'finance@provenance.example',
  address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' },
  organization: { legal_name: 'Provenance GmbH' },
};

/** A value that satisfies a schema, the same in every run (required fields only). */
export function fixedValue(schema: JsonSchema | undefined, key: string): unknown {
  return fakeValue(schema, { components, random: createRandom(`provenance:${key}`), now: NOW });
}

/** The read schema of a collection: the 200 answer of its item read. */
function readSchema(collection: string): JsonSchema | undefined {
  const read = operations.find((op) => op.kind === 'read' && 'collection' in op && op.collection === collection);
  return read ? (schemaDocument.operations[read.operationId]?.responses['200'] as JsonSchema) : undefined;
}

/** One create, as both mocks answered it. */
export interface CreateOutcome {
  op: MockOperation;
  body: unknown;
  statuses: [number, number];
  answers: [unknown, unknown];
}

/** Reads a value at a body path (`'*'` for every array item). */
function valuesAt(value: unknown, path: readonly (string | number)[]): unknown[] {
  if (path.length === 0) return [value];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
  if (!value || typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[head as string], rest);
}

/** Stores what a create's path and body name, with fixed data, so both mocks hold the same objects. */
function seedNamed(monite: MoniteMock, op: MockOperation & { collection: string }, body: unknown): void {
  const params = Object.fromEntries(itemChain(op.path).map((link) => [link.param, PARENT]));
  const entityId = op.entityScoped ? ENTITY : undefined;
  for (const link of itemChain(op.collection)) {
    const data = fixedValue(readSchema(link.collection), link.collection) as Record<string, unknown>;
    // A parent as a new one is (a draft), so its children may be added.
    const status = ruleBook.of(link.collection)?.initialStatus;
    monite.seedResource({
      collection: link.collection,
      params,
      entityId,
      data: { ...data, ...(status ? { status } : {}), id: PARENT },
    });
  }
  for (const ref of references[op.operationId] ?? []) {
    for (const id of valuesAt(body, ref.path).flat()) {
      if (typeof id !== 'string') continue;
      const typeValue = ref.typeField ? valuesAt(body, [...ref.path.slice(0, -1), ref.typeField])[0] : undefined;
      const collection = ref.collection ?? ref.collections?.[String(typeValue)];
      if (!collection) continue;
      const data = fixedValue(readSchema(collection), collection) as Record<string, unknown>;
      monite.seedResource({ collection, entityId, data: { ...data, id } });
    }
  }
}

async function post(
  monite: MoniteMock,
  op: MockOperation,
  body: unknown,
): Promise<{ status: number; answer: unknown }> {
  const params = Object.fromEntries(itemChain(op.path).map((link) => [link.param, PARENT]));
  const headers: Record<string, string> = {
    'x-monite-version': VERSION,
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
  };
  if (op.entityScoped) headers['x-monite-entity-id'] = ENTITY;
  const response = await monite.fetch(
    new Request(`https://api.sandbox.monite.com/v1${fillPath(op.path, params)}`, {
      method: op.method,
      headers,
      body: JSON.stringify(body),
    }),
  );
  const text = await response.text();
  return { status: response.status, answer: text ? JSON.parse(text) : undefined };
}

/** The JSON creates of stored collections, each run from its minimal body against two seeds. */
export async function runCreates(
  bodies: Readonly<Record<string, unknown>> = {},
  named: Readonly<Record<string, (monite: MoniteMock, body: unknown) => void>> = {},
): Promise<CreateOutcome[]> {
  const monites = ['provenance-a', 'provenance-b'].map((seed) => createMonite({ seed, tokens: [TOKEN] }));
  const outcomes: CreateOutcome[] = [];
  for (const op of operations) {
    if (op.kind !== 'create' || op.method !== 'POST') continue;
    const body = schemaDocument.operations[op.operationId]?.body;
    if (body?.contentType && !body.contentType.includes('json')) continue;
    const request = bodies[op.operationId] ?? (body ? fixedValue(body.schema, op.operationId) : undefined);
    const runs = [];
    for (const monite of monites) {
      monite.reset();
      // The entity the requests act for exists, as it does for a real integration.
      monite.seedResource({ collection: '/entities', data: { ...ENTITY_RECORD } });
      seedNamed(monite, op, request);
      named[op.operationId]?.(monite, request);
      runs.push(await post(monite, op, request));
    }
    const [a, b] = runs as [{ status: number; answer: unknown }, { status: number; answer: unknown }];
    outcomes.push({ op, body: request, statuses: [a.status, b.status], answers: [a.answer, b.answer] });
  }
  return outcomes;
}

/** Every uuid inside a string. */
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Whether two strings differ only in the uuids they hold: both are ids, or
 * made from ids (a URL naming its object), which the seeds make differ.
 */
function sameButIds(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const bare = (text: string) => text.replace(UUIDS, '{id}');
  return bare(a) !== a && bare(a) === bare(b);
}

/** Whether a field holds an id or a value made from ids: its name says so, or its values differ only in uuids. */
function isId(key: string, a: unknown, b: unknown): boolean {
  if (key === 'id' || key.endsWith('_id') || key.endsWith('_ids')) return true;
  return sameButIds(a, b);
}

/** The fields (dotted, `[]` for array items) whose values differ between two answers, ids and values made from ids left out. */
export function generatedFields(a: unknown, b: unknown, path = '', key = ''): string[] {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) && Array.isArray(b)) {
      const out = new Set<string>();
      for (let i = 0; i < Math.max(a.length, b.length); i++)
        for (const field of generatedFields(a[i], b[i], `${path}[]`, key)) out.add(field);
      return [...out];
    }
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      generatedFields(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        path ? `${path}.${k}` : k,
        k,
      ),
    );
  }
  if (JSON.stringify(a) === JSON.stringify(b) || isId(key, a, b)) return [];
  return [path];
}

/** The branch of a union an answer's object fits best: the one declaring most of its keys. */
function branchFor(schema: JsonSchema, value: unknown): JsonSchema {
  const flat = flatten(schema, components);
  const branches = branchesOf(flat);
  if (!branches) return flat;
  const usable = nonNullBranches(branches, components).map((b) => flatten(b, components));
  if (!value || typeof value !== 'object' || Array.isArray(value)) return usable[0] ?? flat;
  const score = (b: JsonSchema) => Object.keys(value).filter((k) => k in ((b.properties as object) ?? {})).length;
  return branchFor(
    usable.reduce((best, b) => (score(b) > score(best) ? b : best), usable[0] as JsonSchema),
    value,
  );
}

/**
 * Fields answered with the first value of their enum although the request
 * did not send it and the schema declares no default: what the generator
 * picks for an enum, the same for every seed, so the two-seed comparison
 * cannot see it. `keep(path, value)` says which such values are the
 * collection's own (its initial status).
 */
export function firstEnumFields(
  schema: JsonSchema | undefined,
  answer: unknown,
  body: unknown,
  keep: (path: string, value: unknown) => boolean,
  path = '',
): string[] {
  if (!schema) return [];
  const flat = branchFor(schema, answer);
  if (Array.isArray(answer)) {
    const items = flat.items as JsonSchema | undefined;
    const sent = Array.isArray(body) ? body : [];
    return [...new Set(answer.flatMap((item, i) => firstEnumFields(items, item, sent[i], keep, `${path}[]`)))];
  }
  if (answer && typeof answer === 'object') {
    const properties = (flat.properties ?? {}) as Record<string, JsonSchema>;
    const sent = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    return Object.entries(answer).flatMap(([k, v]) =>
      firstEnumFields(properties[k], v, sent[k], keep, path ? `${path}.${k}` : k),
    );
  }
  const values = flat.enum;
  const generated =
    Array.isArray(values) &&
    values.length > 1 &&
    answer === values[0] &&
    flat.default === undefined &&
    body !== answer &&
    !keep(path, answer);
  return generated ? [path] : [];
}
