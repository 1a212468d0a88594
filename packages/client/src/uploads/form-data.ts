// Request bodies for uploads. Monite's upload operations (POST /files,
// POST /payables/upload_from_file, PUT /entities/{entity_id}/logo, ...) take
// multipart/form-data with a binary `file`; the client's types say `Blob`
// there. A JSON body can never hold a Blob, so a body that has one is an
// upload: no per-operation table needed at runtime.
/** True when a top-level field of the body is a Blob (a File is a Blob). */
export function isUploadBody(body: unknown): body is Record<string, unknown> {
  // Stryker disable next-line ConditionalExpression: a string or number has no Blob among its Object.values either
  if (typeof body !== 'object' || body === null || body instanceof FormData) return false;
  return Object.values(body).some(
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
  const name = (blob as Partial<File>).name;
  // Stryker disable next-line ConditionalExpression: FormData names a file "blob" when given an undefined name, as this does
  return typeof name === 'string' && name !== '' ? name : 'blob';
}

/**
 * The client's body serializer: multipart for uploads, a FormData as given,
 * JSON otherwise (every other Monite request body is JSON; a call can pass its
 * own `bodySerializer` for anything else).
 */
export function serializeBody(body: unknown): unknown {
  if (isUploadBody(body)) return toFormData(body);
  return body instanceof FormData ? body : JSON.stringify(body);
}
