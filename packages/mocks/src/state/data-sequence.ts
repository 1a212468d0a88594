import { createRandom, type Random, randomUuid } from '../schema/random.js';

/**
 * Ids, secrets and timestamps of stored data, from the mock's seed: the same
 * seed and the same calls give the same data, and a reset replays it.
 */
export class DataSequence {
  private random: Random;
  private ticks = 0;

  constructor(
    private readonly seed: string,
    private readonly startTime: number,
  ) {
    this.random = createRandom(seed);
  }

  /** Starts the sequence over. */
  reset(): void {
    this.random = createRandom(this.seed);
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

  /** The data clock: starts at a fixed time and moves one second per write, so data is reproducible. */
  now(): string {
    this.ticks += 1;
    return new Date(this.startTime + this.ticks * 1000).toISOString();
  }
}
