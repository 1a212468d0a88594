/**
 * What one journal entry holds and how it is replayed: the store changes of
 * a group commit in the order they were made, the tokens issued or revoked,
 * and where the clock and the seeded sequences stood. Changes are noted as
 * keys while requests run and read from the store when the entry is
 * written, so an object changed twice in a batch is written once, as it is.
 */
import type { MoniteEngine } from '../pipeline/engine.js';
import type { ClockState } from '../state/clock.js';
import type { StoreObserver } from '../state/store.js';
import type { IssuedToken } from '../state/tokens.js';
import type { StoredRecord } from '../shared/stored-record.js';

/** One store change as written: put, replace a collection, delete, set (or delete) a singleton. */
export type JournalOp =
  | ['p', string, string, StoredRecord]
  | ['r', string, string, StoredRecord[]]
  | ['d', string, string, string]
  | ['s', string, string, unknown?];

/** One line of the journal. */
export interface JournalEntry {
  /** Store changes, in order. */
  o: JournalOp[];
  /** Tokens issued or revoked, as they now are. */
  t: Array<[string, IssuedToken]>;
  /** The clock's position. */
  c: ClockState;
  /** The positions of the data, event and delivery id sequences. */
  q: [number, number, number];
}

type Noted = ['p' | 'd', string, string, string] | ['r', string, string] | ['s', string, string];

/**
 * Notes what changes between two entries. `everything` is set when the
 * store was cleared (a reset or an import): the next write is then a whole
 * snapshot, not an entry.
 */
export class ChangeNotes implements StoreObserver {
  private noted: Noted[] = [];
  private readonly putSince = new Set<string>();
  private tokens = new Map<string, IssuedToken>();
  private written = '';
  everything = false;

  constructor(
    private readonly engine: MoniteEngine,
    private readonly onChange: () => void,
  ) {
    this.written = this.positions();
  }

  put(scope: string, collection: string, id: string): void {
    const key = `${scope}\u0000${collection}\u0000${id}`;
    // A second put of the same key moves nothing (the store keeps its place): its final value is written once.
    if (!this.putSince.has(key)) {
      this.putSince.add(key);
      this.noted.push(['p', scope, collection, id]);
    }
    this.onChange();
  }

  replaced(scope: string, collection: string): void {
    this.structural(['r', scope, collection]);
  }

  deleted(scope: string, collection: string, id: string): void {
    this.structural(['d', scope, collection, id]);
  }

  singleton(scope: string, path: string): void {
    this.structural(['s', scope, path]);
  }

  cleared(): void {
    this.everything = true;
    this.onChange();
  }

  /** Notes an issued or revoked token. */
  token(token: string, issued: IssuedToken): void {
    this.tokens.set(token, issued);
    this.onChange();
  }

  private structural(note: Noted): void {
    this.putSince.clear();
    this.noted.push(note);
    this.onChange();
  }

  private positions(): string {
    const { engine } = this;
    const clock = engine.clock.state();
    return `${clock.offset}:${clock.ticks}:${engine.sequence.position()}:${engine.events.position()}:${engine.webhooks.position()}`;
  }

  /** Whether anything changed since the last entry (the clock and the sequences included). */
  get pending(): boolean {
    return this.everything || this.noted.length > 0 || this.tokens.size > 0 || this.positions() !== this.written;
  }

  /** Forgets the notes: a whole snapshot was just taken. */
  forget(): void {
    this.noted = [];
    this.putSince.clear();
    this.tokens = new Map();
    this.everything = false;
    this.written = this.positions();
  }

  /** The entry of everything noted, as one line of JSON, and forgets the notes. */
  takeEntry(): string {
    const { store } = this.engine;
    const ops: JournalOp[] = [];
    for (const note of this.noted) {
      if (note[0] === 'p') {
        const record = store.get(note[1], note[2], note[3]);
        // Gone again within the batch: the delete noted after it says so.
        if (record) ops.push(['p', note[1], note[2], record]);
      } else if (note[0] === 'r') ops.push(['r', note[1], note[2], store.list(note[1], note[2])]);
      else if (note[0] === 'd') ops.push(['d', note[1], note[2], note[3]]);
      else {
        const value = store.getSingleton(note[1], note[2]);
        ops.push(value === undefined ? ['s', note[1], note[2]] : ['s', note[1], note[2], value]);
      }
    }
    const { engine } = this;
    const entry: JournalEntry = {
      o: ops,
      t: [...this.tokens],
      c: engine.clock.state(),
      q: [engine.sequence.position(), engine.events.position(), engine.webhooks.position()],
    };
    const line = `${JSON.stringify(entry)}\n`;
    this.forget();
    return line;
  }
}

function isEntry(value: unknown): value is JournalEntry {
  const entry = value as JournalEntry;
  return (
    Array.isArray(entry.o) &&
    Array.isArray(entry.t) &&
    typeof entry.c === 'object' &&
    entry.c !== null &&
    Array.isArray(entry.q) &&
    entry.q.length === 3
  );
}

/**
 * Replays journal entries onto an engine that holds the snapshot before
 * them. The sequences are put in place once, after the last entry (putting
 * a sequence in place redraws it from the start).
 * @returns the 0-based index of the first entry that is not a journal entry, or -1
 */
export function replayEntries(engine: MoniteEngine, entries: readonly unknown[]): number {
  const { store, tokens } = engine;
  let last: JournalEntry | undefined;
  for (const [index, value] of entries.entries()) {
    if (!isEntry(value)) return index;
    for (const op of value.o) {
      if (op[0] === 'p') store.put(op[1], op[2], op[3]);
      else if (op[0] === 'r') store.replaceAll(op[1], op[2], op[3]);
      else if (op[0] === 'd') store.delete(op[1], op[2], op[3]);
      else if (op[0] === 's') store.setSingleton(op[1], op[2], op.length > 3 ? op[3] : undefined);
      else return index;
    }
    for (const [token, issued] of value.t) tokens.restoreOne(token, issued);
    last = value;
  }
  if (last) {
    engine.clock.restore(last.c);
    engine.sequence.restore(last.q[0]);
    engine.events.restore(last.q[1]);
    engine.webhooks.restore(last.q[2]);
    // New tokens must not repeat restored ones: the registry reseeds from what it now holds.
    tokens.load(tokens.dump());
  }
  return -1;
}
