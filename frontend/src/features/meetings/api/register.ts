import { api, unwrap, unwrapEmpty, type Schemas } from '@/lib/api/client';
import { useMeetingMutation } from './meetings';

export type Attendance = Schemas['Attendance'];
export type AttendanceStatus = Schemas['AttendanceStatus'];
export type AttendanceMode = Schemas['AttendanceMode'];
export type RegisterEntry = Schemas['RegisterEntry'];

/** Records the status of one or more people at once (one tap on the register = one entry). */
export function useTakeRegister(meetingId: string) {
  return useMeetingMutation(meetingId, (entries: RegisterEntry[]) =>
    unwrap(api.PUT('/api/v1/meetings/{meetingId}/attendance', { params: { path: { meetingId } }, body: { entries } })),
  );
}

export type UnnamedAttendanceRequest = Schemas['UnnamedAttendanceRequest'];
export type PublicNamingRequest = Schemas['PublicNamingRequest'];
export type PublicConsentMethod = Schemas['PublicConsentMethod'];

/** Replaces the counts of people who attended without being on the register (with the meeting's version). */
export function useCountUnnamed(meetingId: string) {
  return useMeetingMutation(meetingId, (body: UnnamedAttendanceRequest) =>
    unwrap(api.PUT('/api/v1/meetings/{meetingId}/attendance/unnamed', { params: { path: { meetingId } }, body })),
  );
}

/** Names someone on the register on the public page, in a role, with the consent they gave. */
export function useNamePublicly(meetingId: string) {
  return useMeetingMutation(meetingId, ({ entryId, body }: { entryId: string; body: PublicNamingRequest }) =>
    unwrap(
      api.PUT('/api/v1/meetings/{meetingId}/attendance/{entryId}/public-naming', {
        params: { path: { meetingId, entryId } },
        body,
      }),
    ),
  );
}

export function useWithdrawPublicNaming(meetingId: string) {
  return useMeetingMutation(meetingId, ({ entryId, version }: { entryId: string; version: number }) =>
    unwrapEmpty(
      api.DELETE('/api/v1/meetings/{meetingId}/attendance/{entryId}/public-naming', {
        params: { path: { meetingId, entryId }, query: { version } },
      }),
    ),
  );
}
