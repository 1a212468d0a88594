/**
 * Validation: path, header and query parameters, then the body, each against
 * the spec. Every issue is collected, so one 422 lists them all, as Monite's
 * FastAPI answers do; a body over the cap is a 413.
 */
import { schemaDocument } from '../../generated/schemas.js';
import type { MockOperation } from '../../operations/operation-table.js';
import type { OperationSchemas } from '../../schema/schema-document.js';
import { binaryFields } from '../../schema/schema-tools.js';
import {
  type RequestParameters,
  readParameters,
  SpecValidator,
  type ValidationIssue,
} from '../../schema/validation.js';
import { errorBody } from '../../shared/error-bodies.js';
import { type BodyLimits, readBody, type UploadedFile } from '../../wire/request-body.js';
import type { Responder } from '../exchange.js';

/** The 413 message: the cap, not the body, is what the caller needs to know. */
export const PAYLOAD_TOO_LARGE = 'Request body is too large.';

let sharedValidator: SpecValidator | undefined;

/**
 * The spec validator, shared by every mock in a process: compiled schemas do
 * not depend on state, and compiling them is the slow part of a first request.
 */
export function specValidator(): SpecValidator {
  sharedValidator ??= new SpecValidator(schemaDocument);
  return sharedValidator;
}

/** A request read against its operation: coerced parameters, the parsed body, and what is wrong with them. */
export interface ValidatedRequest {
  params: RequestParameters;
  body: unknown;
  issues: ValidationIssue[];
  /** The body was longer than the cap and was not read. */
  tooLarge?: boolean;
  /** Uploaded files by form field. */
  files?: Record<string, UploadedFile>;
}

/**
 * The validation step of the pipeline: path, header and query parameters,
 * then the body, each against the spec. Every issue is collected, so one 422
 * lists them all, as Monite's FastAPI answers do.
 */
export async function validateRequest(
  op: MockOperation,
  request: Request,
  pathParams: Record<string, string>,
  limits?: BodyLimits,
): Promise<ValidatedRequest> {
  const validator = specValidator();
  const schemas = validator.schemasOf(op.operationId);
  const issues: ValidationIssue[] = [];
  let params: RequestParameters = { path: {}, query: {}, header: {} };
  if (schemas) {
    params = readParameters(schemas, validator.document, new URL(request.url), request.headers, pathParams);
    issues.push(...validator.validateParameters(op.operationId, 'path', params.path));
    issues.push(...validator.validateParameters(op.operationId, 'header', params.header));
    // With a pagination token every other query parameter is ignored, as Monite documents.
    if (typeof params.query.pagination_token === 'string')
      params.query = { pagination_token: params.query.pagination_token };
    else issues.push(...validator.validateParameters(op.operationId, 'query', params.query));
  }
  const body = await readBody(request, schemas, limits);
  if (body.tooLarge) return { params, body: undefined, issues, tooLarge: true };
  issues.push(...body.issues);
  // readBody gives a value only when it has nothing to report: a body it could not read is reported once, not validated.
  if (body.value !== undefined) issues.push(...validator.validateBody(op.operationId, body.value));
  issues.push(...textInsteadOfFile(schemas, body.value, body.files, validator));
  return { params, body: body.value, issues, files: body.files };
}

/**
 * A field the spec declares as a file (`format: binary`, multipart bodies
 * only) that came as a text part (a part without a filename) or in a JSON
 * body. Monite's FastAPI refuses it: its UploadFile parameter receives a str.
 * Without this, the text would pass the schema (the mock reads a file as its
 * name) and be stored as a file's name.
 */
function textInsteadOfFile(
  schemas: OperationSchemas | undefined,
  value: unknown,
  files: Record<string, UploadedFile> | undefined,
  validator: SpecValidator,
): ValidationIssue[] {
  // A body that is not an object has been reported by the schema check already.
  if (typeof value !== 'object' || value === null) return [];
  return binaryFields(schemas?.body?.schema, validator.document.components.schemas)
    .filter((name) => name in value && !files?.[name])
    .map((name) => ({
      loc: ['body', name],
      msg: "Value error, Expected UploadFile, received: <class 'str'>",
      type: 'value_error',
    }));
}

/** The validation responder: reads the request into the exchange, or answers 413/422. */
export function validationResponder(maxBodyBytes: number): Responder {
  return {
    name: 'validation (parameters and body against the spec)',
    matches: () => true,
    answer: async (exchange) => {
      const { params, body, issues, tooLarge, files } = await validateRequest(
        exchange.op,
        exchange.request,
        exchange.pathParams,
        { maxBodyBytes },
      );
      exchange.params = params;
      exchange.body = body;
      exchange.files = files;
      if (tooLarge) return { status: 413, body: errorBody(PAYLOAD_TOO_LARGE) };
      if (issues.length > 0) return { status: 422, body: { detail: issues } };
      return undefined;
    },
  };
}
