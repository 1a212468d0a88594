import { describe, expect, it } from 'vitest';
import { isObject } from './json.js';

describe('isObject', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ['x', false],
    [undefined, false],
  ])('%j -> %s', (value, expected) => {
    expect(isObject(value)).toBe(expected);
  });
});
