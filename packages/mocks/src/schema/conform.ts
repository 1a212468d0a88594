import { admitsNull, closestBranch } from './branch-fit.js';
import { fakeValue, type FakeContext } from './fake-data.js';
import { formatMatches } from './formats.js';
import type { JsonSchema } from './schema-document.js';
import { branchesOf, flatten, jsonTypeOf, nonNullBranches, typeMatches, typesOf } from './schema-tools.js';

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
