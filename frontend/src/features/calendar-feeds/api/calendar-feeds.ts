import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, unwrapEmpty, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import type { Role } from '@/lib/auth/roles';
import { calendarFeedKeys } from './keys';

export type CalendarFeed = Schemas['CalendarFeed'];
export type CalendarFeedRequest = Schemas['CalendarFeedRequest'];

/** Subscriptions are people's: partner systems have none (the server checks again). */
const SUBSCRIBING_ROLES: readonly Role[] = ['admin', 'staff', 'finance', 'analyst', 'member'];

export function canSubscribe(roles: readonly Role[] | undefined): boolean {
  return (roles ?? []).some((r) => SUBSCRIBING_ROLES.includes(r));
}

/** One page of the person's own subscriptions, newest first (never their addresses). */
export function useCalendarFeedList(page: number) {
  return useQuery({
    queryKey: calendarFeedKeys.list(page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/calendar-feeds', {
          params: { query: { page, size: PAGE_SIZE, sort: 'createdAt,desc' } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/** Makes a feed; its answer holds the address, once, and goes to the caller only (never into the cache). */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarFeedRequest) => unwrap(api.POST('/api/v1/calendar-feeds', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.lists() }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feed: CalendarFeed) =>
      unwrapEmpty(
        api.DELETE('/api/v1/calendar-feeds/{id}', {
          params: { path: { id: feed.id ?? '' }, query: { version: feed.version }, header: ifMatch(feed.version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.lists() }),
  });
}
