import { createRandom, type Random } from '../schema/random.js';
import type { ListQuery } from './lists.js';

/** Most cursors remembered; past it the oldest are forgotten (and answer "invalid token", as an expired one would). */
export const MAX_CURSORS = 10_000;

interface Cursor {
  /** The list it belongs to: scope and concrete collection path. */
  list: string;
  query: ListQuery;
}

/**
 * Pagination tokens the mock has handed out. A token is a random handle to a
 * query kept here, so a client cannot forge or alter one (a hand-made token
 * with `limit: 0` or `limit: 1e9` is simply unknown), and a token is good
 * only for the list that issued it.
 */
export class CursorRegistry {
  private readonly cursors = new Map<string, Cursor>();
  private random: Random;

  constructor(private readonly seed: string) {
    this.random = createRandom(`${seed}:cursors`);
  }

  /** A token for the next or previous page of a list. */
  issue(list: string, query: ListQuery): string {
    const token = this.random.hex(32);
    this.cursors.set(token, { list, query });
    // Maps iterate in insertion order: the first key is the oldest cursor.
    if (this.cursors.size > MAX_CURSORS) this.cursors.delete(this.cursors.keys().next().value as string);
    return token;
  }

  /** The query a token stands for, when it was issued for this list; undefined otherwise. */
  resolve(list: string, token: string): ListQuery | undefined {
    const cursor = this.cursors.get(token);
    return cursor && cursor.list === list ? structuredClone(cursor.query) : undefined;
  }

  /** How many cursors are remembered. */
  get size(): number {
    return this.cursors.size;
  }

  /** Forgets every cursor and restarts the token sequence. */
  clear(): void {
    this.cursors.clear();
    this.random = createRandom(`${this.seed}:cursors`);
  }
}
