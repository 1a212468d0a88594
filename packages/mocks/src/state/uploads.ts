/**
 * Uploads that create an object (`POST /payables/upload_from_file`,
 * `POST /payable_credit_notes/upload_from_file`, `POST /receipts/upload_from_file`,
 * `POST /ocr_tasks/upload_from_file`) are classified as RPCs by the
 * operation table (their path ends in a verb); they are served as creates in
 * the collection they add to, with the query's fields (an OCR task's
 * `document_type`) joined to the uploaded file's.
 */
import type { MockOperation } from '../operations/operation-table.js';

/** The collection each upload adds to. */
const UPLOADS: Record<string, string> = {
  '/payables/upload_from_file': '/payables',
  '/payable_credit_notes/upload_from_file': '/payable_credit_notes',
  '/receipts/upload_from_file': '/receipts',
  '/ocr_tasks/upload_from_file': '/ocr_tasks',
};

/** The operation an upload is served as (a create in its collection); any other operation unchanged. */
export function asStoredOperation(op: MockOperation): MockOperation {
  const collection = op.method === 'POST' ? UPLOADS[op.path] : undefined;
  if (!collection) return op;
  return { ...op, kind: 'create', collection };
}

/** The body an upload is created from: the form fields (a file becomes its name) and the query's fields. */
export function uploadBody(op: MockOperation, body: unknown, query: Record<string, unknown>): unknown {
  if (op.method !== 'POST' || !UPLOADS[op.path]) return body;
  return { ...query, ...(typeof body === 'object' && body !== null ? body : {}) };
}
