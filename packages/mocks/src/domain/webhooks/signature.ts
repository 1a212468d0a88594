/**
 * Signs webhook deliveries the way Monite does: `Monite-Signature:
 * t=<unix seconds>,v1=<hex>`, HMAC-SHA256 keyed with the subscription secret
 * over `<t>.<raw body>`. Web Crypto only, so the browser entry stays free of
 * Node built-ins.
 */
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();
/** Most imported keys kept; secrets rotate, so the cache must not grow without bound. */
const MAX_KEYS = 256;

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  // Stryker disable next-line ConditionalExpression: the key cache changes memory and speed, never a signature
  if (!key) {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) return Promise.reject(new Error('Web Crypto (crypto.subtle) is not available in this runtime'));
    // Stryker disable next-line BooleanLiteral: the key is never exported, so extractable changes nothing
    key = subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: evicting changes memory only; an evicted secret is imported again
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value as string);
    keys.set(secret, key);
  }
  return key;
}

/**
 * The `Monite-Signature` header value for a body, a secret and a time.
 * @param unixSeconds the `t=` value: whole seconds since the epoch
 */
export async function signatureHeader(body: string, secret: string, unixSeconds: number): Promise<string> {
  const key = await keyFor(secret);
  const mac = new Uint8Array(
    await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(`${unixSeconds}.${body}`)),
  );
  return `t=${unixSeconds},v1=${Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
