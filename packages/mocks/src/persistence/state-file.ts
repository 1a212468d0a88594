/**
 * The file behind `monite-mock --state FILE`: its first line is a whole
 * snapshot (`GET /_mock/state`), every further line one journal entry, the
 * changes of one group commit. Only whole lines count: a crash can cut the
 * last entry short (it was never acknowledged), never the snapshot line,
 * which is only ever replaced whole, by renaming a synced copy over the file.
 * A plain snapshot (one JSON document, as `GET /_mock/state` answers or an
 * older mock wrote on exit) is read too.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A state path or file the mock refuses at start; the message is one line naming the path. */
export class StateFileError extends Error {
  override name = 'StateFileError';
}

/** What a state file holds, parsed. */
export interface StateFileContents {
  /** The snapshot of the first line (or of the whole file, for a plain snapshot). */
  snapshot: unknown;
  /** The journal entries after it, oldest first. */
  entries: unknown[];
  /** Byte length of the whole lines; past it is an entry a crash cut short, to be cut off before appending. */
  validBytes: number;
  /** Byte length of the snapshot (the first line, or the whole plain snapshot). */
  snapshotBytes: number;
  /** Bytes on disk; more than `validBytes` when the last entry was cut short. */
  totalBytes: number;
  /** True for a plain snapshot, which is rewritten in the line format before anything is appended. */
  plain: boolean;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * Checks, without writing anything that stays, that `path` can be a state
 * file: not a directory, in an existing folder the mock can create files in
 * (a probe file is created and removed at once: permission bits do not tell
 * for root or read-only mounts), and readable and writable when it exists.
 * @returns whether the file exists
 * @throws StateFileError naming what is wrong
 */
export function checkStatePath(path: string): boolean {
  const folder = dirname(resolve(path));
  let exists = true;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new StateFileError(`--state ${path} is a directory; give a file path`);
    if (!stat.isFile()) throw new StateFileError(`--state ${path} is not a regular file`);
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    if (codeOf(error) !== 'ENOENT') throw new StateFileError(`--state ${path} cannot be read (${codeOf(error)})`);
    exists = false;
  }
  try {
    if (!statSync(folder).isDirectory()) throw new StateFileError(`--state ${path}: ${folder} is not a folder`);
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    throw new StateFileError(`--state ${path}: the folder ${folder} does not exist`);
  }
  const probe = join(folder, `.${basename(path)}.probe-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (error) {
    throw new StateFileError(`--state ${path}: the folder ${folder} is not writable (${codeOf(error)})`);
  }
  if (exists) {
    try {
      closeSync(openSync(path, 'r+'));
    } catch (error) {
      throw new StateFileError(`--state ${path} is not writable (${codeOf(error)})`);
    }
  }
  return exists;
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads and parses a state file. A last line without its newline is an
 * entry a crash cut short and is left out; any other line that is not JSON
 * means the file is damaged, and it is refused (and left as it is).
 * @throws StateFileError naming the file and, for a damaged entry, its line
 */
export function readStateFile(path: string): StateFileContents {
  const buffer = readFileSync(path);
  const totalBytes = buffer.length;
  // Lines are found in the bytes (a newline byte never occurs inside a UTF-8 character), so no copy of the whole file is made.
  const firstBreak = buffer.indexOf(10);
  const first = parseLine(buffer.toString('utf8', 0, firstBreak === -1 ? totalBytes : firstBreak));
  if (first === undefined || firstBreak === -1) {
    // One JSON document, possibly spread over lines: a plain snapshot.
    const whole = first ?? parseLine(buffer.toString('utf8'));
    if (whole === undefined || typeof whole !== 'object' || whole === null)
      throw new StateFileError(`--state ${path} is not a state file (not JSON: damaged or cut short?)`);
    return { snapshot: whole, entries: [], validBytes: totalBytes, snapshotBytes: totalBytes, totalBytes, plain: true };
  }
  const entries: unknown[] = [];
  const snapshotBytes = firstBreak + 1;
  let offset = snapshotBytes;
  let line = 2;
  while (offset < totalBytes) {
    const end = buffer.indexOf(10, offset);
    if (end === -1) break; // cut short by a crash: never acknowledged
    const entry = parseLine(buffer.toString('utf8', offset, end));
    if (entry === undefined || typeof entry !== 'object' || entry === null)
      throw new StateFileError(`--state ${path}: line ${line} is damaged (not a journal entry)`);
    entries.push(entry);
    offset = end + 1;
    line += 1;
  }
  return { snapshot: first, entries, validBytes: offset, snapshotBytes, totalBytes, plain: false };
}

/**
 * Replaces a file's content atomically and durably: a synced copy is renamed
 * over it and the folder synced, so a crash leaves the old content or the new,
 * never a mix or nothing.
 */
export async function replaceFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  await syncFolder(dirname(resolve(path)));
}

/** Makes a rename in a folder durable; platforms that cannot open a folder (Windows) make it durable by themselves. */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM where folders cannot be opened or synced: nothing more can be done there.
  } finally {
    await handle?.close();
  }
}
