// The app's Monite client and hooks. The browser never holds a client
// secret: the client asks the app's backend for a token (`auth.getToken`),
// and again with `forceRefresh` when Monite answers 401.
import { createMoniteClient, type MoniteClient } from '@monite-ts/client';
import { createMoniteQuery, type MoniteQuery } from '@monite-ts/react-query';
import { TOKEN_ENDPOINT } from './token-endpoint.js';

/** The entity the app works for (in a real app: from the signed-in user's session). */
export const ENTITY_ID = '0c8c2a5e-51a4-4c8e-9d6f-3b7f4a1e2d90';

/** Asks the app's backend for a Monite token. */
async function getToken(): Promise<string> {
  const response = await fetch(TOKEN_ENDPOINT, { method: 'POST' });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const { access_token } = (await response.json()) as { access_token: string };
  return access_token;
}

/** The client (for the sandbox URL, which the local Monite answers) and its hooks. */
export function createApi(): { client: MoniteClient; $api: MoniteQuery } {
  let cached: Promise<string> | undefined;
  const client = createMoniteClient({
    environment: 'sandbox',
    entityId: ENTITY_ID,
    auth: {
      // One token until Monite refuses it.
      getToken: ({ forceRefresh }) => {
        if (forceRefresh || !cached) cached = getToken();
        return cached;
      },
    },
  });
  return { client, $api: createMoniteQuery(client) };
}
