// Keeps secrets out of anything the client hands back: an API might echo a
// submitted value (FastAPI's 422 items carry `input`), and error bodies end up
// in logs.

/** What replaces a secret. */
export const REDACTED = '[redacted]';

/**
 * A deep copy of `value` in which every occurrence of the given secrets, in
 * any string, is replaced by `[redacted]`. Empty secrets are ignored.
 */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  const active = secrets.filter((s) => s.length > 0);
  if (active.length === 0) return value;
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return active.reduce((text, secret) => text.split(secret).join(REDACTED), node);
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, visit(inner)]));
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
