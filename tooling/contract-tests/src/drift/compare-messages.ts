/**
 * The parts of a request or response message the drift test compares beside
 * parameters: media types with their schemas, and response headers.
 */
import { isObject, resolveObject } from '@monite-ts/openapi-model';
import type { SchemaComparer } from './compare-schema.js';
import type { OpenApiDocument, RelativeDifference } from './types.js';

/** Compares the media types of a body or response and each one's schema, reporting where they differ. */
export function compareContent(
  at: string[],
  x: unknown,
  y: unknown,
  schemas: SchemaComparer,
  out: RelativeDifference[],
): void {
  const xc = isObject(x) ? x : {};
  const yc = isObject(y) ? y : {};
  for (const type of new Set([...Object.keys(xc), ...Object.keys(yc)])) {
    if (!(type in yc))
      out.push({ at: [...at, type], kind: 'missing-content-type', reference: 'present', spec: undefined });
    else if (!(type in xc))
      out.push({ at: [...at, type], kind: 'extra-content-type', reference: undefined, spec: 'present' });
    else {
      const a = xc[type];
      const b = yc[type];
      // A media type without a schema admits any body, as `{}` does.
      for (const d of schemas.compare(isObject(a) ? a.schema : undefined, isObject(b) ? b.schema : undefined)) {
        out.push({ ...d, at: [...at, type, ...d.at] });
      }
    }
  }
}

/** Compares the headers of a response (names read case-insensitively), their `required` and schemas. */
export function compareHeaders(
  at: string[],
  referenceDoc: OpenApiDocument,
  x: unknown,
  specDoc: OpenApiDocument,
  y: unknown,
  schemas: SchemaComparer,
  out: RelativeDifference[],
): void {
  const lower = (doc: OpenApiDocument, headers: unknown) =>
    new Map(
      Object.entries(isObject(headers) ? headers : {}).map(([name, h]) => [
        name.toLowerCase(),
        { name, header: resolveObject(doc, h, { strict: true }).node ?? {} },
      ]),
    );
  const xh = lower(referenceDoc, x);
  const yh = lower(specDoc, y);
  for (const key of new Set([...xh.keys(), ...yh.keys()])) {
    const a = xh.get(key);
    const b = yh.get(key);
    const where = [...at, 'headers', (a ?? b)!.name];
    if (!b) out.push({ at: where, kind: 'missing-header', reference: 'present', spec: undefined });
    else if (!a) out.push({ at: where, kind: 'extra-header', reference: undefined, spec: 'present' });
    else {
      if (Boolean(a.header.required) !== Boolean(b.header.required))
        out.push({
          at: [...where, 'required'],
          kind: 'required',
          reference: Boolean(a.header.required),
          spec: Boolean(b.header.required),
        });
      for (const d of schemas.compare(a.header.schema, b.header.schema)) out.push({ ...d, at: [...where, ...d.at] });
    }
  }
}
