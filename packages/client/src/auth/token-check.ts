// What may go into `Authorization: Bearer <token>`. A token with CR or LF
// inside would be refused by fetch's Headers with an error that quotes the
// whole value, and that error would then be retried as a network error and
// end up in a MoniteNetworkError message: checked before any request is built.

// HTTP whitespace around a value is not part of it (Headers drops it too), and
// a token read from a file usually ends with a line break.
const SURROUNDING_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
// A token the caller gives: printable ASCII (spaces inside included, as
// Headers would send them); no control character, nothing a header value may
// not carry.
const PRINTABLE = /^[\x20-\x7e]+$/;
// A token the token endpoint answers: visible ASCII, a superset of RFC 6750's
// token alphabet. Anything else (a space, a line break) is not a token.
const VISIBLE = /^[\x21-\x7e]+$/;

/** Whether an exchanged access token can be sent as a bearer token as it is. */
export function isSendableToken(token: string): boolean {
  return VISIBLE.test(token);
}

/**
 * The token to send: `token` without surrounding whitespace. Refuses a token
 * that is empty or has control or non-ASCII characters inside, without
 * quoting it.
 * @param source where the token came from, for the message (e.g. `auth.token`)
 * @throws TypeError, a configuration error: never retried
 */
export function sendableToken(token: unknown, source: string): string {
  const trimmed = typeof token === 'string' ? token.replace(SURROUNDING_WHITESPACE, '') : '';
  if (trimmed === '') throw new TypeError(`${source} must be a non-empty string`);
  if (!PRINTABLE.test(trimmed))
    throw new TypeError(
      `${source} contains characters that cannot be sent in an Authorization header (line breaks, control or non-ASCII characters); the token is not shown`,
    );
  return trimmed;
}
