// Request bodies for uploads. Monite's upload operations (POST /files,
// POST /payables/upload_from_file, PUT /entities/{entity_id}/logo, ...) take
// multipart/form-data with a binary `file`; the client's types say `Blob`
// there. A JSON body can never hold a Blob, so a body that has one is an
// upload: no per-operation table needed at runtime.
import { defaultBodySerializer } from 'openapi-fetch';

/** True when a top-level field of the body is a Blob (a File is a Blob). */
export function isUploadBody(body: unknown): body is Record<string, unknown> {
  // Object() makes anything an object: null and undefined an empty one, a
  // string its characters. None of those has a Blob among its values, and
  // neither has a FormData, whose entries are not own properties: it is sent
  // as given.
  return Object.values(Object(body)).some(
    (value) => value instanceof Blob || (Array.isArray(value) && value.some((item) => item instanceof Blob)),
  );
}

/**
 * Builds multipart form data from a plain object: Blobs as files, arrays as
 * repeated fields, objects as JSON, other values as strings; undefined and
 * null fields are left out.
 */
export function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  const append = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (value instanceof Blob) form.append(key, value, fileName(value));
    else if (typeof value === 'object') form.append(key, JSON.stringify(value));
    else form.append(key, String(value));
  };
  for (const [key, value] of Object.entries(body)) {
    if (Array.isArray(value)) {
      for (const item of value) append(key, item);
    } else append(key, value);
  }
  return form;
}

// Monite keeps the uploaded name; a bare Blob has none, so give it a neutral one.
function fileName(blob: Blob): string {
  return (blob as Partial<File>).name || 'blob';
}

/**
 * The client's body serializer: multipart for uploads, openapi-fetch's
 * default otherwise (a FormData as given, a form-urlencoded body when the
 * headers say so, JSON for the rest).
 */
export function serializeBody(body: unknown, headers?: Headers): unknown {
  return isUploadBody(body) ? toFormData(body) : defaultSerializer(body, headers);
}

// openapi-fetch 0.17 declares its default with the body alone, but reads the
// merged headers (for form-urlencoded) when they are passed, as its client does.
const defaultSerializer = defaultBodySerializer as (body: unknown, headers?: Headers) => unknown;
