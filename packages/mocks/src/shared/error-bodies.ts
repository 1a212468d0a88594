/** Monite's error bodies: one shape for every status but 422 (FastAPI's `detail` list). */

/** Monite's error body, `{"error": {"message", "type"?}}`, used for every status but 422. */
export function errorBody(message: string, type?: string): { error: { message: string; type?: string } } {
  return { error: type ? { type, message } : { message } };
}
