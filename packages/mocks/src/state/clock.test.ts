// The mock's clock as tests drive it: how `--clock` is spelled,
// what a fixed clock answers, and that time only moves forward.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MockClock, parseClockMode } from './clock.js';

const START = Date.parse('2025-01-01T00:00:00Z');

afterEach(() => {
  vi.useRealTimers();
});

describe('parseClockMode', () => {
  it('reads real, fixed and fixed:<ISO time>', () => {
    expect(parseClockMode('real', START)).toEqual({ kind: 'real' });
    expect(parseClockMode('fixed', START)).toEqual({ kind: 'fixed', start: START });
    expect(parseClockMode('fixed:2024-06-30T12:00:00Z', START)).toEqual({
      kind: 'fixed',
      start: Date.parse('2024-06-30T12:00:00Z'),
    });
  });

  it.each(['Real', 'fixed:', 'fixed:yesterday', 'frozen', 'later:2025-01-01T00:00:00Z', ''])(
    'refuses %j, quoting it',
    (spec) => {
      expect(() => parseClockMode(spec, START)).toThrow(RangeError);
      expect(() => parseClockMode(spec, START)).toThrow(`got "${spec}"`);
    },
  );
});

describe('MockClock', () => {
  it('fixed: starts at its start and moves one second per stored write', () => {
    const clock = new MockClock({ kind: 'fixed', start: START });
    expect(clock.now()).toBe(START);
    expect(clock.iso()).toBe('2025-01-01T00:00:00.000Z');
    expect(clock.stamp()).toBe('2025-01-01T00:00:01.000Z');
    expect(clock.stamp()).toBe('2025-01-01T00:00:02.000Z');
    expect(clock.now()).toBe(START + 2_000);
  });

  it('real: follows the machine, and writes do not move it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const clock = new MockClock({ kind: 'real' });
    expect(clock.stamp()).toBe('2025-01-01T00:00:00.000Z');
    expect(clock.now()).toBe(START);
    vi.setSystemTime(START + 5_000);
    expect(clock.now()).toBe(START + 5_000);
    expect(clock.state()).toEqual({ offset: 0, ticks: 0 });
  });

  it('advance moves it forward by exactly the amount, and refuses going back or non-finite amounts', () => {
    const clock = new MockClock({ kind: 'fixed', start: START });
    clock.advance(0);
    clock.advance(86_400_000);
    expect(clock.now()).toBe(START + 86_400_000);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => clock.advance(bad)).toThrow(new RangeError('advance takes a non-negative number of milliseconds'));
    expect(clock.now()).toBe(START + 86_400_000);
  });

  it('reset goes back to the start; state and restore carry advances and writes across a restart', () => {
    const clock = new MockClock({ kind: 'fixed', start: START });
    clock.stamp();
    clock.advance(60_000);
    const saved = clock.state();
    expect(saved).toEqual({ offset: 60_000, ticks: 1 });
    clock.reset();
    expect(clock.now()).toBe(START);
    const restarted = new MockClock({ kind: 'fixed', start: START });
    restarted.restore(saved);
    expect(restarted.now()).toBe(START + 61_000);
  });

  it('tokens expire against the clock, or against an older clock function moved by the advances', () => {
    const clock = new MockClock({ kind: 'fixed', start: START });
    clock.advance(1_000);
    expect(clock.tokenNow()).toBe(START + 1_000);
    const withTokenTime = new MockClock({ kind: 'fixed', start: START }, () => 42);
    withTokenTime.advance(1_000);
    expect(withTokenTime.tokenNow()).toBe(1_042);
  });
});
