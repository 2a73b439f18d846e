import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, unwrapEmpty, type Schemas } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { PAGE_SIZE } from '@/lib/api/paging';
import { notificationKeys, type NotificationListParams } from './keys';

export type Notification = Schemas['Notification'];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type NotificationPreferencesRequest = Schemas['NotificationPreferencesRequest'];
export type Delivery = Schemas['Delivery'];

/** How often the header asks how many are unread (and again whenever the window regains focus). */
const UNREAD_POLL_MS = 60_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/notifications/unread-count', { signal })),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

/** One page of the signed-in person's notifications, newest first; only the unread ones if asked. */
export function useNotifications({ unreadOnly, page }: NotificationListParams) {
  return useQuery({
    queryKey: notificationKeys.list({ unreadOnly, page }),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/notifications', {
          params: { query: { unread: unreadOnly || undefined, page, size: PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/** After reading: the lists and the header's count are asked again. */
function useRefreshAfterRead() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkRead() {
  const refresh = useRefreshAfterRead();
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useMarkAllRead() {
  const refresh = useRefreshAfterRead();
  return useMutation({
    mutationFn: () => unwrapEmpty(api.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/notification-preferences', { signal })),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferencesRequest) =>
      unwrap(api.PUT('/api/v1/notification-preferences', { params: { header: ifMatch(body.version) }, body })),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}

/**
 * A load refused because the sign-in is not linked to a person in the directory: nobody to notify. Reading refuses
 * nothing else with 409, so a business-rule 409 on a load means this too.
 */
export function isNotLinked(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.status === 409 &&
    ((error.problem.type ?? '').endsWith('not-linked') || error.slug === 'business-rule')
  );
}
