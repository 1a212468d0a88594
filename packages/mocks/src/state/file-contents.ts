/**
 * The bytes of uploaded files, so a file can be downloaded back from the URL
 * its object reports. Kept beside the store (not in snapshots) and bounded:
 * past `MAX_FILE_BYTES` in all, the oldest uploads are forgotten.
 */

/** Bytes kept at most for all uploads together: 64 MiB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** One uploaded file's content. */
export interface FileContent {
  name: string;
  mimetype: string;
  bytes: Uint8Array;
}

/** Uploaded file contents by file id. */
export class FileContents {
  private readonly files = new Map<string, FileContent>();
  private total = 0;

  /** Keeps a file's content, forgetting the oldest ones past the cap. */
  put(id: string, content: FileContent): void {
    this.delete(id);
    this.files.set(id, content);
    this.total += content.bytes.byteLength;
    for (const [oldest, file] of this.files) {
      if (this.total <= MAX_FILE_BYTES || oldest === id) break;
      this.files.delete(oldest);
      this.total -= file.bytes.byteLength;
    }
  }

  /** A file's content, if it is still kept. */
  get(id: string): FileContent | undefined {
    return this.files.get(id);
  }

  /** Forgets one file. */
  delete(id: string): void {
    const file = this.files.get(id);
    if (!file) return;
    this.files.delete(id);
    this.total -= file.bytes.byteLength;
  }

  /** Forgets every file. */
  clear(): void {
    this.files.clear();
    this.total = 0;
  }
}
