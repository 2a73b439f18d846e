import { api, unwrap, unwrapEmpty, type Schemas } from '@/lib/api/client';
import { useMeetingMutation } from './meetings';

export type MeetingDocument = Schemas['MeetingDocument'];
export type MeetingDocumentRequest = Schemas['MeetingDocumentRequest'];
export type DocumentKind = Schemas['DocumentKind'];

export function useAddDocument(meetingId: string) {
  return useMeetingMutation(meetingId, (body: MeetingDocumentRequest) =>
    unwrap(api.POST('/api/v1/meetings/{meetingId}/documents', { params: { path: { meetingId } }, body })),
  );
}

export function useRemoveDocument(meetingId: string) {
  return useMeetingMutation(meetingId, (documentId: string) =>
    unwrapEmpty(
      api.DELETE('/api/v1/meetings/{meetingId}/documents/{documentId}', {
        params: { path: { meetingId, documentId } },
      }),
    ),
  );
}

/** Shows a document with the meeting's published notes on the public page, or stops showing it. */
export function useSetDocumentPublication(meetingId: string) {
  return useMeetingMutation(
    meetingId,
    ({ documentId, shownPublicly }: { documentId: string; shownPublicly: boolean }) =>
      unwrap(
        api.PUT('/api/v1/meetings/{meetingId}/documents/{documentId}/publication', {
          params: { path: { meetingId, documentId } },
          body: { shownPublicly },
        }),
      ),
  );
}
