import type { JsonSchema } from './schema-document.js';

/** Component schemas by name, as the generated schema document holds them. */
export type SchemaMap = Record<string, JsonSchema>;

/**
 * Follows the `$ref`s of a schema of the generated schema document
 * (`monite.json#/$defs/Name`) until a concrete schema; keywords beside a `$ref`
 * win over the target's.
 */
export function resolveRef(schema: JsonSchema | undefined, components: SchemaMap): JsonSchema {
  let current: JsonSchema = schema ?? {};
  for (let i = 0; i < 32 && typeof current.$ref === 'string'; i++) {
    const name = current.$ref.slice(current.$ref.lastIndexOf('/') + 1);
    current = { ...(components[name] ?? {}), ...withoutRef(current) };
  }
  return current;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ignored, ...rest } = schema;
  return rest;
}

/**
 * The properties of an object schema that hold a file (`format: binary`), as
 * the multipart upload bodies declare them.
 */
export function binaryFields(schema: JsonSchema | undefined, components: SchemaMap): string[] {
  if (!schema) return [];
  // Asked for every request body: work each schema out once, as flatten does.
  let names = binaryNames.get(schema);
  if (!names) {
    const properties = (flatten(schema, components).properties ?? {}) as SchemaMap;
    names = Object.keys(properties).filter((name) => resolveRef(properties[name], components).format === 'binary');
    binaryNames.set(schema, names);
  }
  return names;
}

const binaryNames = new WeakMap<JsonSchema, string[]>();

/**
 * Resolves a schema and folds its `allOf` into one object schema. The spec
 * (FastAPI output) uses `allOf` mostly to wrap a single `$ref` next to a
 * `default`, so a shallow merge of properties and required lists is enough.
 */
export function flatten(schema: JsonSchema | undefined, components: SchemaMap): JsonSchema {
  if (!schema) return {};
  // Schemas come from the generated document and never change: flatten each once.
  let cached = flattened.get(schema);
  if (!cached) {
    cached = flattenUncached(schema, components);
    flattened.set(schema, cached);
  }
  return cached;
}

const flattened = new WeakMap<JsonSchema, JsonSchema>();

function flattenUncached(schema: JsonSchema, components: SchemaMap): JsonSchema {
  const resolved = resolveRef(schema, components);
  if (!Array.isArray(resolved.allOf)) return resolved;
  const { allOf, ...rest } = resolved;
  let merged: JsonSchema = {};
  for (const part of allOf as JsonSchema[]) {
    const flat = flatten(part, components);
    merged = {
      ...merged,
      ...flat,
      properties: { ...(merged.properties as object), ...(flat.properties as object) },
      required: [...((merged.required as string[]) ?? []), ...((flat.required as string[]) ?? [])],
    };
  }
  const out: JsonSchema = { ...merged, ...rest };
  if (Object.keys(out.properties as object).length === 0 && !rest.properties) delete out.properties;
  if ((out.required as string[]).length === 0 && !rest.required) delete out.required;
  return out;
}

/** The branches of an `anyOf`/`oneOf`, or undefined for a schema without them. */
export function branchesOf(schema: JsonSchema): JsonSchema[] | undefined {
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  return Array.isArray(branches) ? branches : undefined;
}

/** The JSON types a schema admits, or undefined when it does not say. */
export function typesOf(schema: JsonSchema): string[] | undefined {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type as string[];
  return undefined;
}

/** True when a schema admits only `null`. */
export function isNullSchema(schema: JsonSchema): boolean {
  const types = typesOf(schema);
  return (types?.length === 1 && types[0] === 'null') || schema.const === null;
}

/** The branches of a union that admit something besides `null` (what a value is built from or matched against). */
export function nonNullBranches(branches: JsonSchema[], components: SchemaMap): JsonSchema[] {
  return branches.filter((b) => !isNullSchema(flatten(b, components)));
}

/** The JSON type of a value, as JSON Schema names it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a value's JSON type is one of a schema's types (integers count as numbers). */
export function typeMatches(types: string[] | undefined, value: unknown): boolean {
  if (!types) return true;
  const actual = jsonTypeOf(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}
