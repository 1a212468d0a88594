// The mock signs deliveries exactly as Monite does: byte for byte
// what node:crypto computes, and a clear error where Web Crypto is missing.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signatureHeader } from './signature.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('signatureHeader', () => {
  it('is t=<seconds>,v1=<64 hex digits of HMAC-SHA256 over "<t>.<body>">, leading zeros kept', async () => {
    for (let i = 0; i < 5; i++) {
      const body = `{"n":${i}}`;
      const secret = `whsec_rules_${i}`;
      const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
      await expect(signatureHeader(body, secret, 1_700_000_000)).resolves.toBe(`t=1700000000,v1=${expected}`);
    }
  });

  it('signs the same body differently for a different secret or time, with cached keys too', async () => {
    const first = await signatureHeader('{}', 'whsec_a', 1);
    expect(await signatureHeader('{}', 'whsec_a', 1)).toBe(first);
    expect(await signatureHeader('{}', 'whsec_b', 1)).not.toBe(first);
    expect(await signatureHeader('{}', 'whsec_a', 2)).not.toBe(first.replace('t=1', 't=2'));
  });

  it('fails with a clear error where Web Crypto is missing', async () => {
    vi.stubGlobal('crypto', undefined);
    await expect(signatureHeader('{}', 'whsec_never_cached_before', 1)).rejects.toThrow(
      'Web Crypto (crypto.subtle) is not available in this runtime',
    );
  });
});
