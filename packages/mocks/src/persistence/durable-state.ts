/**
 * Durable state for `monite-mock --state FILE`: every change is appended to
 * the file's journal and synced before the request that made it is
 * answered, so a crash (`kill -9`, the OOM killer) loses nothing that was
 * acknowledged. Changes made while a sync is under way go out together in
 * the next one (group commit), which keeps a busy mock's throughput close
 * to the in-memory one. When the journal outgrows the snapshot it follows,
 * the file is rewritten as one fresh snapshot (compaction), atomically.
 */
import { constants } from 'node:fs';
import { type FileHandle, open, truncate } from 'node:fs/promises';

/**
 * Appends that are durable when the write returns (a write and an fdatasync
 * in one trip to libuv's thread pool, which measured faster than two).
 * Where there is no O_DSYNC (Windows), each write is followed by a datasync.
 */
const DSYNC = constants.O_DSYNC as number | undefined;
const SYNCED_APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (DSYNC ?? 0);
import type { MoniteEngine } from '../pipeline/engine.js';
import { importState, snapshotText } from '../pipeline/snapshot.js';
import { ChangeNotes, replayEntries } from './journal-entry.js';
import { checkStatePath, readStateFile, replaceFile, StateFileError } from './state-file.js';

/** The journal is compacted once it is this many times the snapshot's size, and at least `COMPACT_MIN_BYTES`. */
const COMPACT_RATIO = 2;
/** Below this size the journal is never compacted: replaying it is cheap. */
const COMPACT_MIN_BYTES = 8 * 1024 * 1024;

/** When the journal is compacted; the defaults suit a mock, tests make compaction happen sooner. */
export interface CompactionTuning {
  /** The journal is compacted once it is this many times the snapshot's size. Default 2. */
  ratio?: number;
  /** ... and at least this many bytes. Default 8 MiB. */
  minBytes?: number;
}

interface Waiters {
  promise: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function waiters(): Waiters {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A batch nobody waits for (a webhook's delivery record) must not become an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** A state file kept in step with an engine. */
export class DurableState {
  private handle: FileHandle | undefined;
  private readonly notes: ChangeNotes;
  private next: Waiters | undefined;
  private inflight: Waiters | undefined;
  private scheduled = false;
  private running: Promise<void> | undefined;
  private journalBytes: number;
  private snapshotBytes: number;
  private started = false;
  private closed = false;

  private constructor(
    private readonly engine: MoniteEngine,
    /** The state file's path. */
    readonly path: string,
    private readonly exists: boolean,
    private repair: { cutAt?: number; rewrite: boolean },
    sizes: { snapshot: number; journal: number },
    private readonly tuning: CompactionTuning,
  ) {
    this.snapshotBytes = sizes.snapshot;
    this.journalBytes = sizes.journal;
    this.notes = new ChangeNotes(engine, () => this.schedule());
    engine.store.observer = this.notes;
    engine.tokens.observer = (token, issued) => this.notes.token(token, issued);
  }

  /**
   * Checks the path and loads the file into the engine, writing nothing: a
   * refusal leaves the disk as it was. Call `start()` once the mock may run.
   * @throws StateFileError with one line naming the path and the fault
   */
  static load(engine: MoniteEngine, path: string, tuning: CompactionTuning = {}): DurableState {
    const exists = checkStatePath(path);
    if (!exists) return new DurableState(engine, path, false, { rewrite: true }, { snapshot: 0, journal: 0 }, tuning);
    const contents = readStateFile(path);
    try {
      importState(engine, contents.snapshot, true);
    } catch (error) {
      throw new StateFileError(`--state ${path} is not a state file: ${(error as Error).message}`);
    }
    const bad = replayEntries(engine, contents.entries);
    if (bad >= 0) throw new StateFileError(`--state ${path}: line ${bad + 2} is damaged (not a journal entry)`);
    return new DurableState(
      engine,
      path,
      true,
      {
        rewrite: contents.plain,
        cutAt: contents.validBytes < contents.totalBytes ? contents.validBytes : undefined,
      },
      { snapshot: contents.snapshotBytes, journal: contents.validBytes - contents.snapshotBytes },
      tuning,
    );
  }

  /**
   * Makes the file ready for appending: creates it (a snapshot of the state
   * now) when it did not exist, rewrites a plain snapshot in the line format,
   * and cuts off an entry a crash left unfinished.
   */
  async start(): Promise<void> {
    if (this.repair.rewrite || !this.exists) {
      const text = `${snapshotText(this.engine)}\n`;
      this.notes.forget();
      await replaceFile(this.path, text);
      this.snapshotBytes = text.length;
      this.journalBytes = 0;
    } else if (this.repair.cutAt !== undefined) {
      await truncate(this.path, this.repair.cutAt);
    }
    this.repair = { rewrite: false };
    this.handle = await open(this.path, SYNCED_APPEND);
    this.started = true;
    if (this.notes.pending) this.schedule();
  }

  /**
   * Resolves once every change made so far is on disk; rejects when writing
   * failed (the request that made the change must not be acknowledged).
   */
  settled(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.notes.pending) {
      this.schedule();
      this.next ??= waiters();
      return this.next.promise;
    }
    return this.inflight?.promise ?? Promise.resolve();
  }

  /** Writes what is pending, then closes the file; later changes are not kept. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.started && this.notes.pending) await this.settled().catch(() => undefined);
    await this.running;
    this.closed = true;
    this.engine.store.observer = undefined;
    this.engine.tokens.observer = undefined;
    await this.handle?.close();
    this.handle = undefined;
  }

  private schedule(): void {
    if (this.scheduled || this.running || !this.started || this.closed) return;
    this.scheduled = true;
    // After the current turn: every request answered in it joins one sync.
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.pump().then((ok) => {
        this.running = undefined;
        // After a failed write, the next request (or change) tries again, not a busy loop.
        if (ok && this.notes.pending) this.schedule();
      });
    });
  }

  /** Writes batches while changes are pending; false when a write failed. */
  private async pump(): Promise<boolean> {
    while (this.notes.pending && this.handle) {
      const batch = this.next ?? waiters();
      this.next = undefined;
      this.inflight = batch;
      try {
        const limit = Math.max(
          this.tuning.minBytes ?? COMPACT_MIN_BYTES,
          (this.tuning.ratio ?? COMPACT_RATIO) * this.snapshotBytes,
        );
        if (this.notes.everything || this.journalBytes > limit) await this.compact();
        else {
          const line = this.notes.takeEntry();
          await this.handle.write(line);
          if (DSYNC === undefined) await this.handle.datasync();
          this.journalBytes += Buffer.byteLength(line);
        }
        batch.resolve();
      } catch (error) {
        // The entry may be half on disk: the next write is a whole snapshot, which replaces it.
        this.notes.everything = true;
        batch.reject(error);
        this.inflight = undefined;
        return false;
      }
      this.inflight = undefined;
    }
    return true;
  }

  /** Rewrites the file as one snapshot of the state now; the journal starts empty. */
  private async compact(): Promise<void> {
    const text = `${snapshotText(this.engine)}\n`;
    this.notes.forget();
    await replaceFile(this.path, text);
    const previous = this.handle;
    this.handle = await open(this.path, SYNCED_APPEND);
    await previous?.close();
    this.snapshotBytes = Buffer.byteLength(text);
    this.journalBytes = 0;
  }
}

export { StateFileError };
