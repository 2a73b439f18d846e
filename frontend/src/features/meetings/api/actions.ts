import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { meetingKeys, type ActionListParams } from './keys';
import { useMeetingMutation } from './meetings';

export type Action = Schemas['Action'];
export type ActionRequest = Schemas['ActionRequest'];
export type ActionStatus = Schemas['ActionStatus'];

/** Actions across meetings (open ones unless `status` says otherwise), soonest due first. */
export function useActions(params: ActionListParams, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.actionList(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/actions', { params: { query: { size: PAGE_SIZE, ...params } }, signal })),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useRecordAction(meetingId: string) {
  return useMeetingMutation(meetingId, (body: ActionRequest) =>
    unwrap(api.POST('/api/v1/meetings/{meetingId}/actions', { params: { path: { meetingId } }, body })),
  );
}

export function useCloseAction(meetingId: string) {
  return useMeetingMutation(
    meetingId,
    ({ id, status, version }: { id: string; status: 'DONE' | 'DROPPED'; version: number }) =>
      unwrap(api.POST('/api/v1/actions/{id}/close', { params: { path: { id } }, body: { status, version } })),
  );
}

export function useReopenAction(meetingId: string) {
  return useMeetingMutation(meetingId, ({ id, version }: { id: string; version: number }) =>
    unwrap(api.POST('/api/v1/actions/{id}/reopen', { params: { path: { id } }, body: { version } })),
  );
}
