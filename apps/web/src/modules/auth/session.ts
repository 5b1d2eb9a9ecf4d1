import type { Me } from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { ApiError, api, isApiError, setCsrfToken } from '../../lib/api.ts';
import { ME_KEY } from '../../lib/query-client.ts';
import { SessionContext } from './session-context.ts';

/** The signed-in user, or null when there is no session. */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/**
 * The signed-in user inside the guarded part of the app. It comes from the guard (not the query), so a
 * page never sees the session vanish mid-render: the guard swaps the whole subtree for the sign-in page.
 */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new ApiError('UNAUTHENTICATED', 401, 'useSession outside RequireSession');
  return me;
}

export const hasAbility = (me: Me, ability: string): boolean => me.abilities.includes(ability);

export function useAbility(ability: string): boolean {
  return hasAbility(useSession(), ability);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { login: string; password: string }) => api.post<Me>('/api/auth/login', input),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
      client.setQueryData(ME_KEY, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post<void>('/api/auth/logout');
      } catch (error) {
        // An already-ended session is signed out all the same.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/auth/password', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
}

/** Mirrors the server's strength rule for early feedback (the server has the final word). */
export function passwordStrongEnough(password: string, minLength: number): boolean {
  if (password.length < minLength) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(password)).length;
  return classes >= 2 && new Set(password).size >= 5;
}
