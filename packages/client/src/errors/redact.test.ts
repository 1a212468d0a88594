import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets, redactText, shorten } from './redact.js';

describe('redactText', () => {
  it('removes a bearer token whole, however many spaces follow the scheme', () => {
    expect(redactText('Authorization: Bearer eyJhbGciOi.payload.sig rejected')).toBe(
      `Authorization: Bearer ${REDACTED} rejected`,
    );
    expect(redactText('authorization: bearer   eyJhbGciOi.payload.sig')).toBe(`authorization: bearer ${REDACTED}`);
  });

  it('removes a whsec_ secret whole, up to the next separator', () => {
    expect(redactText('secret whsec_AbCdEf0123456789; retry')).toBe(`secret whsec_${REDACTED}; retry`);
  });

  it.each([' ', '\t', '"', "'", '`', '<', '>', ',', ';'])(
    'ends a bearer token and a whsec_ secret at %j',
    (separator) => {
      expect(redactText(`Bearer abc.def${separator}rest`)).toBe(`Bearer ${REDACTED}${separator}rest`);
      expect(redactText(`whsec_abc${separator}rest`)).toBe(`whsec_${REDACTED}${separator}rest`);
    },
  );

  it('takes the scheme and the whsec_ prefix only as whole words, and the scheme only before whitespace', () => {
    expect(redactText('xbearer abc, xwhsec_abc, Bearer:abc')).toBe('xbearer abc, xwhsec_abc, Bearer:abc');
    expect(redactText('Bearer\tabc, whsec_abc')).toBe(`Bearer ${REDACTED}, whsec_${REDACTED}`);
  });

  it('leaves text without secrets as it is, with or without a list of secrets', () => {
    const text = 'Stryker was here! nothing to hide';
    expect(redactText(text)).toBe(text);
    expect(redactText(text, [])).toBe(text);
    expect(redactSecrets({ [text]: [text] })).toEqual({ [text]: [text] });
  });

  it('removes every occurrence of a configured secret and ignores an empty one', () => {
    expect(redactText('id=cs_1 again cs_1', ['', 'cs_1'])).toBe(`id=${REDACTED} again ${REDACTED}`);
  });
});

describe('redactSecrets', () => {
  it('redacts strings at any depth, keys included, and keeps other values', () => {
    const body = { detail: [{ input: 'Bearer tok123', loc: ['body', 1], ok: true }], cs_1: null };
    expect(redactSecrets(body, ['cs_1'])).toEqual({
      detail: [{ input: `Bearer ${REDACTED}`, loc: ['body', 1], ok: true }],
      [REDACTED]: null,
    });
  });
});

describe('shorten', () => {
  it('keeps four characters of a long value and only the length of a short one', () => {
    expect(shorten('abcdefghijk')).toBe('abcd…[11 chars]');
    expect(shorten('abcdefgh')).toBe('[8 chars]');
  });
});
