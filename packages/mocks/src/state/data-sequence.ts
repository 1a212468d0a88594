import type { MockClock } from './clock.js';
import { createRandom, type Random, randomUuid } from '../schema/random.js';

/**
 * A seeded generator that counts what it draws, so its position can be saved
 * in a state snapshot and restored by drawing as many values again.
 */
function countingRandom(seed: string): { random: Random; drawn: () => number } {
  const inner = createRandom(seed);
  let drawn = 0;
  // Each of these costs exactly as many draws of the underlying generator as counted here.
  const random: Random = {
    next: () => {
      drawn += 1;
      return inner.next();
    },
    int: (min, max) => {
      drawn += 1;
      return inner.int(min, max);
    },
    pick: (items) => {
      drawn += 1;
      return inner.pick(items);
    },
    hex: (length) => {
      drawn += length;
      return inner.hex(length);
    },
  };
  return { random, drawn: () => drawn };
}

/**
 * Ids, secrets and timestamps of stored data, from the mock's seed: the same
 * seed and the same calls give the same data, and a reset replays it.
 */
export class DataSequence {
  private random!: Random;
  private drawn!: () => number;
  private ticks = 0;

  /**
   * @param clock when given, timestamps come from it (and it moves per write in fixed mode);
   *   otherwise they start at `startTime` and move one second per write
   */
  constructor(
    private readonly seed: string,
    private readonly startTime: number,
    private readonly clock?: MockClock,
  ) {
    this.restart();
  }

  private restart(): void {
    ({ random: this.random, drawn: this.drawn } = countingRandom(this.seed));
  }

  /** Starts the sequence over. */
  reset(): void {
    this.restart();
    this.ticks = 0;
  }

  /** A fresh id from the seeded generator. */
  freshId(): string {
    return randomUuid(this.random);
  }

  /** Fresh hex digits (secrets). */
  hex(length: number): string {
    return this.random.hex(length);
  }

  /** The data clock: the mock's clock when it has one, else a fixed start moving one second per write. */
  now(): string {
    if (this.clock) return this.clock.stamp();
    this.ticks += 1;
    return new Date(this.startTime + this.ticks * 1000).toISOString();
  }

  /** How many values the generator has drawn, for a state snapshot. */
  position(): number {
    return this.drawn();
  }

  /** Puts the generator where a snapshot left it, so new ids never repeat the restored ones. */
  restore(position: number): void {
    this.restart();
    for (let i = 0; i < position; i++) this.random.next();
  }
}
