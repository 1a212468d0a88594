/**
 * `@monite-ts/mocks/testing`: helpers for test suites, browser-safe. A typed
 * client of the admin surface that works against a running `monite-mock`
 * and an in-process mock alike. The vitest global setup is
 * `@monite-ts/mocks/vitest`.
 */
export {
  type AdminClient,
  type AdminClock,
  type AdminTarget,
  createAdminClient,
  MockAdminError,
} from './testing/admin-client.js';
