import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { md5Hex } from './md5.js';

describe('md5Hex', () => {
  test.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['The quick brown fox jumps over the lazy dog', '9e107d9d372bb6826bd81d3542a419d6'],
  ])('RFC 1321 vector %j', (text, hex) => {
    expect(md5Hex(new TextEncoder().encode(text))).toBe(hex);
  });
  test("agrees with Node's for any bytes, block boundaries included", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(md5Hex(bytes)).toBe(createHash('md5').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});
