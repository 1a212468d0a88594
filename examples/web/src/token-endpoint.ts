/** Where the app asks its backend for a Monite token; the local Monite answers it in the demo. */
export const TOKEN_ENDPOINT = '/api/monite-token';
