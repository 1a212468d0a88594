import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema, OperationSchemas, ParameterSpec, SchemaDocument } from './schema-document.js';
import { closestBranch } from './branch-fit.js';
import { branchesOf, flatten, isNullSchema, typesOf } from './schema-tools.js';

/** One entry of FastAPI's 422 `detail` array, as Monite sends it. */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** Parameter values of a request, by location, after coercion to their schema types. */
export interface RequestParameters {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
}

/**
 * Compiles the spec's schemas with ajv (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1) and validates request parameters and bodies against them.
 * Validators are compiled on first use: compiling all 300+ operations up front
 * would slow every test file's start.
 */
export class SpecValidator {
  readonly ajv: InstanceType<typeof Ajv2020>;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(readonly document: SchemaDocument) {
    // strict: false because OpenAPI adds keywords (discriminator, xml, ...) that are not JSON Schema.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, verbose: true });
    addFormats(this.ajv);
    // Formats from Pydantic that ajv-formats does not know: accepted as any string.
    for (const format of ['color', 'ipvanyaddress', 'binary', 'password', 'byte']) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ $id: document.schemaId, $defs: document.components.schemas });
  }

  /** A validator for a schema, compiled once per key. */
  compile(key: string, schema: JsonSchema): ValidateFunction {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.cache.set(key, validate);
    }
    return validate;
  }

  /** Validates the parameters of one location; issues carry FastAPI `loc`s. */
  validateParameters(
    operationId: string,
    location: 'path' | 'query' | 'header',
    values: Record<string, unknown>,
  ): ValidationIssue[] {
    const key = `${operationId}:${location}`;
    let validate = this.cache.get(key);
    if (!validate) {
      const specs = this.document.operations[operationId]?.parameters.filter((p) => p.in === location) ?? [];
      const name = (p: ParameterSpec): string => (location === 'header' ? p.name.toLowerCase() : p.name);
      validate = this.compile(key, {
        type: 'object',
        properties: Object.fromEntries(specs.map((p) => [name(p), p.schema])),
        required: specs.filter((p) => p.required).map(name),
      });
    }
    return validate(values) ? [] : toIssues(this.collapseUnions(validate.errors ?? []), [location]);
  }

  /** Validates a request body against the operation's body schema. */
  validateBody(operationId: string, body: unknown): ValidationIssue[] {
    const spec = this.document.operations[operationId]?.body;
    if (!spec) return [];
    const validate = this.compile(`${operationId}:body`, spec.schema);
    return validate(body) ? [] : toIssues(this.collapseUnions(validate.errors ?? []), ['body']);
  }

  /**
   * For a failed `anyOf`, ajv reports every branch's failures; Pydantic names
   * the closest branch. The closest branch (by `fitScore`) is validated alone
   * and its errors replace everything reported under the union's location.
   */
  collapseUnions(input: ErrorObject[]): ErrorObject[] {
    let errors = input;
    const settled = new Set<ErrorObject>();
    for (let round = 0; round < 32; round++) {
      const union = errors
        .filter((e) => (e.keyword === 'anyOf' || e.keyword === 'oneOf') && !settled.has(e))
        .sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
      if (!union) break;
      const branches = ((union.parentSchema as JsonSchema | undefined)?.[union.keyword] ?? []) as JsonSchema[];
      const best = closestBranch(branches, union.data, this.document.components.schemas);
      const under = (e: ErrorObject): boolean =>
        e.instancePath === union.instancePath || e.instancePath.startsWith(`${union.instancePath}/`);
      let replacement: ErrorObject[] = [];
      if (best) {
        const validate = this.compile(`branch:${JSON.stringify(best)}`, best);
        validate(union.data);
        replacement = (validate.errors ?? []).map((e) => ({
          ...e,
          instancePath: `${union.instancePath}${e.instancePath}`,
        }));
      }
      if (replacement.length === 0) {
        settled.add(union);
        replacement = [union];
      }
      errors = [...errors.filter((e) => !under(e) || (settled.has(e) && e !== union)), ...replacement];
    }
    return errors;
  }

  /** The operation's schemas, as generated. */
  schemasOf(operationId: string): OperationSchemas | undefined {
    return this.document.operations[operationId];
  }
}

/** Converts one raw string (query, header or path) to the type its schema asks for, when it can. */
function coerceScalar(raw: string, schema: JsonSchema, document: SchemaDocument): unknown {
  const types = scalarTypes(schema, document);
  if (types.includes('integer') && /^-?\d+$/.test(raw)) return Number(raw);
  if (types.includes('number') && raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw);
  if (types.includes('boolean')) {
    if (['true', '1', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no', 'off'].includes(raw.toLowerCase())) return false;
  }
  if (types.includes('null') && raw === '') return null;
  return raw;
}

/** The JSON types a parameter schema admits, looking through `$ref`, `allOf` and `anyOf`. */
function scalarTypes(schemaIn: JsonSchema, document: SchemaDocument): string[] {
  const schema = flatten(schemaIn, document.components.schemas);
  const branches = branchesOf(schema);
  if (branches) return branches.flatMap((b) => scalarTypes(b, document));
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v)))];
  return typesOf(schema) ?? ['string'];
}

/** True when a parameter takes a list (`status__in=a&status__in=b`). */
function isArrayParameter(spec: ParameterSpec, document: SchemaDocument): boolean {
  const schema = flatten(spec.schema, document.components.schemas);
  if (typesOf(schema)?.includes('array')) return true;
  return (branchesOf(schema) ?? []).some(
    (b) => !isNullSchema(b) && typesOf(flatten(b, document.components.schemas))?.includes('array'),
  );
}

function itemSchemaOf(spec: ParameterSpec, document: SchemaDocument): JsonSchema {
  const schema = flatten(spec.schema, document.components.schemas);
  if (schema.items) return schema.items as JsonSchema;
  const branch = (branchesOf(schema) ?? []).map((b) => flatten(b, document.components.schemas)).find((b) => b.items);
  return (branch?.items as JsonSchema) ?? {};
}

/**
 * Reads an operation's query and header parameters from a request, coerced
 * to their schema types (a query string only carries strings). Unknown query
 * parameters are ignored, as FastAPI does.
 */
export function readParameters(
  schemas: OperationSchemas,
  document: SchemaDocument,
  url: URL,
  headers: Headers,
  pathParams: Record<string, string>,
): RequestParameters {
  const out: RequestParameters = { path: {}, query: {}, header: {} };
  for (const spec of schemas.parameters) {
    if (spec.in === 'query') {
      const all = url.searchParams.getAll(spec.name);
      if (all.length === 0) continue;
      out.query[spec.name] = isArrayParameter(spec, document)
        ? all.map((raw) => coerceScalar(raw, itemSchemaOf(spec, document), document))
        : coerceScalar(all[all.length - 1] as string, spec.schema, document);
    } else if (spec.in === 'header') {
      const raw = headers.get(spec.name);
      if (raw !== null) out.header[spec.name.toLowerCase()] = coerceScalar(raw, spec.schema, document);
    } else if (spec.in === 'path') {
      const raw = pathParams[spec.name];
      if (raw !== undefined) out.path[spec.name] = coerceScalar(raw, spec.schema, document);
    }
  }
  return out;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['string_type', 'Input should be a valid string'],
  integer: ['int_parsing', 'Input should be a valid integer'],
  number: ['float_parsing', 'Input should be a valid number'],
  boolean: ['bool_parsing', 'Input should be a valid boolean'],
  object: ['model_type', 'Input should be a valid dictionary or object'],
  array: ['list_type', 'Input should be a valid list'],
  null: ['none_required', 'Input should be None'],
};

const FORMAT_NAMES: Record<string, [string, string]> = {
  uuid: ['uuid_parsing', 'Input should be a valid UUID'],
  date: ['date_from_datetime_parsing', 'Input should be a valid date'],
  'date-time': ['datetime_from_date_parsing', 'Input should be a valid datetime'],
  email: ['value_error', 'value is not a valid email address'],
  uri: ['url_parsing', 'Input should be a valid URL'],
};

/** One ajv error in FastAPI's words (Pydantic v2 error types). */
function toIssue(error: ErrorObject, prefix: (string | number)[]): ValidationIssue {
  const loc: (string | number)[] = [
    ...prefix,
    ...error.instancePath
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  ];
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { loc: [...loc, String(p.missingProperty)], msg: 'Field required', type: 'missing' };
    case 'additionalProperties':
      return {
        loc: [...loc, String(p.additionalProperty)],
        msg: 'Extra inputs are not permitted',
        type: 'extra_forbidden',
      };
    case 'type': {
      const [type, msg] = TYPE_NAMES[String(p.type).split(',')[0] as string] ?? [
        'type_error',
        `Input should be ${String(p.type)}`,
      ];
      return { loc, msg, type };
    }
    case 'enum':
      return {
        loc,
        msg: `Input should be ${(p.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ')}`,
        type: 'enum',
      };
    case 'const':
      return { loc, msg: `Input should be '${String(p.allowedValue)}'`, type: 'literal_error' };
    case 'format': {
      const [type, msg] = FORMAT_NAMES[String(p.format)] ?? [
        'value_error',
        `Input should match format ${String(p.format)}`,
      ];
      return { loc, msg, type };
    }
    case 'minimum':
      return { loc, msg: `Input should be greater than or equal to ${String(p.limit)}`, type: 'greater_than_equal' };
    case 'maximum':
      return { loc, msg: `Input should be less than or equal to ${String(p.limit)}`, type: 'less_than_equal' };
    case 'exclusiveMinimum':
      return { loc, msg: `Input should be greater than ${String(p.limit)}`, type: 'greater_than' };
    case 'exclusiveMaximum':
      return { loc, msg: `Input should be less than ${String(p.limit)}`, type: 'less_than' };
    case 'minLength':
      return { loc, msg: `String should have at least ${String(p.limit)} characters`, type: 'string_too_short' };
    case 'maxLength':
      return { loc, msg: `String should have at most ${String(p.limit)} characters`, type: 'string_too_long' };
    case 'minItems':
      return { loc, msg: `List should have at least ${String(p.limit)} items`, type: 'too_short' };
    case 'maxItems':
      return { loc, msg: `List should have at most ${String(p.limit)} items`, type: 'too_long' };
    case 'pattern':
      return { loc, msg: `String should match pattern '${String(p.pattern)}'`, type: 'string_pattern_mismatch' };
    default:
      return { loc, msg: error.message ?? 'Invalid value', type: 'value_error' };
  }
}

/**
 * Turns ajv's errors into FastAPI's `detail[]`, after `collapseUnions` has
 * reduced every failed `anyOf` to the errors of its closest branch.
 */
export function toIssues(errors: ErrorObject[], prefix: (string | number)[]): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    const issue = toIssue(error, prefix);
    const key = JSON.stringify(issue);
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
