import { describe, expect, test } from 'vitest';
import { findCycles } from './cycles.js';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  test('finds a cycle however long, and only the cycle (not the module hanging off it)', () => {
    expect(findCycles(graph({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [] }))).toEqual([['a', 'b', 'c', 'a']]);
  });

  test('a graph without cycles gives none, shared imports (a diamond) included', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toEqual([]);
    expect(findCycles(graph({ a: ['outside'] }))).toEqual([]);
    expect(findCycles(new Map())).toEqual([]);
  });

  test('a cycle reached from several modules is reported once, from its smallest module', () => {
    const cycles = findCycles(graph({ z: ['c'], y: ['b'], c: ['a'], b: ['c'], a: ['b'] }));
    expect(cycles).toEqual([['a', 'b', 'c', 'a']]);
  });

  test('a module importing itself is a cycle', () => {
    expect(findCycles(graph({ a: ['a', 'b'], b: [] }))).toEqual([['a', 'a']]);
  });

  test('separate cycles are each reported, in sorted order', () => {
    expect(findCycles(graph({ x: ['y'], y: ['x'], b: ['a'], a: ['b'], m: ['a', 'x'] }))).toEqual([
      ['a', 'b', 'a'],
      ['x', 'y', 'x'],
    ]);
  });

  test('the answer does not depend on the order of modules or of their imports', () => {
    const one = findCycles(graph({ a: ['b', 'c'], b: ['a'], c: ['d'], d: ['c', 'a'] }));
    const other = findCycles(graph({ d: ['a', 'c'], c: ['d'], b: ['a'], a: ['c', 'b', 'c'] }));
    expect(one).toEqual([
      ['a', 'b', 'a'],
      ['a', 'c', 'd', 'a'],
      ['c', 'd', 'c'],
    ]);
    expect(other).toEqual(one);
  });
});
