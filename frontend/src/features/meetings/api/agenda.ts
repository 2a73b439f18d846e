import { api, ifMatch, unwrap, unwrapEmpty, type Schemas } from '@/lib/api/client';
import { useMeetingMutation } from './meetings';

export type AgendaItem = Schemas['AgendaItem'];
export type AgendaItemRequest = Schemas['AgendaItemRequest'];
export type AgendaItemKind = Schemas['AgendaItemKind'];

export function useAddAgendaItem(meetingId: string) {
  return useMeetingMutation(meetingId, (body: AgendaItemRequest) =>
    unwrap(api.POST('/api/v1/meetings/{meetingId}/agenda-items', { params: { path: { meetingId } }, body })),
  );
}

export function useUpdateAgendaItem(meetingId: string) {
  return useMeetingMutation(meetingId, ({ itemId, body }: { itemId: string; body: AgendaItemRequest }) =>
    unwrap(
      api.PUT('/api/v1/meetings/{meetingId}/agenda-items/{itemId}', { params: { path: { meetingId, itemId } }, body }),
    ),
  );
}

export function useDeleteAgendaItem(meetingId: string) {
  return useMeetingMutation(meetingId, ({ itemId, version }: { itemId: string; version: number }) =>
    unwrapEmpty(
      api.DELETE('/api/v1/meetings/{meetingId}/agenda-items/{itemId}', {
        params: { path: { meetingId, itemId }, query: { version } },
        headers: ifMatch(version),
      }),
    ),
  );
}

export function useReorderAgenda(meetingId: string) {
  return useMeetingMutation(meetingId, (body: { version: number; itemIds: string[] }) =>
    unwrap(api.PUT('/api/v1/meetings/{meetingId}/agenda-items/order', { params: { path: { meetingId } }, body })),
  );
}
