/**
 * The mock's sense of time. Monite's time-driven behaviour (tokens expiring,
 * invoices falling overdue, recurrences issuing, payment links expiring) has
 * to be testable without waiting, so every part of the mock reads time from
 * here and a test can move it.
 */

/** How the clock runs: `real` follows the machine's time; `fixed` starts at a given instant and moves only when told to (and one second per stored write, so objects keep a strict order). */
export type ClockMode = { kind: 'real' } | { kind: 'fixed'; start: number };

/** A snapshot of the clock's position, for export and import of the mock's state. */
export interface ClockState {
  /** Milliseconds added by `advance`. */
  offset: number;
  /** Writes stamped so far (fixed mode moves one second per write). */
  ticks: number;
}

/**
 * Parses the `--clock` / `clock` spelling: `real`, `fixed` (at `defaultStart`)
 * or `fixed:<ISO time>`.
 * @throws RangeError when the spelling or the time is not understood
 */
export function parseClockMode(spec: string, defaultStart: number): ClockMode {
  if (spec === 'real') return { kind: 'real' };
  if (spec === 'fixed') return { kind: 'fixed', start: defaultStart };
  if (spec.startsWith('fixed:')) {
    const start = Date.parse(spec.slice('fixed:'.length));
    if (!Number.isNaN(start)) return { kind: 'fixed', start };
  }
  throw new RangeError(`clock must be "real", "fixed" or "fixed:<ISO time>", got "${spec}"`);
}

/**
 * The clock every part of the mock reads. In fixed mode the time is a pure
 * function of the start, the writes made and the advances asked for, so the
 * same calls give the same timestamps; in real mode objects are created now.
 */
export class MockClock {
  private offset = 0;
  private ticks = 0;

  /**
   * @param mode real or fixed time
   * @param tokenTime an older option: a function giving the time tokens expire against; `advance` still moves it
   */
  constructor(
    readonly mode: ClockMode,
    private readonly tokenTime?: () => number,
  ) {}

  /** The current time in milliseconds since the epoch. */
  now(): number {
    const base = this.mode.kind === 'real' ? Date.now() : this.mode.start + this.ticks * 1000;
    return base + this.offset;
  }

  /** The current time as ISO 8601 (UTC). */
  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /**
   * The timestamp of a stored write. A fixed clock moves one second first, so
   * objects written one after another never share a `created_at`.
   */
  stamp(): string {
    if (this.mode.kind === 'fixed') this.ticks += 1;
    return this.iso();
  }

  /** The time tokens expire against: the clock itself, or the older `clock` function moved by the advances. */
  tokenNow(): number {
    return this.tokenTime ? this.tokenTime() + this.offset : this.now();
  }

  /** Moves the clock forward (a negative value is refused: Monite's time never runs back). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance takes a non-negative number of milliseconds');
    this.offset += ms;
  }

  /** Back to the start: no advances, no writes. */
  reset(): void {
    this.offset = 0;
    this.ticks = 0;
  }

  /** The position of the clock, for a state snapshot. */
  state(): ClockState {
    return { offset: this.offset, ticks: this.ticks };
  }

  /** Puts the clock where a snapshot left it. */
  restore(state: ClockState): void {
    this.offset = state.offset;
    this.ticks = state.ticks;
  }
}
