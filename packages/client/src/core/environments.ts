// Monite's public environments: the sandbox and the two production regions (EU and North America).

/** Base URLs of Monite's environments, `/v1` included. */
export const MONITE_ENVIRONMENTS = Object.freeze({
  sandbox: 'https://api.sandbox.monite.com/v1',
  eu: 'https://api.monite.com/v1',
  na: 'https://us.api.monite.com/v1',
});

/** A Monite environment: `sandbox`, production `eu` or production `na`. */
export type MoniteEnvironment = keyof typeof MONITE_ENVIRONMENTS;

/**
 * The base URL for a client: an explicit `baseUrl` wins, then the
 * environment; there is deliberately no default, so production is never hit
 * by accident.
 */
export function resolveBaseUrl(environment: MoniteEnvironment | undefined, baseUrl: string | undefined): string {
  if (baseUrl !== undefined) {
    if (environment !== undefined) throw new TypeError('Pass either environment or baseUrl, not both');
    // Validates early: a typo should fail at construction, not on the first call.
    new URL(baseUrl);
    return baseUrl.replace(/\/+$/, '');
  }
  if (environment === undefined)
    throw new TypeError("createMoniteClient needs environment ('sandbox' | 'eu' | 'na') or baseUrl");
  const url = MONITE_ENVIRONMENTS[environment];
  if (!url) throw new TypeError(`Unknown Monite environment '${String(environment)}'; use 'sandbox', 'eu' or 'na'`);
  return url;
}
