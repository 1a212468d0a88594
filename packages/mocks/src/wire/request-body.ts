import type { OperationSchemas } from '../schema/schema-document.js';
import type { ValidationIssue } from '../schema/validation.js';
import type { UploadedFile } from '../shared/uploaded-file.js';
import { md5Hex } from './md5.js';

export type { UploadedFile };

/** A parsed request body, or the issues that stopped it from parsing. */
export interface ParsedBody {
  value: unknown;
  issues: ValidationIssue[];
  /** Set when the body exceeded the size cap: the answer is a 413, whatever else is wrong. */
  tooLarge?: boolean;
  /** Uploaded files by form field (multipart bodies only). */
  files?: Record<string, UploadedFile>;
}

/** Limits on what the mock reads from a request body. */
export interface BodyLimits {
  /** Bytes read at most; a longer body is not buffered and answers 413. */
  maxBodyBytes: number;
}

/** Default body cap: 10 MiB, above any JSON body Monite takes and the size of a large uploaded PDF. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Deepest JSON nesting accepted. Monite's schemas nest a few levels; a
 * hostile body nested thousands deep would otherwise overflow the stack of
 * every schema walker that later reads it.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Reads a body up to `maxBytes`, stopping (and cancelling the stream) as soon
 * as it is longer: a 100 MB upload never sits in memory whole.
 */
export async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Where a parsed JSON value is unusable: nested deeper than `MAX_JSON_DEPTH`,
 * or a number JSON.parse turned into Infinity (`1e309`). Walks iteratively, so
 * the check itself cannot overflow the stack.
 */
export function jsonShapeIssue(value: unknown): ValidationIssue | undefined {
  const stack: { node: unknown; loc: (string | number)[] }[] = [{ node: value, loc: ['body'] }];
  while (stack.length > 0) {
    const { node, loc } = stack.pop()!;
    if (typeof node === 'number' && !Number.isFinite(node))
      return { loc, msg: 'Input should be a finite number', type: 'finite_number' };
    if (node === null || typeof node !== 'object') continue;
    if (loc.length > MAX_JSON_DEPTH)
      return { loc: ['body'], msg: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, type: 'value_error' };
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item, index) => [index, item])
      : Object.entries(node);
    for (const [key, child] of entries) stack.push({ node: child, loc: [...loc, key] });
  }
  return undefined;
}

/**
 * Reads a request body the way the operation declares it: JSON, or
 * multipart form data (files become their names, which is what the mock
 * stores and what a `format: binary` string schema accepts). Never reads
 * more than the cap.
 */
export async function readBody(
  request: Request,
  schemas: OperationSchemas | undefined,
  limits: BodyLimits = { maxBodyBytes: DEFAULT_MAX_BODY_BYTES },
): Promise<ParsedBody> {
  const spec = schemas?.body;
  if (!spec) return { value: undefined, issues: [] };
  const bytes = await readCapped(request, limits.maxBodyBytes);
  if (!bytes) return { value: undefined, issues: [], tooLarge: true };
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.includes('multipart/form-data') || contentType.includes('application/x-www-form-urlencoded')) {
    try {
      const form = await new Response(bytes as unknown as BodyInit, {
        headers: { 'content-type': contentType },
      }).formData();
      const value: Record<string, unknown> = {};
      const files: Record<string, UploadedFile> = {};
      for (const [key, entry] of form.entries()) {
        if (typeof entry === 'string') {
          value[key] = entry;
          continue;
        }
        const file = entry as File;
        const content = new Uint8Array(await file.arrayBuffer());
        value[key] = file.name || 'upload';
        files[key] = {
          name: file.name || 'upload',
          mimetype: file.type || 'application/octet-stream',
          size: content.byteLength,
          md5: md5Hex(content),
          content,
        };
      }
      return { value, issues: [], files };
    } catch {
      return {
        value: undefined,
        issues: [{ loc: ['body'], msg: 'Could not parse the form data', type: 'value_error' }],
      };
    }
  }
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') {
    return spec.required
      ? { value: undefined, issues: [{ loc: ['body'], msg: 'Field required', type: 'missing' }] }
      : { value: undefined, issues: [] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message quotes the input, which may hold a secret: report the position only.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    return {
      value: undefined,
      issues: [{ loc: ['body', position ? Number(position) : 0], msg: 'JSON decode error', type: 'json_invalid' }],
    };
  }
  const shape = jsonShapeIssue(value);
  return shape ? { value: undefined, issues: [shape] } : { value, issues: [] };
}
