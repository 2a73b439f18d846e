import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { feedbackKeys, type FeedbackListParams } from './keys';

export type Feedback = Schemas['Feedback'];
export type FeedbackRequest = Schemas['FeedbackRequest'];

export function useFeedbackList(params: FeedbackListParams, enabled = true) {
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
    enabled,
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

export type TaggingRequest = Schemas['FeedbackTaggingRequest'];

/** Adds and removes themes on up to 200 feedback items at once: all of them change, or none. */
export function useTagFeedback() {
  const changed = useFeedbackChanged();
  return useMutation({
    mutationFn: async (body: TaggingRequest) =>
      (await unwrap(api.POST('/api/v1/feedback/tagging', { body }))).items ?? [],
    onSuccess: changed,
  });
}

export type FeedbackContributor = Schemas['FeedbackContributor'];

/** One feedback item; who gave it comes only to staff who may see people's contacts. */
export function useFeedback(id: string) {
  return useQuery({
    queryKey: feedbackKeys.item(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/feedback/{id}', { params: { path: { id } }, signal })),
    enabled: Boolean(id),
  });
}
