/** Uploaded files as Monite describes them: the real name, media type, size and checksum of what was sent. */

/** What the mock keeps of an uploaded file. */
export interface UploadedFile {
  name: string;
  mimetype: string;
  size: number;
  md5: string;
  /** The bytes, kept so the file can be downloaded back (never part of an answer). */
  content?: Uint8Array;
}

/** Where a stored file can be downloaded from: the mock's own admin surface, on the origin the upload used. */
export function downloadUrl(origin: string, fileId: string): string {
  return `${origin}/_mock/files/${fileId}`;
}

/**
 * The fields a stored object gets from the files uploaded with it: a file
 * object (`POST /files`) is the file itself; other collections are left as
 * the request made them.
 */
export function uploadedFileFields(
  collectionTemplate: string,
  files: Readonly<Record<string, UploadedFile>> | undefined,
): Record<string, unknown> {
  const file = files?.file ?? Object.values(files ?? {})[0];
  if (!file || collectionTemplate !== '/files') return {};
  return { name: file.name, mimetype: file.mimetype, size: file.size, md5: file.md5 };
}
