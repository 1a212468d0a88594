// Keeps secrets out of anything the client hands back: an API might echo a
// submitted value (FastAPI's 422 items carry `input`), a proxy might quote the
// Authorization header it rejected, and error messages and bodies end up in
// logs. Every error the client builds passes its text through here (see the
// MoniteError constructor), so there is one place to get this right.

/** What replaces a secret. */
export const REDACTED = '[redacted]';

/**
 * `text` with every configured secret, every `Bearer <token>` and every
 * `whsec_...` webhook secret replaced by `[redacted]`. Empty secrets are
 * ignored.
 */
export function redactText(text: string, secrets?: readonly string[]): string {
  let out = text;
  secrets?.forEach((secret) => {
    if (secret.length > 0) out = out.split(secret).join(REDACTED);
  });
  // A bearer credential as it appears in a quoted header ("Bearer eyJ..."),
  // and webhook subscription secrets as Monite issues them. Anything up to
  // whitespace, a quote or a separator is taken to be the secret, so an
  // unusual alphabet cannot leave half of it behind. The expressions are
  // written here rather than in module constants so that mutation testing
  // can switch them per test.
  return out
    .replace(/\b(bearer)\s+[^\s"'`<>,;]+/gi, `$1 ${REDACTED}`)
    .replace(/\bwhsec_[^\s"'`<>,;]+/g, `whsec_${REDACTED}`);
}

/**
 * A deep copy of `value` in which every string (values and keys alike) has
 * gone through `redactText`. Empty secrets are ignored.
 */
export function redactSecrets<T>(value: T, secrets?: readonly string[]): T {
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return redactText(node, secrets);
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, inner]) => [redactText(key, secrets), visit(inner)]));
    }
    return node;
  };
  return visit(value) as T;
}

/**
 * A short, non-reversible hint of an opaque value for error messages: enough
 * to tell two values apart in a log, not enough to replay one.
 */
export function shorten(value: string): string {
  return value.length <= 8 ? `[${value.length} chars]` : `${value.slice(0, 4)}…[${value.length} chars]`;
}
