// openapi-fetch's createClient, the same function from the ESM and the CJS
// build. openapi-fetch offers it only as its default export; the CJS build of
// this package reads a default the way Node does (the whole module.exports,
// since this package is "type": "module"), where openapi-fetch's CJS file
// keeps the function one level down, at `exports.default`.
import * as openapiFetch from 'openapi-fetch';

type CreateClient = typeof openapiFetch.default;

const loaded = openapiFetch.default as CreateClient | { default: CreateClient };

/** openapi-fetch's `createClient`. */
export const createClient: CreateClient = typeof loaded === 'function' ? loaded : loaded.default;
