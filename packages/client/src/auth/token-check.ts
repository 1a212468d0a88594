// What may go into `Authorization: Bearer <token>`. A token with CR or LF
// would be refused by fetch's Headers with an error that quotes the whole
// value, and that error would then be retried as a network error and end up
// in a MoniteNetworkError message: checked before any request is built.

// Visible ASCII only: RFC 6750's token alphabet is a subset of it, and it
// excludes every character a header value may not carry.
const SENDABLE = /^[\x21-\x7e]+$/;

/** Whether `token` can be sent as a bearer token. */
export function isSendableToken(token: string): boolean {
  return SENDABLE.test(token);
}

/**
 * Refuses a token that cannot be sent, without quoting it.
 * @param source where the token came from, for the message (e.g. `auth.token`)
 * @throws TypeError, a configuration error: never retried
 */
export function assertSendableToken(token: unknown, source: string): asserts token is string {
  if (typeof token !== 'string' || token === '') throw new TypeError(`${source} must be a non-empty string`);
  if (!isSendableToken(token))
    throw new TypeError(
      `${source} contains characters that cannot be sent in an Authorization header (line breaks, spaces, control or non-ASCII characters); the token is not shown`,
    );
}
