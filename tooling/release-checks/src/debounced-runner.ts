/**
 * The scheduling core of the spec watcher: bursts of file events (an editor
 * saving, a git checkout touching many files) become one regeneration, and a
 * regeneration never overlaps another; changes that land during a run cause
 * exactly one more run after it.
 */

/** A scheduled task runner fed by change notifications. */
export interface DebouncedRunner {
  /** Reports a changed path; the task runs once things are quiet for the delay. */
  trigger: (path: string) => void;
  /** Resolves when no run is pending or in progress. */
  idle: () => Promise<void>;
}

/**
 * Creates a runner that calls `task` with the paths changed since its last
 * call, `delayMs` after the latest change, one call at a time.
 */
export function createDebouncedRunner(task: (changed: string[]) => Promise<void>, delayMs: number): DebouncedRunner {
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let idleWaiters: Array<() => void> = [];

  const settleIdle = () => {
    if (timer || running || pending.size) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  const fire = () => {
    timer = undefined;
    // Changes during a run wait for it; the run's end schedules them.
    if (running || pending.size === 0) return settleIdle();
    const changed = [...pending];
    pending = new Set();
    running = task(changed)
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (pending.size) schedule();
        else settleIdle();
      });
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, delayMs);
  };

  return {
    trigger(path) {
      pending.add(path);
      schedule();
    },
    idle() {
      return new Promise<void>((resolveIdle) => {
        idleWaiters.push(resolveIdle);
        settleIdle();
      });
    },
  };
}
