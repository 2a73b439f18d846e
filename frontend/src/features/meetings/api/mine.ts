import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { meetingKeys, type MyListParams } from './keys';
import { useMeetingMutation } from './meetings';

export type MyMeeting = Schemas['MyMeeting'];
export type MeetingResponseKind = Schemas['MeetingResponseKind'];

/** The meetings of the partnerships the signed-in person belongs to, upcoming first, each with their answer. */
export function useMyMeetings(params: MyListParams = {}) {
  return useQuery({
    queryKey: meetingKeys.myMeetings(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/me/meetings', { params: { query: { size: PAGE_SIZE, ...params } }, signal })),
    placeholderData: (previous) => previous,
  });
}

/** The actions the signed-in person owns, open ones first. */
export function useMyActions(params: MyListParams = {}) {
  return useQuery({
    queryKey: meetingKeys.myActions(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/me/actions', { params: { query: { size: PAGE_SIZE, ...params } }, signal })),
    placeholderData: (previous) => previous,
  });
}

/** "I'll attend" or "Send apologies": sending the same answer again changes nothing. */
export function useRespondToMeeting(meetingId: string) {
  return useMeetingMutation(meetingId, (response: MeetingResponseKind) =>
    unwrap(api.PUT('/api/v1/me/meetings/{id}/response', { params: { path: { id: meetingId } }, body: { response } })),
  );
}

export function useMarkMyActionDone(meetingId: string) {
  return useMeetingMutation(meetingId, ({ id, version }: { id: string; version: number }) =>
    unwrap(api.POST('/api/v1/me/actions/{id}/done', { params: { path: { id } }, body: { version } })),
  );
}
