import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual, MoniteWebhookError, signWebhook, verifyWebhook } from './webhooks.js';

const SECRET = 'whsec_test_0123456789abcdef';
const NOW = Date.parse('2025-03-01T12:00:00Z');
const T = NOW / 1000;
const event = {
  id: '99999999-9999-4999-8999-999999999999',
  created_at: '2025-03-01T11:59:58Z',
  action: 'payable.created',
  api_version: '2024-05-25',
  description: 'payable_created',
  entity_id: '11111111-1111-4111-8111-111111111111',
  object: { id: 'p-1' },
  object_type: 'payable',
  webhook_subscription_id: '22222222-2222-4222-8222-222222222222',
};
const body = JSON.stringify(event);

// The oracle: node:crypto, independent of the Web Crypto code under test.
function sign(payload: string, secret = SECRET, timestamp = T): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
}

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MoniteWebhookError);
  return (error as MoniteWebhookError).reason;
}

describe('verifyWebhook', () => {
  it('returns the event for a valid signature', async () => {
    await expect(verifyWebhook(body, `t=${T},v1=${sign(body)}`, SECRET, { now: NOW })).resolves.toEqual(event);
  });

  it('accepts the body as bytes', async () => {
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhook(bytes, `t=${T},v1=${sign(body)}`, SECRET, { now: new Date(NOW) })).resolves.toEqual(
      event,
    );
    await expect(verifyWebhook(bytes.buffer, `t=${T},v1=${sign(body)}`, SECRET, { now: NOW })).resolves.toEqual(event);
  });

  it('signs the raw body, not a re-serialisation: whitespace matters', async () => {
    const pretty = JSON.stringify(event, null, 2);
    await expect(verifyWebhook(pretty, `t=${T},v1=${sign(pretty)}`, SECRET, { now: NOW })).resolves.toEqual(event);
    expect(await reason(verifyWebhook(body, `t=${T},v1=${sign(pretty)}`, SECRET, { now: NOW }))).toBe(
      'signature-mismatch',
    );
  });

  it('rejects a tampered body, a wrong secret and a signature for another timestamp', async () => {
    const header = `t=${T},v1=${sign(body)}`;
    expect(
      await reason(verifyWebhook(body.replace('payable.created', 'payable.paid'), header, SECRET, { now: NOW })),
    ).toBe('signature-mismatch');
    expect(await reason(verifyWebhook(body, header, 'whsec_other', { now: NOW }))).toBe('signature-mismatch');
    expect(await reason(verifyWebhook(body, `t=${T + 1},v1=${sign(body)}`, SECRET, { now: NOW }))).toBe(
      'signature-mismatch',
    );
  });

  it('accepts any of several v1 signatures (secret rotation)', async () => {
    const header = `t=${T},v1=${sign(body, 'whsec_old')},v1=${sign(body)}`;
    await expect(verifyWebhook(body, header, SECRET, { now: NOW })).resolves.toEqual(event);
  });

  it('enforces the tolerance window in both directions, 300 s by default', async () => {
    const at = (timestamp: number) => `t=${timestamp},v1=${sign(body, SECRET, timestamp)}`;
    await expect(verifyWebhook(body, at(T - 300), SECRET, { now: NOW })).resolves.toBeDefined();
    expect(await reason(verifyWebhook(body, at(T - 301), SECRET, { now: NOW }))).toBe('timestamp-out-of-tolerance');
    expect(await reason(verifyWebhook(body, at(T + 301), SECRET, { now: NOW }))).toBe('timestamp-out-of-tolerance');
    await expect(
      verifyWebhook(body, at(T - 3000), SECRET, { now: NOW, toleranceSeconds: 3600 }),
    ).resolves.toBeDefined();
    expect(await reason(verifyWebhook(body, at(T - 20), SECRET, { now: NOW, toleranceSeconds: 10 }))).toBe(
      'timestamp-out-of-tolerance',
    );
  });

  it('uses the current time when none is given', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    await expect(verifyWebhook(body, `t=${timestamp},v1=${sign(body, SECRET, timestamp)}`, SECRET)).resolves.toEqual(
      event,
    );
    expect(await reason(verifyWebhook(body, `t=${T},v1=${sign(body)}`, SECRET))).toBe('timestamp-out-of-tolerance');
  });

  it('explains missing and malformed headers', async () => {
    expect(await reason(verifyWebhook(body, null, SECRET, { now: NOW }))).toBe('missing-header');
    expect(await reason(verifyWebhook(body, '', SECRET, { now: NOW }))).toBe('missing-header');
    expect(await reason(verifyWebhook(body, `v1=${sign(body)}`, SECRET, { now: NOW }))).toBe('malformed-header');
    expect(await reason(verifyWebhook(body, `t=${T}`, SECRET, { now: NOW }))).toBe('malformed-header');
    expect(await reason(verifyWebhook(body, `t=${T},v1=zz`, SECRET, { now: NOW }))).toBe('malformed-header');
    expect(await reason(verifyWebhook(body, `t=${T},v0=${sign(body)}`, SECRET, { now: NOW }))).toBe('malformed-header');
  });

  it('rejects a correctly signed body that is not JSON', async () => {
    expect(await reason(verifyWebhook('not json', `t=${T},v1=${sign('not json')}`, SECRET, { now: NOW }))).toBe(
      'invalid-payload',
    );
  });

  it('never puts the secret in its errors', async () => {
    const error = await verifyWebhook(body, `t=${T},v1=${sign(body, 'x')}`, SECRET, { now: NOW }).catch(
      (e: Error) => e,
    );
    expect(`${String(error)} ${(error as Error).stack}`).not.toContain(SECRET);
  });

  it('refuses a parsed object instead of the raw body', async () => {
    await expect(verifyWebhook(event as never, `t=${T},v1=${sign(body)}`, SECRET, { now: NOW })).rejects.toThrow(
      /raw body/,
    );
  });
});

describe('signWebhook', () => {
  it('produces the header Monite sends, and verifyWebhook accepts it', async () => {
    const header = await signWebhook(body, SECRET, T);
    expect(header).toBe(`t=${T},v1=${sign(body)}`);
    await expect(verifyWebhook(body, header, SECRET, { now: NOW })).resolves.toEqual(event);
  });
});

describe('constantTimeEqual', () => {
  it('compares bytes', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
