import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { feedbackKeys, type FeedbackListParams } from './keys';

export type Feedback = Schemas['Feedback'];
export type FeedbackRequest = Schemas['FeedbackRequest'];

export function useFeedbackList(params: FeedbackListParams) {
  return useQuery({
    queryKey: feedbackKeys.itemList(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/feedback', {
          params: { query: { sort: 'receivedOn,desc', size: PAGE_SIZE, ...params } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/** After feedback or its tags change: the lists, and the theme counts and insights. */
function useFeedbackChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: feedbackKeys.items() }),
      queryClient.invalidateQueries({ queryKey: feedbackKeys.themes() }),
    ]);
}

/**
 * Records one item. The Idempotency-Key belongs to the item being typed, so a retry after a
 * lost answer creates nothing twice; the form takes a new key for the next item.
 */
export function useRecordFeedback() {
  const changed = useFeedbackChanged();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: FeedbackRequest; idempotencyKey: string }) =>
      unwrap(api.POST('/api/v1/feedback', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: changed,
  });
}

export interface TaggingRequest {
  feedbackIds: string[];
  addThemeIds: string[];
  removeThemeIds: string[];
}

/**
 * Adds and removes themes on many feedback items. Until the bulk endpoint exists this calls
 * the per-item endpoint once per item and theme (not all-or-nothing: a failure part way leaves
 * the earlier tags in place, and the list shows what happened).
 */
export function useTagFeedback() {
  const changed = useFeedbackChanged();
  return useMutation({
    mutationFn: async ({ feedbackIds, addThemeIds, removeThemeIds }: TaggingRequest) => {
      const saved: Feedback[] = [];
      for (const id of feedbackIds) {
        let latest: Feedback | undefined;
        for (const themeId of addThemeIds) {
          latest = await unwrap(
            api.PUT('/api/v1/feedback/{id}/themes/{themeId}', { params: { path: { id, themeId } } }),
          );
        }
        for (const themeId of removeThemeIds) {
          latest = await unwrap(
            api.DELETE('/api/v1/feedback/{id}/themes/{themeId}', { params: { path: { id, themeId } } }),
          );
        }
        if (latest) saved.push(latest);
      }
      return saved;
    },
    onSuccess: changed,
  });
}
