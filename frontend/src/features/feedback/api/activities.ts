import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { feedbackKeys, type ActivityListParams, type PeriodParams } from './keys';

export type Activity = Schemas['Activity'];
export type ActivityRequest = Schemas['ActivityRequest'];
export type ActivityKind = Schemas['ActivityKind'];
export type ActivityTotals = Schemas['ActivityTotals'];

export function useActivities(params: ActivityListParams, enabled = true) {
  return useQuery({
    queryKey: feedbackKeys.activityList(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/activities', {
          params: { query: { sort: 'heldOn,desc', size: PAGE_SIZE, ...params } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
    enabled,
  });
}

/** How many activities a period held and how many people they reached, per category. */
export function useActivityTotals(params: PeriodParams) {
  return useQuery({
    queryKey: feedbackKeys.activityTotals(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/activities/totals', { params: { query: params }, signal })),
    placeholderData: (previous) => previous,
  });
}

export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: feedbackKeys.activity(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/activities/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

/** Creates (no id) or updates an activity; an update sends the version it was based on. */
export function useSaveActivity(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivityRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/activities/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/activities', { body })),
    onSuccess: (saved) => {
      if (saved.id) queryClient.setQueryData(feedbackKeys.activity(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: feedbackKeys.activities() });
    },
  });
}
