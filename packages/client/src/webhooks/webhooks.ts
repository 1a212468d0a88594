// Webhook signature verification: `Monite-Signature: t=<unix seconds>,v1=<hex>`
// where v1 is HMAC-SHA256, keyed with the subscription secret, over
// `${t}.${rawBody}`. Web Crypto only, so it runs on Node, browsers and edge
// runtimes alike.
import type { components } from '../generated/paths.js';

/** The event Monite delivers to a webhook endpoint. */
export type MoniteWebhookEvent = components['schemas']['EventResourceForWebhookClient'];

/** Why a delivery was rejected. */
export type WebhookErrorReason =
  | 'missing-header'
  | 'malformed-header'
  | 'timestamp-out-of-tolerance'
  | 'signature-mismatch'
  | 'invalid-payload';

/** A delivery that failed verification; `reason` says why. Never contains the secret. */
export class MoniteWebhookError extends Error {
  /** Why the delivery was rejected. */
  readonly reason: WebhookErrorReason;

  constructor(reason: WebhookErrorReason, message: string) {
    super(message);
    this.name = 'MoniteWebhookError';
    this.reason = reason;
  }
}

/** Options of `verifyWebhook`. */
export interface VerifyWebhookOptions {
  /**
   * Largest accepted distance between the signature's timestamp and now, in
   * seconds: a non-negative number. Default 300; `Infinity` disables the
   * check (and with it the protection against replayed deliveries).
   */
  toleranceSeconds?: number;
  /** The current time (a valid Date or finite milliseconds since the epoch); injectable for tests. Default: now. */
  now?: Date | number;
}

/** The raw request body exactly as received: a string or its bytes. Never a re-serialised object. */
export type RawWebhookBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

/**
 * Checks a webhook delivery's `Monite-Signature` and returns the parsed event.
 * Accepts the delivery if any `v1` value matches (during a secret rotation
 * more than one can be present) and its timestamp is within the tolerance.
 * @throws MoniteWebhookError with a `reason` when the delivery must be rejected
 * @example
 * const event = await verifyWebhook(await request.text(), request.headers.get('monite-signature'), process.env.MONITE_WEBHOOK_SECRET!);
 */
export async function verifyWebhook(
  rawBody: RawWebhookBody,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<MoniteWebhookEvent> {
  if (typeof secret !== 'string' || secret === '') throw new TypeError('verifyWebhook needs the subscription secret');
  if (!signatureHeader) throw new MoniteWebhookError('missing-header', 'The Monite-Signature header is missing');
  const { timestamp, signatures } = parseSignatureHeader(signatureHeader);

  const tolerance = options.toleranceSeconds ?? 300;
  // NaN compares false with everything, so it would accept any timestamp, 1970 included.
  if (typeof tolerance !== 'number' || Number.isNaN(tolerance) || tolerance < 0)
    throw new TypeError('toleranceSeconds must be a non-negative number of seconds');
  const nowMs = toMillis(options.now ?? Date.now());
  if (!Number.isFinite(nowMs)) throw new TypeError('now must be a valid Date or a finite number of milliseconds');
  const nowSeconds = nowMs / 1000;
  if (Math.abs(nowSeconds - timestamp) > tolerance) {
    throw new MoniteWebhookError(
      'timestamp-out-of-tolerance',
      `The signature's timestamp is more than ${tolerance} s away from now`,
    );
  }

  const body = toBytes(rawBody);
  const expected = await hmacSha256(secret, concat(encoder.encode(`${timestamp}.`), body));
  // Every candidate is compared in full, so the timing says nothing about the expected value.
  let matched = false;
  for (const candidate of signatures) matched = constantTimeEqual(expected, candidate) || matched;
  if (!matched) throw new MoniteWebhookError('signature-mismatch', 'No v1 signature matches this body and secret');

  try {
    return JSON.parse(new TextDecoder().decode(body)) as MoniteWebhookEvent;
  } catch {
    throw new MoniteWebhookError('invalid-payload', 'The signed body is not JSON');
  }
}

/**
 * Produces a `Monite-Signature` header value for a body, the way Monite signs
 * deliveries: for testing your webhook endpoint.
 * @param timestamp unix seconds, a non-negative integer; default now
 * @throws TypeError when `timestamp` is not a non-negative integer
 */
export async function signWebhook(
  rawBody: RawWebhookBody,
  secret: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new TypeError('timestamp must be a non-negative integer number of unix seconds');
  const signature = await hmacSha256(secret, concat(encoder.encode(`${timestamp}.`), toBytes(rawBody)));
  return `t=${timestamp},v1=${toHex(signature)}`;
}

function parseSignatureHeader(header: string): { timestamp: number; signatures: Uint8Array[] } {
  let timestamp: number | undefined;
  const signatures: Uint8Array[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a part without a key or without '=' names neither t nor v1 and is ignored either way
    if (separator < 0) continue;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1') {
      // Anything that is not 64 hex digits can never match; skipping it keeps the comparison length-fixed.
      const bytes = fromHex(value);
      if (bytes?.length === 32) signatures.push(bytes);
    }
  }
  if (timestamp === undefined)
    throw new MoniteWebhookError('malformed-header', 'The Monite-Signature header has no t=<timestamp>');
  if (signatures.length === 0)
    throw new MoniteWebhookError('malformed-header', 'The Monite-Signature header has no valid v1 signature');
  return { timestamp, signatures };
}

// `ReturnType<typeof concat>`, not `Uint8Array<ArrayBuffer>`: the generic
// form exists from TypeScript 5.7 on, and the sources also compile with the
// oldest TypeScript the package supports (see the README).
async function hmacSha256(secret: string, message: ReturnType<typeof concat>): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto (crypto.subtle) is not available in this runtime');
  // Stryker disable next-line BooleanLiteral: the key is never exported, so extractable changes nothing
  const key = await subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle.sign('HMAC', key, message));
}

/** Compares two byte arrays without stopping at the first difference. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  a.forEach((byte, i) => {
    difference |= byte ^ b[i]!;
  });
  return difference === 0;
}

function toBytes(body: RawWebhookBody): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError('verifyWebhook needs the raw body as a string, Uint8Array or ArrayBuffer (not a parsed object)');
}

// The return type is inferred: an ArrayBuffer-backed array, which Web Crypto accepts.
function concat(a: Uint8Array, b: Uint8Array) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function fromHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  return Uint8Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Anything but a Date is taken as it is: the caller refuses whatever is not a finite number.
function toMillis(now: Date | number): number {
  return now instanceof Date ? now.getTime() : now;
}
