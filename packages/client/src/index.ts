/**
 * A typed Monite API client in openapi-fetch's call style: environments, the version and
 * entity headers, authentication with token caching, retries, timeouts, typed
 * errors, pagination, webhook verification and uploads.
 * @packageDocumentation
 */
export { createMoniteClient, type MoniteClientOptions } from './client/create-client.js';
export type {
  MoniteCallOptions,
  MoniteClient,
  MoniteClientMethod,
  MoniteFetchResponse,
  MoniteHttpMethod,
  MoniteInit,
  MonitePaths,
  MonitePathsWith,
} from './client/call-types.js';
export { MONITE_ENVIRONMENTS, type MoniteEnvironment } from './core/environments.js';
export type {
  ClientCredentialsAuth,
  MoniteAuth,
  StaticTokenAuth,
  TokenFunctionAuth,
  TokenRequestContext,
} from './auth/types.js';
export {
  MoniteApiError,
  MoniteAuthError,
  MoniteBadRequestError,
  MoniteConflictError,
  MoniteError,
  MoniteNetworkError,
  MoniteNotFoundError,
  MonitePaginationError,
  MonitePermissionError,
  MoniteRateLimitError,
  MoniteServerError,
  MoniteTimeoutError,
  MoniteValidationError,
  type MoniteApiErrorInit,
  type MoniteErrorKind,
  type MoniteErrorOptions,
  type MonitePaginationErrorReason,
  type ValidationDetail,
} from './errors/errors.js';
export { unwrap, toApiError, type CallResult, type UnwrappedData } from './client/unwrap.js';
export { DEFAULT_RETRY, type RetryOptions } from './core/retry-policy.js';
export type { RetryInfo } from './core/retry-loop.js';
export {
  paginate,
  pages,
  type ListItem,
  type ListPage,
  type MoniteListPath,
  type PaginateInit,
  type PaginationClient,
} from './pagination/pagination.js';
export {
  verifyWebhook,
  signWebhook,
  MoniteWebhookError,
  type MoniteWebhookEvent,
  type RawWebhookBody,
  type VerifyWebhookOptions,
  type WebhookErrorReason,
} from './webhooks/webhooks.js';
export { toFormData } from './uploads/form-data.js';
export { SPEC_API_VERSION } from './generated/api-version.js';
