/**
 * Reading turbo's dry runs (`turbo run … --dry=json`): which tasks run, which
 * are cached, whose hash moved between two runs, and which a change to one
 * file must rerun. Task hashes decide hits and misses, so comparing them
 * proves the cache's behaviour without running the tasks.
 */
import { join } from 'node:path';

/** One task of a dry run, as far as the cache proof reads it. */
export interface DryTask {
  taskId: string;
  package: string;
  directory: string;
  command: string;
  hash: string;
  /** Input files relative to the task's directory, with their hashes. */
  inputs: Record<string, string>;
  dependents: string[];
  cache: { status: 'HIT' | 'MISS' };
  resolvedTaskDefinition: { cache: boolean };
}

/** The tasks that have a script: the ones that run (turbo lists `<NONEXISTENT>` ones that only link dependents). */
export function withScript(tasks: readonly DryTask[]): DryTask[] {
  return tasks.filter((t) => t.command !== '<NONEXISTENT>');
}

/** The tasks whose results turbo stores and replays. */
export function cached(tasks: readonly DryTask[]): DryTask[] {
  return withScript(tasks).filter((t) => t.resolvedTaskDefinition.cache !== false);
}

/** Task ids, sorted and joined for a report line (`nothing` for none). */
export function ids(tasks: Iterable<DryTask>): string {
  return (
    [...tasks]
      .map((t) => t.taskId)
      .sort()
      .join(', ') || 'nothing'
  );
}

/** Ids of the tasks (with a script) whose hash differs between two dry runs. */
export function changedHashes(before: readonly DryTask[], after: readonly DryTask[]): Set<string> {
  const old = new Map(before.map((t) => [t.taskId, t.hash]));
  return new Set(
    withScript(after)
      .filter((t) => old.get(t.taskId) !== t.hash)
      .map((t) => t.taskId),
  );
}

/**
 * What a change to `file` (relative to the repository root) must rerun:
 * every task whose inputs contain it, plus everything downstream of those
 * (their hashes include their dependencies' hashes). The walk goes through
 * tasks without a script; only tasks with one are returned.
 */
export function expectedReruns(all: readonly DryTask[], file: string): Set<string> {
  const byId = new Map(all.map((t) => [t.taskId, t]));
  const queue = all
    .filter((t) => Object.keys(t.inputs).some((input) => join(t.directory, input) === file))
    .map((t) => t.taskId);
  const seen = new Set<string>();
  while (queue.length) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(byId.get(id)?.dependents ?? []));
  }
  return new Set(
    withScript(all)
      .map((t) => t.taskId)
      .filter((id) => seen.has(id)),
  );
}
