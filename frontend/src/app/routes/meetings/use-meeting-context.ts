import { useBoard } from '@/features/boards/api/boards';
import { useMeeting } from '@/features/meetings/api/meetings';
import type { ExpectedPerson } from '@/features/meetings/components/register';
import { usePartnership } from '@/features/partnerships/api/partnerships';
import { usePersonResolver } from '@/features/people/api/resolve-person';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { allows } from '@/lib/allowed';

/**
 * A meeting with what its pages need around it: who holds it (and whether this person may
 * run it) and the members expected on the register. The holder follows as soon as the
 * meeting says which it is.
 */
export function useMeetingContext(id: string) {
  const user = useCurrentUser();
  const meeting = useMeeting(id);
  const partnership = usePartnership(meeting.data?.partnershipId);
  const board = useBoard(meeting.data?.boardId);
  const resolvePerson = usePersonResolver();
  const holder = meeting.data?.partnershipId ? partnership.data : board.data;
  const canEdit = Boolean(
    user?.canManage &&
    holder?.canEdit &&
    allows(meeting.data?.allowedActions, 'EDIT', meeting.data?.status !== 'CANCELLED'),
  );
  const expected: ExpectedPerson[] = (partnership.data?.members ?? [])
    .filter((m) => !m.endedOn)
    .map((m) => ({ personId: m.personId ?? '', name: m.displayName ?? '', role: m.title ?? undefined }));
  return {
    meeting,
    holder: holder
      ? {
          name: holder.name ?? '',
          href: meeting.data?.partnershipId ? `/partnerships/${holder.id}` : `/boards/${holder.id}`,
        }
      : undefined,
    canEdit,
    expected,
    resolvePerson,
  };
}
