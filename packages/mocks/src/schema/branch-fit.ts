/**
 * Choosing among a union's branches for a value: shared by validation (which
 * branch to report errors against), defaults and response shaping.
 */
import type { JsonSchema } from './schema-document.js';
import { branchesOf, flatten, isNullSchema, jsonTypeOf, type SchemaMap, typeMatches, typesOf } from './schema-tools.js';

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
