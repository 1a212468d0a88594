/**
 * Files: an uploaded file (`POST /files`) is stored as the file itself (its
 * real name, media type, size and checksum) and can be downloaded back from
 * the URL it reports; uploads that create another object
 * (`…/upload_from_file`) are that collection's create with the file.
 */
import type { StoredRecord } from '../shared/stored-record.js';
import type { UploadedFile } from '../shared/uploaded-file.js';
import type { CollectionRules, CreatedContext } from '../state/rules.js';
import { type DomainModule, type Endpoint, viaCrud } from './module.js';

/** The collection of uploaded files. */
export const FILES = '/files';

/** Where a stored file can be downloaded from: the mock's own admin surface, on the origin the upload used. */
export function downloadUrl(origin: string, fileId: string): string {
  return `${origin}/_mock/files/${fileId}`;
}

/** The uploaded file of a request: the `file` field, else the first file sent. */
function uploadOf(files: Readonly<Record<string, UploadedFile>> | undefined): UploadedFile | undefined {
  return files?.file ?? Object.values(files ?? {})[0];
}

/** A file object is the file itself: name, media type, size and checksum of what was sent. */
function fileFields(files: Readonly<Record<string, UploadedFile>> | undefined): Record<string, unknown> {
  const file = uploadOf(files);
  return file ? { name: file.name, mimetype: file.mimetype, size: file.size, md5: file.md5 } : {};
}

/** Keeps an uploaded file's bytes and points its `url` at them, so what was uploaded can be downloaded back. */
function keepUpload(record: StoredRecord, ctx: CreatedContext): StoredRecord | undefined {
  // A file is created from its upload (the request requires one), which the request reader gives with its bytes.
  const upload = uploadOf(ctx.files) as Required<UploadedFile>;
  ctx.keepFile(record.id, { name: upload.name, mimetype: upload.mimetype, bytes: upload.content });
  return ctx.origin ? { ...record, url: downloadUrl(ctx.origin, record.id) } : undefined;
}

const fileRules: CollectionRules = { collection: FILES, fieldsFromFiles: fileFields, afterCreate: keepUpload };

/**
 * `POST <collection>/upload_from_file`: a create in the collection from the
 * uploaded file, with the query's fields (an OCR task's `document_type`)
 * joined to the form's.
 */
export function uploadEndpoint(collection: string): Endpoint {
  const path = `${collection}/upload_from_file`;
  return {
    matches: (op) => op.method === 'POST' && op.path === path,
    answer: (ctx) =>
      viaCrud(ctx, {
        operation: { ...ctx.op, kind: 'create', collection },
        // The form's fields, as the request reader gives a multipart body: an object.
        body: { ...ctx.query, ...(ctx.body as object) },
      }),
  };
}

/** The files module. */
export const files: DomainModule = { name: 'files', collections: [fileRules] };
