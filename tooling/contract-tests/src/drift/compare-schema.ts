import { normalizeSchema, type NormalSchema } from './normalize.js';
import { isDescriptiveKeyword, isObject, unionOf } from '@monite-ts/openapi-model';
import type { DifferenceKind, JsonObject, OpenApiDocument, RelativeDifference } from './types.js';

/** Bounds and other value constraints, each compared on its own and reported as `constraint`. */
export const CONSTRAINT_KEYWORDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'contentEncoding',
  'contentMediaType',
] as const;

/** Keywords compared by value and reported under their own kind. */
const VALUE_KEYWORDS: ReadonlyArray<[string, DifferenceKind]> = [
  ['format', 'format'],
  ['default', 'default'],
  ['deprecated', 'deprecated'],
  ['readOnly', 'keyword'],
  ['writeOnly', 'keyword'],
  ...CONSTRAINT_KEYWORDS.map((k): [string, DifferenceKind] => [k, 'constraint']),
];

interface Outcome {
  diffs: RelativeDifference[];
  /** Pairs assumed equal because they were already being compared higher up (a cycle). */
  hits: Set<string>;
}

/**
 * State shared by every schema comparison between one reference document and
 * one spec document: the pairs in progress (to stop at cycles) and finished
 * results (so a schema shared by many operations is compared once).
 */
export class SchemaComparer {
  private readonly inProgress = new Set<string>();
  private readonly memo = new Map<string, RelativeDifference[]>();

  /**
   * @param reference the vendor reference document (what the API does)
   * @param spec the bundled spec under test
   */
  constructor(
    readonly reference: OpenApiDocument,
    readonly spec: OpenApiDocument,
  ) {}

  /**
   * Compares a reference schema with a spec schema, `$ref`s resolved, and
   * returns their differences with paths relative to the schema.
   * Descriptions, examples, titles and `x-` extensions are ignored.
   */
  compare(referenceSchema: unknown, specSchema: unknown): RelativeDifference[] {
    return this.compareRaw(referenceSchema, specSchema).diffs;
  }

  private compareRaw(referenceRaw: unknown, specRaw: unknown): Outcome {
    const a = normalizeSchema(this.reference, referenceRaw);
    const b = normalizeSchema(this.spec, specRaw);
    // Nullability belongs to the place a schema is used (`anyOf: [X, null]`),
    // not to X, so it is checked here, outside the structure's cache.
    const local: RelativeDifference[] =
      a.nullable === b.nullable
        ? []
        : [{ at: ['nullable'], kind: 'nullable', reference: a.nullable, spec: b.nullable }];
    const structure = this.compareStructure(a, b);
    return { diffs: local.length > 0 ? [...local, ...structure.diffs] : structure.diffs, hits: structure.hits };
  }

  private compareStructure(a: NormalSchema, b: NormalSchema): Outcome {
    const pair = `${a.key}|${b.key}`;
    const cached = this.memo.get(pair);
    if (cached) return { diffs: cached, hits: new Set() };
    // Coinduction: a pair met again below itself is assumed equal; whatever
    // differs in it is reported where it was first met.
    if (this.inProgress.has(pair)) return { diffs: [], hits: new Set([pair]) };
    this.inProgress.add(pair);
    const outcome: Outcome = { diffs: [], hits: new Set() };
    try {
      this.compareNormal(a, b, outcome);
    } finally {
      this.inProgress.delete(pair);
    }
    outcome.hits.delete(pair);
    const named = a.refs.at(-1);
    if (named) {
      for (const d of outcome.diffs) d.referenceSchema ??= { name: named, at: [...d.at] };
    }
    // A result that leaned on an ancestor's assumption is only right in that context.
    if (outcome.hits.size === 0) this.memo.set(pair, outcome.diffs);
    return outcome;
  }

  private sub(outcome: Outcome, at: string[], referenceRaw: unknown, specRaw: unknown): void {
    const inner = this.compareRaw(referenceRaw, specRaw);
    for (const hit of inner.hits) outcome.hits.add(hit);
    for (const d of inner.diffs) {
      outcome.diffs.push({
        ...d,
        at: [...at, ...d.at],
        ...(d.referenceSchema ? { referenceSchema: { ...d.referenceSchema } } : {}),
      });
    }
  }

  private compareNormal(a: NormalSchema, b: NormalSchema, out: Outcome): void {
    const report = (at: string[], kind: DifferenceKind, reference: unknown, spec: unknown): void => {
      out.diffs.push({ at, kind, reference, spec });
    };
    const x = a.node;
    const y = b.node;

    if (!sameJson(a.types, b.types)) report(['type'], 'type', a.types ?? 'any', b.types ?? 'any');
    for (const [keyword, kind] of VALUE_KEYWORDS) {
      if (!sameJson(x[keyword], y[keyword])) report([keyword], kind, x[keyword], y[keyword]);
    }
    compareEnum(x.enum, y.enum, report);

    // Properties and their required flags.
    const xp = isObject(x.properties) ? x.properties : {};
    const yp = isObject(y.properties) ? y.properties : {};
    for (const name of union(Object.keys(xp), Object.keys(yp))) {
      if (!(name in yp)) report(['properties', name], 'missing-property', 'present', undefined);
      else if (!(name in xp)) report(['properties', name], 'extra-property', undefined, 'present');
      else this.sub(out, ['properties', name], xp[name], yp[name]);
    }
    const xr = new Set(stringList(x.required));
    const yr = new Set(stringList(y.required));
    for (const name of union([...xr], [...yr])) {
      if (xr.has(name) !== yr.has(name)) report(['required', name], 'required', xr.has(name), yr.has(name));
    }

    this.compareAdditional(x.additionalProperties, y.additionalProperties, out, report);
    this.compareOptionalSchema('items', x.items, y.items, out, report);
    this.compareOptionalSchema('not', x.not, y.not, out, report);
    this.compareSchemaMap('patternProperties', x.patternProperties, y.patternProperties, out, report);
    this.compareList('prefixItems', x.prefixItems, y.prefixItems, out, report);
    this.compareList('allOf', x.allOf, y.allOf, out, report);
    this.compareUnion(x, y, out, report);
    compareDiscriminator(x.discriminator, y.discriminator, report);
  }

  private compareAdditional(x: unknown, y: unknown, out: Outcome, report: Reporter): void {
    // Absent, `true` and `{}` all admit any extra property.
    const open = (v: unknown) =>
      v === undefined || v === true || (isObject(v) && Object.keys(v).every(isDescriptiveKeyword));
    const describe = (v: unknown) => (open(v) ? true : v === false ? false : 'schema');
    if (isObject(x) && isObject(y) && !open(x) && !open(y)) this.sub(out, ['additionalProperties'], x, y);
    else if (describe(x) !== describe(y))
      report(['additionalProperties'], 'additional-properties', describe(x), describe(y));
  }

  private compareOptionalSchema(keyword: string, x: unknown, y: unknown, out: Outcome, report: Reporter): void {
    if (x === undefined && y === undefined) return;
    if (x === undefined || y === undefined)
      report([keyword], 'schema', x === undefined ? 'absent' : 'present', y === undefined ? 'absent' : 'present');
    else this.sub(out, [keyword], x, y);
  }

  private compareSchemaMap(keyword: string, x: unknown, y: unknown, out: Outcome, report: Reporter): void {
    const xm = isObject(x) ? x : {};
    const ym = isObject(y) ? y : {};
    for (const name of union(Object.keys(xm), Object.keys(ym))) {
      if (!(name in ym)) report([keyword, name], 'schema', 'present', 'absent');
      else if (!(name in xm)) report([keyword, name], 'schema', 'absent', 'present');
      else this.sub(out, [keyword, name], xm[name], ym[name]);
    }
  }

  private compareList(keyword: string, x: unknown, y: unknown, out: Outcome, report: Reporter): void {
    const xl = Array.isArray(x) ? x : [];
    const yl = Array.isArray(y) ? y : [];
    if (xl.length !== yl.length) report([keyword], 'composition', `${xl.length} subschemas`, `${yl.length} subschemas`);
    for (let i = 0; i < Math.min(xl.length, yl.length); i += 1) this.sub(out, [keyword, String(i)], xl[i], yl[i]);
  }

  /**
   * `anyOf`/`oneOf`: branches are paired regardless of order (an identical
   * branch first, then by position), since reordering a union changes nothing.
   */
  private compareUnion(x: JsonObject, y: JsonObject, out: Outcome, report: Reporter): void {
    const xKey = unionOf(x)?.keyword;
    const yKey = unionOf(y)?.keyword;
    if (!xKey && !yKey) return;
    if (xKey !== yKey) report([xKey ?? yKey ?? 'anyOf'], 'composition', xKey ?? 'absent', yKey ?? 'absent');
    if (!xKey || !yKey) return;
    const xl = x[xKey] as unknown[];
    const yl = y[yKey] as unknown[];
    const used = new Set<number>();
    const pairs: Array<[number, number | undefined]> = [];
    const unmatched: number[] = [];
    xl.forEach((branch, i) => {
      const j = yl.findIndex((other, k) => !used.has(k) && this.compareRaw(branch, other).diffs.length === 0);
      if (j >= 0) used.add(j);
      else unmatched.push(i);
      if (j >= 0) pairs.push([i, j]);
    });
    for (const i of unmatched) {
      const j = yl.findIndex((_, k) => !used.has(k));
      if (j >= 0) used.add(j);
      pairs.push([i, j >= 0 ? j : undefined]);
    }
    for (const [i, j] of pairs) {
      if (j === undefined) report([xKey, String(i)], 'composition', 'branch', 'absent');
      else this.sub(out, [xKey, String(i)], xl[i], yl[j]);
    }
    yl.forEach((_, k) => {
      if (!used.has(k)) report([xKey, `+${k}`], 'composition', 'absent', 'branch');
    });
  }
}

type Reporter = (at: string[], kind: DifferenceKind, reference: unknown, spec: unknown) => void;

function compareEnum(x: unknown, y: unknown, report: Reporter): void {
  if (x === undefined && y === undefined) return;
  const xl = Array.isArray(x) ? x : undefined;
  const yl = Array.isArray(y) ? y : undefined;
  if (!xl || !yl) {
    report(['enum'], 'enum', xl ?? 'absent', yl ?? 'absent');
    return;
  }
  // Enum order is presentation, not meaning.
  const xs = new Set(xl.map((v) => JSON.stringify(v)));
  const ys = new Set(yl.map((v) => JSON.stringify(v)));
  const missing = [...xs].filter((v) => !ys.has(v)).map((v) => JSON.parse(v) as unknown);
  const extra = [...ys].filter((v) => !xs.has(v)).map((v) => JSON.parse(v) as unknown);
  if (missing.length > 0 || extra.length > 0) {
    report(
      ['enum'],
      'enum',
      missing.length > 0 ? { missingFromSpec: missing } : xl,
      extra.length > 0 ? { extraInSpec: extra } : yl,
    );
  }
}

function compareDiscriminator(x: unknown, y: unknown, report: Reporter): void {
  if (x === undefined && y === undefined) return;
  if (!isObject(x) || !isObject(y)) {
    report(
      ['discriminator'],
      'discriminator',
      x === undefined ? 'absent' : 'present',
      y === undefined ? 'absent' : 'present',
    );
    return;
  }
  if (x.propertyName !== y.propertyName)
    report(['discriminator', 'propertyName'], 'discriminator', x.propertyName, y.propertyName);
  // Mapping values name components, which the spec may call differently; the
  // branches themselves are compared through oneOf/anyOf. The keys are the wire values.
  const xm = Object.keys(isObject(x.mapping) ? x.mapping : {});
  const ym = Object.keys(isObject(y.mapping) ? y.mapping : {});
  for (const value of union(xm, ym)) {
    if (xm.includes(value) !== ym.includes(value)) {
      report(
        ['discriminator', 'mapping', value],
        'discriminator',
        xm.includes(value) ? 'present' : 'absent',
        ym.includes(value) ? 'present' : 'absent',
      );
    }
  }
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Structural equality of JSON values; object key order does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const ak = Object.keys(a);
    const bk = Object.keys(b);
    return ak.length === bk.length && ak.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}
