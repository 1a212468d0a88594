// openapi-fetch's createClient is its default export. In our CJS build the
// bundler imports openapi-fetch's CJS file in "node mode" (this package is
// `type: module`), where `default` is the whole exports object rather than
// the function; pick whichever shape arrived.
import * as openapiFetch from 'openapi-fetch';

type CreateClient = typeof openapiFetch.default;

const imported = openapiFetch.default as CreateClient | { default: CreateClient };

/** openapi-fetch's createClient, whichever module format loaded it. */
// Stryker disable next-line ConditionalExpression: vitest loads the ESM build, where it is always a function; the CJS branch runs in the consumer proof (tooling/release-checks), which loads dist/index.cjs
export const createClient: CreateClient = typeof imported === 'function' ? imported : imported.default;
