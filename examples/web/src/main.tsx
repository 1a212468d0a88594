// Boot: start the local Monite in the browser, seed it, then render the app.
// The local Monite is loaded as a chunk of its own: it stands in for Monite
// and the app's backend, and is no part of what an app ships.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api.js';
import { App } from './app.js';
import { ApiProvider } from './api-context.js';

async function boot(): Promise<void> {
  const { startLocalMonite, seed } = await import('./local-monite/index.js');
  const monite = await startLocalMonite();
  const api = createApi();
  await seed(api.client);
  // No retries: a refused action should show its error at once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 5_000 } } });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ApiProvider value={{ ...api, monite }}>
          <App />
        </ApiProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  document.getElementById('root')!.textContent = `The local Monite did not start: ${String(error)}`;
});
