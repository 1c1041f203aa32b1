import 'dkfds-dist/css/dkfds.css';
import './app/app.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './app/api.ts';
import { setupI18n } from './app/i18n.ts';
import { createAppRouter } from './app/router.tsx';
import { safeReturnPath } from './auth/session.ts';

await setupI18n();

// A session that ends while the app is open (timeout, signed out elsewhere): back to sign-in.
function onError(error: unknown, key?: readonly unknown[]) {
  if (!isApiError(error, 401) || key?.[0] === 'me') return;
  queryClient.removeQueries({ queryKey: ['me'] });
  const here = router.state.location.href;
  void router.navigate({ to: '/logind', search: { redirect: safeReturnPath(here) } });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onError(error) }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Refusals (4xx) will not change by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
const router = createAppRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
