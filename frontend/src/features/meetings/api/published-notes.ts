import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { publicApi } from '@/lib/api/public-client';
import { meetingKeys } from './keys';
import { useMeetingChanged } from './meetings';

export type PublicMeetings = Schemas['PublicMeetings'];
export type PublicMeeting = Schemas['PublicMeeting'];

/**
 * Publishes (or takes back) a held meeting's notes on its partnership's public page, with the
 * version shown; a meeting that is not held, or a stale version, is a 409.
 */
export function useNotesPublishing(id: string) {
  const changed = useMeetingChanged();
  const queryClient = useQueryClient();
  const after = async (saved: Schemas['Meeting']) => {
    await changed(id, saved);
    await queryClient.invalidateQueries({ queryKey: [...meetingKeys.all, 'public'] });
  };
  return {
    publish: useMutation({
      mutationFn: (version: number) =>
        unwrap(api.POST('/api/v1/meetings/{id}/publish-notes', { params: { path: { id } }, body: { version } })),
      onSuccess: after,
    }),
    unpublish: useMutation({
      mutationFn: (version: number) =>
        unwrap(api.POST('/api/v1/meetings/{id}/unpublish-notes', { params: { path: { id } }, body: { version } })),
      onSuccess: after,
    }),
  };
}

/** A partnership's published meeting notes, read without signing in (nobody is named in them). */
export function usePublicMeetings(partnershipId: string) {
  return useQuery({
    queryKey: meetingKeys.publicNotes(partnershipId),
    queryFn: ({ signal }) =>
      unwrap(
        publicApi.GET('/api/v1/public/partnerships/{id}/meetings', { params: { path: { id: partnershipId } }, signal }),
      ),
    enabled: Boolean(partnershipId),
  });
}

/**
 * A meeting's notes exactly as the public page shows them (or would, if published now): the same
 * response the public page reads, for those who run the meeting to check before publishing.
 */
export function usePublicPreview(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.publicPreview(meetingId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/meetings/{id}/public-preview', { params: { path: { id: meetingId } }, signal })),
    enabled: enabled && Boolean(meetingId),
  });
}
