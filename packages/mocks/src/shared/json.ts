/** JSON values as the mock handles them: request bodies and stored objects are plain objects. */

/** A JSON object: a request body, a stored object, a part of either. */
export type Json = Record<string, unknown>;

/** Whether a value is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a JSON object; `{}` otherwise (no body, an array, a scalar). */
export function objectOf(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** A non-empty string, or undefined. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** A finite number, or undefined. */
export function numberOf(value: unknown): number | undefined {
  return Number.isFinite(value) ? (value as number) : undefined;
}
