import type { OperationSchemas } from '../schema/schema-document.js';
import type { ValidationIssue } from '../schema/validation.js';

/** A parsed request body, or the issues that stopped it from parsing. */
export interface ParsedBody {
  value: unknown;
  issues: ValidationIssue[];
}

/**
 * Reads a request body the way the operation declares it: JSON, or
 * multipart form data (files become their names, which is what the mock
 * stores and what a `format: binary` string schema accepts).
 */
export async function readBody(request: Request, schemas: OperationSchemas | undefined): Promise<ParsedBody> {
  const spec = schemas?.body;
  if (!spec) return { value: undefined, issues: [] };
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.includes('multipart/form-data') || contentType.includes('application/x-www-form-urlencoded')) {
    try {
      const form = await request.formData();
      const value: Record<string, unknown> = {};
      form.forEach((entry, key) => {
        value[key] = typeof entry === 'string' ? entry : (entry as File).name || 'upload';
      });
      return { value, issues: [] };
    } catch {
      return {
        value: undefined,
        issues: [{ loc: ['body'], msg: 'Could not parse the form data', type: 'value_error' }],
      };
    }
  }
  const text = await request.text();
  if (text.trim() === '') {
    return spec.required
      ? { value: undefined, issues: [{ loc: ['body'], msg: 'Field required', type: 'missing' }] }
      : { value: undefined, issues: [] };
  }
  try {
    return { value: JSON.parse(text), issues: [] };
  } catch (error) {
    return {
      value: undefined,
      issues: [{ loc: ['body', 0], msg: `JSON decode error: ${(error as Error).message}`, type: 'json_invalid' }],
    };
  }
}
