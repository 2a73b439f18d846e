/** Query keys of the calendar subscriptions feature. */
export const calendarFeedKeys = {
  all: ['calendar-feeds'] as const,
  lists: () => [...calendarFeedKeys.all, 'list'] as const,
  list: (page: number) => [...calendarFeedKeys.lists(), page] as const,
};
