/**
 * The whole state of a local Monite as JSON, so it survives a restart
 * (`monite-mock --state FILE`) and a test can start from a saved world:
 * stored objects and singletons, events and delivery records (they live in
 * the store), issued tokens, the clock's position and the positions of the
 * seeded sequences, so ids made after an import never repeat imported ones.
 * Deliveries still queued are not saved: they are abandoned.
 */
import type { ClockState } from '../state/clock.js';
import type { StoreDump } from '../state/store.js';
import type { MoniteEngine } from './engine.js';
import type { IssuedToken } from '../state/tokens.js';

/** Marks a snapshot, so importing something else fails clearly. */
export const SNAPSHOT_FORMAT = 'monite-ts-mock-state';

/** A saved state of the mock (`monite.exportState()`, `GET /_mock/state`). */
export interface MockSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: 1;
  /** The clock's mode spelled as `--clock` takes it, and its position. */
  clock: { mode: string } & ClockState;
  /** How far the seeded sequences have run: data, event ids, delivery ids. */
  sequences: { data: number; events: number; deliveries: number };
  tokens: Array<{ token: string } & IssuedToken>;
  store: StoreDump;
}

/** The engine's state as a snapshot that still shares the live objects (serialize it before the next change). */
function liveSnapshot(engine: MoniteEngine): MockSnapshot {
  const mode = engine.clock.mode;
  return {
    format: SNAPSHOT_FORMAT,
    version: 1,
    clock: {
      mode: mode.kind === 'real' ? 'real' : `fixed:${new Date(mode.start).toISOString()}`,
      ...engine.clock.state(),
    },
    sequences: {
      data: engine.sequence.position(),
      events: engine.events.position(),
      deliveries: engine.webhooks.position(),
    },
    tokens: engine.tokens.dump(),
    store: engine.store.dump(),
  };
}

/** Captures the engine's state; the result is plain JSON data. */
export function exportState(engine: MoniteEngine): MockSnapshot {
  const snapshot = liveSnapshot(engine);
  // A deep copy: later changes to the live store must not show through a snapshot already taken.
  return JSON.parse(JSON.stringify(snapshot)) as MockSnapshot;
}

/** The engine's state as JSON text, serialized once (what a state file holds; cheaper than `exportState`). */
export function snapshotText(engine: MoniteEngine): string {
  return JSON.stringify(liveSnapshot(engine));
}

/**
 * Replaces the engine's state with a snapshot. The clock keeps its own mode
 * (set by options); only its position is restored. `owned`: the caller
 * hands the value over (just parsed from a file), so it is not copied first.
 * @throws TypeError when the value is not a snapshot of this format
 */
export function importState(engine: MoniteEngine, value: unknown, owned = false): void {
  const snapshot = value as Partial<MockSnapshot> | null;
  if (!snapshot || snapshot.format !== SNAPSHOT_FORMAT || snapshot.version !== 1 || !snapshot.store)
    throw new TypeError(`Not a ${SNAPSHOT_FORMAT} snapshot of version 1`);
  engine.reset();
  const copy = owned ? (snapshot as MockSnapshot) : (JSON.parse(JSON.stringify(snapshot)) as MockSnapshot);
  engine.store.load(copy.store);
  engine.tokens.load(copy.tokens ?? []);
  engine.clock.restore({ offset: copy.clock?.offset ?? 0, ticks: copy.clock?.ticks ?? 0 });
  engine.sequence.restore(copy.sequences?.data ?? 0);
  engine.events.restore(copy.sequences?.events ?? 0);
  engine.webhooks.restore(copy.sequences?.deliveries ?? 0);
}
