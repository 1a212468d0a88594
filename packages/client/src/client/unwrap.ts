// unwrap(): from openapi-fetch's `{ data, error, response }` to the data or a
// thrown, typed MoniteApiError.
import { createApiError, type MoniteApiError } from '../errors/errors.js';
import { parseRetryAfter } from '../core/retry-policy.js';
import { responseOrigin } from './transport.js';

/** The shape every client call resolves to (openapi-fetch's FetchResponse). */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The data type of a call result; `undefined` for operations without a response body. */
export type UnwrappedData<R extends CallResult> = [Exclude<R['data'], undefined>] extends [never]
  ? undefined
  : Exclude<R['data'], undefined>;

/**
 * Awaits a call and returns its data, or throws the MoniteApiError subclass
 * for its status (MoniteNotFoundError for 404, MoniteValidationError for 422,
 * ...). Success is judged by `response.ok`, so operations that answer 204
 * resolve to `undefined`.
 * @example
 * const counterpart = await unwrap(monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id } } }));
 */
export async function unwrap<R extends CallResult>(call: Promise<R> | R): Promise<UnwrappedData<R>> {
  const result = await call;
  if (result.response.ok) return result.data as UnwrappedData<R>;
  throw toApiError(result);
}

/** The MoniteApiError for a failed call result, for code that handles `{ error }` itself. */
export function toApiError(result: CallResult): MoniteApiError {
  const { response } = result;
  const origin = responseOrigin(response);
  return createApiError({
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? undefined,
    body: result.error,
    method: origin?.method,
    url: origin?.url ?? (response.url || undefined),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    secrets: origin?.secrets,
  });
}
