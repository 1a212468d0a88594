// openapi-react-query throws whatever a call resolves to in `error`: for the
// client that is the parsed error body, and nothing at all when Monite
// answered an error status with an empty body. Here each call resolves an
// error status to the client's typed error instead (MoniteNotFoundError for
// 404, ...), so a hook's `error` is the error `unwrap()` would throw.
import { type MoniteClient, type MonitePaths, toApiError } from '@monite-ts/client';
import type { Client } from 'openapi-fetch';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'] as const;

type Call = (path: string, init?: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * The Monite client in the shape openapi-react-query drives (openapi-fetch's
 * `Client`), with every error status resolved to its MoniteApiError.
 * Network failures and timeouts reject as the client rejects them.
 */
export function toQueryFetchClient(client: MoniteClient): Client<MonitePaths> {
  const wrapped: Record<string, unknown> = { use: client.use, eject: client.eject };
  for (const method of METHODS) {
    const call = client[method] as unknown as Call;
    wrapped[method] = async (path: string, init?: unknown) => {
      const result = await call(path, init);
      if (result.response.ok) return result;
      return { error: toApiError(result), response: result.response };
    };
  }
  return wrapped as unknown as Client<MonitePaths>;
}
