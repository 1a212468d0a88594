/** What the mock keeps of an uploaded file: the real name, media type, size and checksum of what was sent. */
export interface UploadedFile {
  name: string;
  mimetype: string;
  size: number;
  md5: string;
  /** The bytes, kept so the file can be downloaded back (never part of an answer). */
  content?: Uint8Array;
}
