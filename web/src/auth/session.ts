import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me, Ok } from '../api/types.ts';
import { api, setCsrfToken } from '../app/api.ts';

/** Who is signed in: generated from the server's GET /api/auth/me schema (src/auth/routes.ts). */
export type { Me } from '../api/types.ts';

/** Who is signed in; a 401 here means nobody. Fetching it also arms the CSRF token. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    const me = await api<Me>('GET', '/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  },
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export const useMe = () => useQuery(meQuery);

export const signIn = (username: string, password: string) =>
  api<Ok>('POST', '/api/auth/login', { username, password });

export async function signOut() {
  try {
    await api<Ok>('POST', '/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

/** Only a path on this site is a safe place to return to after signing in. */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return undefined;
  if (value.startsWith('/logind')) return undefined;
  return value;
}
