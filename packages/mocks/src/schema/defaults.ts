import { closestBranch } from './branch-fit.js';
import type { JsonSchema } from './schema-document.js';
import { branchesOf, flatten, nonNullBranches, type SchemaMap } from './schema-tools.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Fills the defaults a request schema declares for fields the caller left
 * out, as FastAPI does before Monite stores a resource (`is_sender: true`,
 * `language: "en"`, ...). Nested objects the caller sent get theirs too.
 */
export function withDefaults(
  schemaIn: JsonSchema | undefined,
  value: unknown,
  components: SchemaMap,
  depth = 0,
): unknown {
  if (!isObject(value) || depth > 6) return value;
  let schema = flatten(schemaIn, components);
  const branches = branchesOf(schema);
  if (branches) {
    const best = closestBranch(nonNullBranches(branches, components), value, components);
    if (!best) return value;
    schema = flatten(best, components);
  }
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return value;
  const out: Json = { ...value };
  for (const [key, propertySchema] of Object.entries(properties)) {
    const flat = flatten(propertySchema, components);
    if (out[key] === undefined && flat.default !== undefined) out[key] = structuredClone(flat.default);
    else if (isObject(out[key])) out[key] = withDefaults(propertySchema, out[key], components, depth + 1);
  }
  return out;
}
