import type { JsonSchema } from './schema-document.js';
import { randomUuid, type Random } from './random.js';
import { branchesOf, flatten, nonNullBranches, typesOf, type SchemaMap } from './schema-tools.js';

/** Where a generated value will live, so it can look like what Monite returns there. */
export interface FakeContext {
  components: SchemaMap;
  random: Random;
  /** The timestamp to use for `date-time` fields nobody set. */
  now: Date;
  /** Property name of the value, when it is one. */
  name?: string;
  /** Nesting depth, to cut off recursive schemas. */
  depth?: number;
}

const FIRST_NAMES = ['Mary', 'John', 'Aiko', 'Luca', 'Fatima', 'Sven', 'Priya', 'Mateo', 'Chloe', 'Omar'];
const LAST_NAMES = ['Schmidt', "O'Brien", 'Tanaka', 'Rossi', 'Haddad', 'Larsen', 'Patel', 'Garcia', 'Martin', 'Novak'];
const COMPANIES = ['Acme GmbH', 'Globex Ltd', 'Initech BV', 'Umbrella SAS', 'Hooli Inc', 'Stark Industries'];
const CITIES = ['Berlin', 'Amsterdam', 'Paris', 'Dublin', 'Madrid', 'Vienna'];
const STREETS = ['Hauptstrasse 1', 'Keizersgracht 12', 'Rue de Rivoli 5', 'Grafton Street 7'];

/** A German IBAN with valid check digits (mod 97), so IBAN validators accept it. */
export function fakeIban(random: Random): string {
  const bban = Array.from({ length: 18 }, () => random.int(0, 9)).join('');
  // Check digits: move "DE00" to the end, letters as numbers (D=13, E=14), mod 97.
  const numeric = `${bban}131400`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
}

function fakeString(schema: JsonSchema, ctx: FakeContext): string {
  const { random } = ctx;
  const name = (ctx.name ?? '').toLowerCase();
  const format = schema.format as string | undefined;
  switch (format) {
    case 'uuid':
      return randomUuid(random);
    case 'date':
      return new Date(ctx.now.getTime() + random.int(0, 60) * 86_400_000).toISOString().slice(0, 10);
    case 'date-time':
      return ctx.now.toISOString();
    case 'email':
      return `${random.pick(FIRST_NAMES).toLowerCase().replace(/'/g, '')}.${random.hex(4)}@example.com`;
    case 'uri':
      return `https://example.com/${random.hex(12)}`;
    case 'hostname':
      return `mail-${random.hex(6)}.example.com`;
    case 'color':
      return `#${random.hex(6)}`;
    case 'ipvanyaddress':
      return `192.0.2.${random.int(1, 254)}`;
  }
  let value: string;
  if (typeof schema.pattern === 'string') value = random.hex(8);
  else if (name === 'iban') value = fakeIban(random);
  else if (name === 'bic') value = 'DEUTDEFFXXX';
  else if (name.includes('currency')) value = 'EUR';
  else if (name.includes('country')) value = 'DE';
  else if (name === 'first_name') value = random.pick(FIRST_NAMES);
  else if (name === 'last_name') value = random.pick(LAST_NAMES);
  else if (name.includes('legal_name') || name.includes('company') || name === 'trade_name')
    value = random.pick(COMPANIES);
  else if (name === 'city') value = random.pick(CITIES);
  else if (name === 'line1' || name.includes('street')) value = random.pick(STREETS);
  else if (name.includes('postal_code') || name === 'zip') value = String(random.int(10000, 99999));
  else if (name.includes('phone')) value = `+4930${random.int(1000000, 9999999)}`;
  else if (name === 'status' || name === 'state') value = 'active';
  else if (name === 'secret') value = `whsec_${random.hex(32)}`;
  else if (name.includes('token')) value = random.hex(40);
  else if (name.includes('url')) value = `https://example.com/${random.hex(12)}`;
  else value = `${name || 'value'}-${random.hex(6)}`;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  while (value.length < min) value += random.hex(1);
  return value.length > max ? value.slice(0, max) : value;
}

function fakeNumber(schema: JsonSchema, ctx: FakeContext, integer: boolean): number {
  const name = (ctx.name ?? '').toLowerCase();
  const exclusiveMin =
    typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + (integer ? 1 : 0.01) : -Infinity;
  const exclusiveMax =
    typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - (integer ? 1 : 0.01) : Infinity;
  const min = Math.max(typeof schema.minimum === 'number' ? schema.minimum : -Infinity, exclusiveMin);
  const max = Math.min(typeof schema.maximum === 'number' ? schema.maximum : Infinity, exclusiveMax);
  // Plausible magnitudes: money in minor units, rates in basis points, small counts.
  let low = 0;
  let high = 100;
  if (/amount|price|total|subtotal|balance/.test(name)) [low, high] = [100, 100_000];
  else if (/rate|tax|percent/.test(name)) [low, high] = [0, 2_500];
  else if (name === 'quantity') [low, high] = [1, 10];
  low = Math.max(low, Number.isFinite(min) ? Math.ceil(min) : low);
  high = Math.min(high, Number.isFinite(max) ? Math.floor(max) : high);
  if (low > high) return Number.isFinite(min) ? min : max;
  return ctx.random.int(low, high);
}

/**
 * Generates a value that satisfies a schema: required properties only,
 * realistic strings for their format or property name, numbers in range.
 * Deterministic for a given generator state.
 */
export function fakeValue(schemaIn: JsonSchema | undefined, ctx: FakeContext): unknown {
  const schema = flatten(schemaIn, ctx.components);
  const depth = ctx.depth ?? 0;
  if ('const' in schema) return schema.const;
  if (schema.default !== undefined && schema.default !== null) return structuredClone(schema.default);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const branches = branchesOf(schema);
  if (branches) {
    const usable = nonNullBranches(branches, ctx.components);
    return usable.length === 0 ? null : fakeValue(usable[0], ctx);
  }
  const types = typesOf(schema)?.filter((t) => t !== 'null');
  const type = types?.[0] ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
  switch (type) {
    case 'string':
      return fakeString(schema, ctx);
    case 'integer':
      return fakeNumber(schema, ctx, true);
    case 'number':
      return fakeNumber(schema, ctx, false);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'array': {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: count }, () => fakeValue(schema.items as JsonSchema, { ...ctx, depth: depth + 1 }));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      for (const key of (schema.required as string[] | undefined) ?? []) {
        out[key] = fakeValue(properties[key] ?? {}, { ...ctx, name: key, depth: depth + 1 });
      }
      return out;
    }
    default:
      // A schema without a type (`{}`): any value is valid, a string reads best.
      return ctx.name ? `${ctx.name}-${ctx.random.hex(6)}` : {};
  }
}
