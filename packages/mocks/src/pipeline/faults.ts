import type { MockOperation } from '../operations/operation-table.js';
import { createRandom, type Random } from '../schema/random.js';

/** A configured fault: which requests it hits and what it answers. */
export interface FaultRule {
  /** The status to answer with, e.g. 429, 500 or 503. */
  status: number;
  /** Only this operation (by operationId); every operation when absent. */
  operationId?: string;
  /** Share of matching requests that fail, 0..1 (default 1), drawn from the seeded generator. */
  probability?: number;
  /** Fail only this many matching requests, then recover (default: no limit). */
  times?: number;
  /** `Retry-After` seconds on a 429 (default 1). */
  retryAfterSeconds?: number;
}

/** Chooses which requests fail, from configured rules, deterministically for a seed. */
export class FaultInjector {
  private random: Random;
  // Stryker disable next-line ArrayDeclaration: the constructor replaces the list at once
  private rules: { rule: FaultRule; used: number }[] = [];

  constructor(
    private readonly seed: string,
    rules: FaultRule[] = [],
  ) {
    // Stryker disable next-line StringLiteral: set() below replaces this generator at once with the same seed
    this.random = createRandom(`${seed}:faults`);
    this.set(rules);
  }

  /** Replaces the configured rules. */
  set(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, used: 0 }));
    this.random = createRandom(`${this.seed}:faults`);
  }

  /** The rule that fails this request, if any. */
  pick(operation: MockOperation): FaultRule | undefined {
    for (const entry of this.rules) {
      const { rule } = entry;
      if (rule.operationId && rule.operationId !== operation.operationId) continue;
      // Stryker disable next-line ConditionalExpression: `used >= undefined` is false, like the check it guards
      if (rule.times !== undefined && entry.used >= rule.times) continue;
      // Stryker disable next-line EqualityOperator: the draw is exactly 0 or 1 only with probability zero
      if (this.random.next() >= (rule.probability ?? 1)) continue;
      entry.used += 1;
      return rule;
    }
    return undefined;
  }
}

/** Waits, in any runtime (a timer is all browsers and Node share). */
export function sleep(ms: number): Promise<void> {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a 0 ms timer and an immediate resolve are the same wait
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
