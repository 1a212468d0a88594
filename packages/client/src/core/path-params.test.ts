// Path values, unit by unit: what becomes a segment, what is refused and with
// which message (the adversarial suite sends them through a real server).
import { defaultPathSerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { checkPathParams } from './path-params.js';

/** What a call sends for a path: the check first, then openapi-fetch's default serializer. */
function serializePath(template: string, pathParams: Record<string, unknown>): string {
  checkPathParams(template, pathParams);
  return defaultPathSerializer(template, pathParams);
}

/** `value` percent-encoded `times` times. */
const encodeTimes = (value: string, times: number) => {
  let out = value;
  for (let i = 0; i < times; i++) out = out.replace(/%/g, '%25').replace(/\./g, '%2e');
  return out;
};

describe('serializePath', () => {
  it.each([
    ['a string', 'c-1', 'c-1'],
    ['a finite number', 42, '42'],
    ['a bigint', 12345678901234567890n, '12345678901234567890'],
    ['a string with separators', 'a/b?c#d', 'a%2Fb%3Fc%23d'],
  ])('writes %s as one segment', (_, value, segment) => {
    expect(serializePath('/counterparts/{id}/contacts', { id: value })).toBe(`/counterparts/${segment}/contacts`);
  });

  it.each([
    ['undefined', undefined, 'path parameter id is missing'],
    ['null', null, 'path parameter id is missing'],
    ['NaN', Number.NaN, 'path parameter id must be a string or a number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'path parameter id must be a string or a number'],
    ['an object', { id: 'c-1' }, 'path parameter id must be a string or a number'],
    ['a boolean', true, 'path parameter id must be a string or a number'],
  ])('refuses %s, naming the parameter', (_, value, message) => {
    expect(() => serializePath('/counterparts/{id}', { id: value })).toThrow(new TypeError(message));
  });

  it('refuses a dot segment encoded up to four times, and treats deeper encodings as text', () => {
    expect(() => serializePath('/c/{id}', { id: encodeTimes('..', 4) })).toThrow(/must not be empty, '.' or '..'/);
    // The check is bounded (four decodings): a value nested deeper is an odd
    // name, sent encoded once more, not a loop over an attacker's input.
    const deep = encodeTimes('..', 5);
    expect(serializePath('/c/{id}', { id: deep })).toBe(`/c/${encodeURIComponent(deep)}`);
  });

  it('sends a value that is not valid percent-encoding as text', () => {
    expect(serializePath('/c/{id}', { id: '%E0%A4%A' })).toBe('/c/%25E0%25A4%25A');
  });
});

describe('checkPathParams', () => {
  it('refuses a lone surrogate, which has no UTF-8 form', () => {
    expect(() => checkPathParams('/c/{id}', { id: 'a\uD800' })).toThrow(
      new TypeError('path parameter id is not well-formed Unicode'),
    );
  });

  it('refuses a template whose placeholders get no values at all, before openapi-fetch would send it as is', () => {
    expect(() => checkPathParams('/counterparts/{counterpart_id}', undefined)).toThrow(
      new TypeError('path parameter counterpart_id is missing'),
    );
    expect(() => checkPathParams('/counterparts/{counterpart_id}', 'c-1')).toThrow(/counterpart_id is missing/);
  });

  it('checks every placeholder, and nothing when the template has none', () => {
    expect(() => checkPathParams('/a/{x}/b/{y}', { x: 'ok', y: '.' })).toThrow(/path parameter y must not be empty/);
    expect(checkPathParams('/counterparts', undefined)).toBeUndefined();
  });
});
