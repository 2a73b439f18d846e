import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { saveFile } from '@/lib/download';
import { meetingKeys, type MeetingListParams } from './keys';

export type Meeting = Schemas['Meeting'];
export type MeetingSummary = Schemas['MeetingSummary'];
export type MeetingRequest = Schemas['MeetingRequest'];
export type MeetingFormat = Schemas['MeetingFormat'];
export type MeetingStatus = Schemas['MeetingStatus'];

export function useMeetings(params: MeetingListParams, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/meetings', { params: { query: { sort: 'startsAt', size: PAGE_SIZE, ...params } }, signal }),
      ),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.detail(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

/** After any change to a meeting: its page, the lists and the action lists may all show it. */
export function useMeetingChanged() {
  const queryClient = useQueryClient();
  return async (meetingId: string, saved?: Meeting) => {
    if (saved) queryClient.setQueryData(meetingKeys.detail(meetingId), saved);
    else await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: meetingKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.actions() }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.mine() }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.publicPreview(meetingId) }),
    ]);
  };
}

/** A change to one part of a meeting (agenda, register, actions, documents), then a refresh of it. */
export function useMeetingMutation<V, R>(meetingId: string, call: (variables: V) => Promise<R>) {
  const changed = useMeetingChanged();
  return useMutation({ mutationFn: call, onSuccess: () => changed(meetingId) });
}

/** Creates (no id) or updates a meeting's details; an update sends the version it was based on. */
export function useSaveMeeting(id: string | undefined) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (body: MeetingRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/meetings/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/meetings', { body })),
    onSuccess: (saved) => (saved.id ? changed(saved.id, saved) : undefined),
  });
}

export function useCancelMeeting(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      unwrap(api.POST('/api/v1/meetings/{id}/cancel', { params: { path: { id } }, body })),
    onSuccess: (saved) => changed(id, saved),
  });
}

export function useMarkHeld(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/v1/meetings/{id}/mark-held', { params: { path: { id } }, body: { version } })),
    onSuccess: (saved) => changed(id, saved),
  });
}

/**
 * Downloads a calendar (.ics) with the bearer token: a plain link could not send it. The file
 * opens in the person's calendar app.
 */
export async function downloadCalendar(path: { meetingId: string } | { partnershipId: string }, filename: string) {
  const { data, response } =
    'meetingId' in path
      ? await api.GET('/api/v1/meetings/{id}/calendar.ics', {
          params: { path: { id: path.meetingId } },
          parseAs: 'blob',
        })
      : await api.GET('/api/v1/partnerships/{id}/calendar.ics', {
          params: { path: { id: path.partnershipId } },
          parseAs: 'blob',
        });
  if (!response.ok || !data) throw new Error(`The calendar could not be downloaded (HTTP ${response.status})`);
  saveFile(new Blob([data], { type: 'text/calendar' }), filename);
}
