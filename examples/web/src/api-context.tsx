// The hooks, the client and the local Monite, for every component.
import type { MoniteClient } from '@monite-ts/client';
import type { MoniteMock } from '@monite-ts/mocks';
import type { MoniteQuery } from '@monite-ts/react-query';
import { createContext, useContext } from 'react';

/** What the app's components reach through `useApi()`. */
export interface Api {
  client: MoniteClient;
  $api: MoniteQuery;
  /** The in-browser Monite: the demo's clock control reads and moves it. */
  monite: MoniteMock;
}

const ApiContext = createContext<Api | undefined>(undefined);

/** Provides the API to the tree. */
export const ApiProvider = ApiContext.Provider;

/** The API of the nearest ApiProvider. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
