import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** An in-app path such as /skp/… (or null). */
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface NotificationPage {
  items: AppNotification[];
  total: number;
  page: number;
  pageSize: number;
  unread: number;
}

export const NOTIFICATIONS_KEY = ['notifications'] as const;
const LATEST = 10;

/** The latest notifications and the unread count: every minute, and when the window regains focus. */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'latest'],
    queryFn: ({ signal }) => api.get<NotificationPage>('/api/notifications', { pageSize: LATEST }, signal),
    enabled,
    staleTime: 15_000,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** Shows the change at once (the dot disappears, the count drops); the server's answer follows. */
function useOptimisticRead() {
  const client = useQueryClient();
  const key = [...NOTIFICATIONS_KEY, 'latest'];
  return {
    apply: async (change: (page: NotificationPage) => NotificationPage) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<NotificationPage>(key);
      if (before) client.setQueryData<NotificationPage>(key, change(before));
      return before;
    },
    restore: (before: NotificationPage | undefined) => {
      if (before) client.setQueryData(key, before);
    },
    settle: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  };
}

export function useMarkNotificationRead() {
  const optimistic = useOptimisticRead();
  return useMutation({
    mutationFn: (id: string) => api.post<AppNotification>(`/api/notifications/${id}/read`),
    onMutate: (id) =>
      optimistic.apply((page) => {
        const wasUnread = page.items.some((n) => n.id === id && !n.read);
        return {
          ...page,
          unread: Math.max(0, page.unread - (wasUnread ? 1 : 0)),
          items: page.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
        };
      }),
    onError: (_error, _id, before) => optimistic.restore(before),
    onSettled: optimistic.settle,
  });
}

export function useMarkAllNotificationsRead() {
  const optimistic = useOptimisticRead();
  return useMutation({
    mutationFn: () => api.post<{ updated: number }>('/api/notifications/read-all'),
    onMutate: () =>
      optimistic.apply((page) => ({
        ...page,
        unread: 0,
        items: page.items.map((n) => ({ ...n, read: true })),
      })),
    onError: (_error, _vars, before) => optimistic.restore(before),
    onSettled: optimistic.settle,
  });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 menit yang lalu", "kemarin", "baru saja" (or the English equivalents). */
export function formatRelative(instant: string, now: number, language: string): string {
  const seconds = Math.round((new Date(instant).getTime() - now) / 1000);
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}
