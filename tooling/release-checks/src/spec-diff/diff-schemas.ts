/**
 * Schema comparison with direction. Whether a change breaks consumers
 * depends on who produces the value: a request is written by the consumer,
 * so the API accepting less breaks them; a response is read by the consumer,
 * so the API returning something they don't expect breaks them.
 */
import type { Bump, Change, ChangeKind } from './model.js';
import { flattenAllOf, PROSE_KEYWORDS, refName, resolveRef, unionOf } from '@monite-ts/openapi-model';

/** Who writes the value a schema describes. */
export type Direction = 'request' | 'response';

/** Where a schema sits, for messages: the operation and the location prefix. */
export interface SchemaSite {
  operation: string;
  location: string;
  direction: Direction;
}

type Schema = Record<string, unknown>;

/** Numeric and length constraints and whether a larger value is stricter. */
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
/** Constraints whose addition or change narrows the accepted values in a way we can't order. */
const OPAQUE_CONSTRAINTS = ['pattern', 'format', 'multipleOf', 'const'] as const;

/** The set of JSON types a schema admits, normalising 3.0 `nullable` and 3.1 type arrays. */
function typeSet(schema: Schema): Set<string> | undefined {
  const raw = schema.type;
  let types: string[] | undefined;
  if (typeof raw === 'string') types = [raw];
  else if (Array.isArray(raw)) types = raw.filter((t): t is string => typeof t === 'string');
  if (!types) return undefined;
  const set = new Set(types);
  if (schema.nullable === true) set.add('null');
  return set;
}

/** `integer` is a subset of `number`, so number -> integer narrows and the reverse widens. */
function admits(types: Set<string>, type: string): boolean {
  return types.has(type) || (type === 'integer' && types.has('number'));
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Rewrites the union spellings that mean the same type into one form, so a
 * spec refactor between them is not reported: `anyOf: [X, {type: null}]`
 * (what pydantic emits) becomes X with `null` in its type, and a union of
 * bare primitive types becomes a type array. Which branches admit only
 * `null` is openapi-model's reading ({@link unionOf}). `oneOf` and `anyOf`
 * are one key here: generated TypeScript is the same union for both.
 */
function normalizeUnion(doc: unknown, schema: Schema): Schema {
  const union = unionOf(schema);
  if (!union) return schema;
  const { nonNull, nullable, rest } = union;
  if (nonNull.length === 1) {
    const inner = resolveRef<Schema>(doc, nonNull[0]).node ?? {};
    const types = typeSet(inner);
    // Without a type to carry `null`, unwrapping would lose the nullability:
    // such a union stays one.
    if (types || !nullable) {
      const merged: Schema = { ...flattenAllOf(doc, inner), ...rest };
      if (types) merged.type = [...types, ...(nullable ? ['null'] : [])];
      return normalizeUnion(doc, merged);
    }
  }
  if (union.primitiveTypes) {
    return { ...rest, type: [...new Set([...union.primitiveTypes, ...(nullable ? ['null'] : [])])] };
  }
  return { ...rest, variants: union.branches };
}

/**
 * Compares two schemas (base and head) and returns the classified changes.
 * Recursion is bounded by the pair of `$ref`s being compared: when the same
 * pair comes round again on the current path, the schemas are recursive and
 * the comparison already in progress covers them.
 */
export function diffSchemas(
  baseDoc: unknown,
  headDoc: unknown,
  base: unknown,
  head: unknown,
  site: SchemaSite,
): Change[] {
  const changes: Change[] = [];
  walk(base, head, '', new Set());
  return changes;

  function add(kind: ChangeKind, bump: Bump, path: string, message: string): void {
    const location = path ? `${site.location}: ${path}` : site.location;
    changes.push({ kind, bump, operation: site.operation, location, message });
  }

  /** Bump for a change that makes the API accept/return fewer values. */
  function narrowing(): Bump {
    return 'major';
  }

  /** Bump for a change that makes the API accept/return more values. */
  function widening(): Bump {
    // A request accepting more is an addition; a response returning more can
    // surprise a reader who handles every case it was told about.
    return site.direction === 'request' ? 'minor' : 'major';
  }

  function walk(baseNode: unknown, headNode: unknown, path: string, visiting: Set<string>): void {
    const b = resolveRef<Schema>(baseDoc, baseNode);
    const h = resolveRef<Schema>(headDoc, headNode);
    if (!b.node || !h.node) return;
    if (b.ref && h.ref) {
      const key = `${b.ref}=>${h.ref}`;
      if (visiting.has(key)) return;
      visiting = new Set(visiting).add(key);
    }
    const bs = normalizeUnion(baseDoc, flattenAllOf(baseDoc, b.node));
    const hs = normalizeUnion(headDoc, flattenAllOf(headDoc, h.node));

    compareDescriptions(bs, hs, path);
    compareTypes(bs, hs, path);
    compareEnums(bs, hs, path);
    compareConstraints(bs, hs, path);
    compareProperties(bs, hs, path, visiting);
    compareVariants(bs, hs, path, visiting);
    compareDiscriminators(bs, hs, path);
    if (bs.items !== undefined && hs.items !== undefined) walk(bs.items, hs.items, `${path}[]`, visiting);
    if (
      bs.additionalProperties &&
      typeof bs.additionalProperties === 'object' &&
      hs.additionalProperties &&
      typeof hs.additionalProperties === 'object'
    ) {
      walk(bs.additionalProperties, hs.additionalProperties, `${path}{*}`, visiting);
    }
  }

  function compareDescriptions(bs: Schema, hs: Schema, label: string): void {
    for (const key of PROSE_KEYWORDS) {
      if (JSON.stringify(bs[key]) !== JSON.stringify(hs[key])) {
        add('description-changed', 'patch', label, `${key} changed`);
      }
    }
  }

  function compareTypes(bs: Schema, hs: Schema, label: string): void {
    const bt = typeSet(bs);
    const ht = typeSet(hs);
    if (!bt || !ht) return;
    const removed = [...bt].filter((t) => !admits(ht, t));
    const added = [...ht].filter((t) => !admits(bt, t));
    if (removed.length && added.length) {
      add('type-changed', 'major', label, `type changed from ${[...bt].join('|')} to ${[...ht].join('|')}`);
    } else if (removed.length) {
      add('type-narrowed', narrowing(), label, `no longer allows ${removed.join(', ')} (now ${[...ht].join('|')})`);
    } else if (added.length) {
      add('type-widened', widening(), label, `now also allows ${added.join(', ')} (was ${[...bt].join('|')})`);
    }
  }

  function compareEnums(bs: Schema, hs: Schema, label: string): void {
    const be = Array.isArray(bs.enum) ? bs.enum.map(describe) : undefined;
    const he = Array.isArray(hs.enum) ? hs.enum.map(describe) : undefined;
    if (!be && !he) return;
    if (!be && he) {
      add('constraint-tightened', narrowing(), label, `is now restricted to ${he.join(', ')}`);
      return;
    }
    if (be && !he) {
      add('constraint-loosened', widening(), label, `is no longer restricted to an enum`);
      return;
    }
    for (const value of be!) {
      if (!he!.includes(value)) add('enum-value-removed', 'major', label, `lost enum value ${value}`);
    }
    for (const value of he!) {
      // Monite adds enum values to responses routinely; generated unions grow
      // and consumers are told to keep a default branch, so it is a feature.
      if (!be!.includes(value)) add('enum-value-added', 'minor', label, `gained enum value ${value}`);
    }
  }

  function compareConstraints(bs: Schema, hs: Schema, label: string): void {
    // Constraints on what a consumer reads don't change its types or what it
    // can rely on, so only a request sees tightening as breaking.
    const tight: Bump = site.direction === 'request' ? 'major' : 'minor';
    const bound = (kind: 'lower' | 'upper', key: string): void => {
      const bv = bs[key];
      const hv = hs[key];
      if (bv === hv) return;
      const bn = typeof bv === 'number' ? bv : undefined;
      const hn = typeof hv === 'number' ? hv : undefined;
      if (bn === undefined && hn === undefined) return;
      const stricter = bn === undefined ? true : hn === undefined ? false : kind === 'lower' ? hn > bn : hn < bn;
      if (stricter) add('constraint-tightened', tight, label, `${key} tightened: ${bn ?? 'none'} -> ${hn}`);
      else add('constraint-loosened', 'minor', label, `${key} loosened: ${bn} -> ${hn ?? 'none'}`);
    };
    for (const key of LOWER_BOUNDS) bound('lower', key);
    for (const key of UPPER_BOUNDS) bound('upper', key);
    for (const key of OPAQUE_CONSTRAINTS) {
      const bv = bs[key];
      const hv = hs[key];
      if (JSON.stringify(bv) === JSON.stringify(hv)) continue;
      if (hv === undefined) add('constraint-loosened', 'minor', label, `${key} removed (was ${describe(bv)})`);
      else
        add('constraint-tightened', tight, label, `${key} ${bv === undefined ? 'added' : 'changed'}: ${describe(hv)}`);
    }
    if (bs.uniqueItems !== true && hs.uniqueItems === true) {
      add('constraint-tightened', tight, label, 'now requires unique items');
    }
    if (bs.additionalProperties !== false && hs.additionalProperties === false) {
      add('constraint-tightened', tight, label, 'no longer allows additional properties');
    }
  }

  function compareProperties(bs: Schema, hs: Schema, path: string, visiting: Set<string>): void {
    const bp = (bs.properties ?? {}) as Record<string, unknown>;
    const hp = (hs.properties ?? {}) as Record<string, unknown>;
    const br = new Set((bs.required as string[] | undefined) ?? []);
    const hr = new Set((hs.required as string[] | undefined) ?? []);
    const at = (name: string) => (path ? `${path}.${name}` : name);
    const request = site.direction === 'request';
    for (const name of Object.keys(bp)) {
      if (!(name in hp)) {
        add('property-removed', 'major', at(name), 'was removed');
        continue;
      }
      if (!br.has(name) && hr.has(name)) {
        // A request must now send it; a response promises it: only the former breaks.
        add('property-became-required', request ? 'major' : 'minor', at(name), 'became required');
      } else if (br.has(name) && !hr.has(name)) {
        add('property-became-optional', request ? 'minor' : 'major', at(name), 'became optional');
      }
      walk(bp[name], hp[name], at(name), visiting);
    }
    for (const name of Object.keys(hp)) {
      if (name in bp) continue;
      if (hr.has(name) && request) {
        add('property-added-required', 'major', at(name), 'new required field');
      } else {
        add(
          hr.has(name) ? 'property-added-required' : 'property-added-optional',
          'minor',
          at(name),
          `new ${hr.has(name) ? 'required' : 'optional'} field`,
        );
      }
    }
  }

  /**
   * A discriminator is no JSON Schema constraint, but generated TypeScript
   * reads it: openapi-typescript gives each mapped branch of a `oneOf` its
   * own value of the property, so the union narrows on it. Gaining one
   * narrows what a consumer may write (a request must then match the branch
   * its value names) and only sharpens what it reads; losing one widens.
   */
  function compareDiscriminators(bs: Schema, hs: Schema, label: string): void {
    const property = (s: Schema) =>
      s.discriminator && typeof s.discriminator === 'object'
        ? String((s.discriminator as Schema).propertyName)
        : undefined;
    const bp = property(bs);
    const hp = property(hs);
    if (bp === hp) return;
    const tight: Bump = site.direction === 'request' ? 'major' : 'minor';
    if (hp === undefined)
      add('constraint-loosened', 'minor', label, `no longer told apart by ${bp} (discriminator removed)`);
    else if (bp === undefined)
      add('constraint-tightened', tight, label, `now told apart by ${hp} (discriminator added)`);
    else add('constraint-tightened', tight, label, `told apart by ${hp} instead of ${bp} (discriminator changed)`);
  }

  function compareVariants(bs: Schema, hs: Schema, path: string, visiting: Set<string>): void {
    const bv = Array.isArray(bs.variants) ? (bs.variants as unknown[]) : undefined;
    const hv = Array.isArray(hs.variants) ? (hs.variants as unknown[]) : undefined;
    if (!bv || !hv) {
      if (bv || hv) add('type-changed', 'major', path, `${bv ? 'is no longer' : 'became'} a union`);
      return;
    }
    // Match variants by the schema they reference when they have a name,
    // otherwise by position: reordering named variants is not a change.
    const name = (v: unknown, i: number, doc: unknown) => refName(resolveRef(doc, v).ref) ?? `#${i}`;
    const bNames = bv.map((v, i) => name(v, i, baseDoc));
    const hNames = hv.map((v, i) => name(v, i, headDoc));
    bNames.forEach((n, i) => {
      const j = hNames.indexOf(n);
      if (j === -1) add('variant-removed', narrowing(), path, `lost union variant ${n}`);
      else walk(bv[i], hv[j], `${path}<${n}>`, visiting);
    });
    for (const n of hNames) {
      if (!bNames.includes(n)) add('variant-added', widening(), path, `gained union variant ${n}`);
    }
  }
}
