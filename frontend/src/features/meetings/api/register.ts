import { api, unwrap, type Schemas } from '@/lib/api/client';
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
