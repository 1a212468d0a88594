import { fakeValue, type FakeContext } from './fake-data.js';
import { formatMatches } from './formats.js';
import type { JsonSchema } from './operation.js';
import {
  branchesOf,
  flatten,
  isNullSchema,
  jsonTypeOf,
  nonNullBranches,
  typeMatches,
  typesOf,
  type SchemaMap,
} from './schema-tools.js';

/**
 * How well a value fits a schema, to choose among `anyOf` branches: a wrong
 * type or a wrong enum/const value rules a branch out, every known property
 * counts for it.
 */
export function fitScore(schemaIn: JsonSchema, value: unknown, components: SchemaMap, depth = 0): number {
  const schema = flatten(schemaIn, components);
  if ('const' in schema) return schema.const === value ? 10 : -1000;
  if (Array.isArray(schema.enum)) return schema.enum.includes(value) ? 5 : -1000;
  const branches = branchesOf(schema);
  if (branches) return Math.max(...branches.map((b) => fitScore(b, value, components, depth + 1)));
  const types = typesOf(schema) ?? (schema.properties ? ['object'] : undefined);
  if (!typeMatches(types, value)) return -1000;
  if (jsonTypeOf(value) !== 'object' || depth > 3) return 1;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  let score = 1;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const propertySchema = properties[key];
    if (!propertySchema) {
      if (schema.additionalProperties === false) score -= 50;
      continue;
    }
    score += 1;
    const childScore = fitScore(propertySchema, child, components, depth + 1);
    if (childScore < 0) score += childScore;
  }
  for (const key of (schema.required as string[] | undefined) ?? []) {
    if (!(key in (value as object))) score -= 2;
  }
  return score;
}

/** The branch of a union a value fits best by `fitScore` (the first of equals); undefined when none is given. */
export function closestBranch(
  branches: readonly JsonSchema[],
  value: unknown,
  components: SchemaMap,
): JsonSchema | undefined {
  let best: JsonSchema | undefined;
  let bestScore = -Infinity;
  for (const branch of branches) {
    const score = fitScore(branch, value, components);
    if (score > bestScore) [best, bestScore] = [branch, score];
  }
  return best;
}

/** Whether a schema accepts `null`. */
export function admitsNull(schemaIn: JsonSchema, components: SchemaMap): boolean {
  const schema = flatten(schemaIn, components);
  if (isNullSchema(schema) || typesOf(schema)?.includes('null')) return true;
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  return (branchesOf(schema) ?? []).some((b) => admitsNull(b, components));
}

/**
 * Returns a value that satisfies a response schema, built from a stored value:
 * what the store has and the schema admits is kept, required fields it lacks
 * are generated, and fields the schema does not know are dropped (request
 * payloads carry fields the response spells differently).
 */
export function conform(schemaIn: JsonSchema | undefined, value: unknown, ctx: FakeContext): unknown {
  const components = ctx.components;
  const schema = flatten(schemaIn, components);
  const depth = ctx.depth ?? 0;
  if (value === undefined) return fakeValue(schema, ctx);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.includes(value) ? value : fakeValue(schema, ctx);
  const branches = branchesOf(schema);
  if (branches) {
    const usable = nonNullBranches(branches, components);
    if (value === null && usable.length < branches.length) return null;
    const best = closestBranch(usable, value, components);
    return best ? conform(best, value, ctx) : null;
  }
  const types = typesOf(schema) ?? (schema.properties ? ['object'] : schema.items ? ['array'] : undefined);
  if (!typeMatches(types, value)) return fakeValue(schema, ctx);
  if (Array.isArray(value)) {
    return value.map((item) => conform(schema.items as JsonSchema, item, { ...ctx, depth: depth + 1 }));
  }
  if (jsonTypeOf(value) === 'object') {
    const source = value as Record<string, unknown>;
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    // A free-form object (a dictionary): the spec says nothing about keys, keep them.
    if (!properties) return source;
    const out: Record<string, unknown> = {};
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [key, propertySchema] of Object.entries(properties)) {
      // Monite sends null for "none" (a last page's next token) where the spec may only say string: omit it then.
      if (source[key] === null && !required.has(key) && !admitsNull(propertySchema, components)) continue;
      if (source[key] !== undefined)
        out[key] = conform(propertySchema, source[key], { ...ctx, name: key, depth: depth + 1 });
      else if (required.has(key)) out[key] = fakeValue(propertySchema, { ...ctx, name: key, depth: depth + 1 });
    }
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      for (const [key, child] of Object.entries(source)) {
        if (!(key in properties)) out[key] = child;
      }
    }
    return out;
  }
  if (typeof value === 'string') {
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    if (value.length > max || value.length < min || !formatMatches(schema.format, value)) return fakeValue(schema, ctx);
  }
  if (typeof value === 'number') {
    if (
      (typeof schema.minimum === 'number' && value < schema.minimum) ||
      (typeof schema.maximum === 'number' && value > schema.maximum)
    ) {
      return fakeValue(schema, ctx);
    }
  }
  return value;
}
