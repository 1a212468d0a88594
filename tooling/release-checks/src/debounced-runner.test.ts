import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncedRunner } from './debounced-runner.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A task whose runs finish when the test says so. */
function controllableTask() {
  const calls: string[][] = [];
  const finishers: Array<() => void> = [];
  const task = (changed: string[]) => {
    calls.push(changed);
    return new Promise<void>((done) => finishers.push(done));
  };
  return { calls, task, finishNext: () => finishers.shift()?.() };
}

describe('createDebouncedRunner', () => {
  it('turns a burst of changes into one run after the quiet period', async () => {
    const { calls, task, finishNext } = controllableTask();
    const runner = createDebouncedRunner(task, 200);
    runner.trigger('spec/paths/a.yaml');
    await vi.advanceTimersByTimeAsync(150);
    runner.trigger('spec/paths/b.yaml');
    runner.trigger('spec/paths/a.yaml');
    await vi.advanceTimersByTimeAsync(150);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(calls).toEqual([['spec/paths/a.yaml', 'spec/paths/b.yaml']]);
    finishNext();
    await runner.idle();
  });

  it('never overlaps runs and runs once more for changes made during a run', async () => {
    const { calls, task, finishNext } = controllableTask();
    const runner = createDebouncedRunner(task, 100);
    runner.trigger('a');
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    runner.trigger('b');
    runner.trigger('c');
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
    finishNext();
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([['a'], ['b', 'c']]);
    finishNext();
    await vi.advanceTimersByTimeAsync(0);
    await runner.idle();
    expect(calls).toHaveLength(2);
  });

  it('keeps watching after a failed run', async () => {
    const calls: string[][] = [];
    const runner = createDebouncedRunner(async (changed) => {
      calls.push(changed);
      throw new Error('generate failed');
    }, 50);
    runner.trigger('a');
    await vi.advanceTimersByTimeAsync(50);
    runner.trigger('b');
    await vi.advanceTimersByTimeAsync(50);
    await runner.idle();
    expect(calls).toEqual([['a'], ['b']]);
  });
});
