/**
 * Cheap checks for the string formats the spec uses, for building responses
 * (ajv does the real validation of requests). A stored value that fails is
 * regenerated rather than served in a shape the spec forbids.
 */
const CHECKS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
};

/** True when a string satisfies a format (unknown formats always do). */
export function formatMatches(format: unknown, value: string): boolean {
  const check = typeof format === 'string' ? CHECKS[format] : undefined;
  return check ? check.test(value) : true;
}
