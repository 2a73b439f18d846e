import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import { useBoard } from '@/features/boards/api/boards';
import { useMeeting, useSaveMeeting } from '@/features/meetings/api/meetings';
import {
  emptyMeeting,
  MEETING_LABELS,
  MeetingForm,
  meetingRequest,
  meetingToValues,
} from '@/features/meetings/components/meeting-form';
import { usePartnership } from '@/features/partnerships/api/partnerships';

/** Plan (/meetings/new?partnershipId=) or edit (/meetings/:id/edit) a meeting's details. */
export function MeetingEditPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const meeting = useMeeting(id);
  const save = useSaveMeeting(id);
  const partnershipId = search.get('partnershipId');
  const boardId = search.get('boardId');
  const holder = partnershipId ? `partnership:${partnershipId}` : boardId ? `board:${boardId}` : '';
  // A new meeting of a given holder is titled after it.
  const partnership = usePartnership(id ? undefined : partnershipId);
  const board = useBoard(id || partnershipId ? undefined : boardId);
  const holderName = (partnershipId ? partnership.data?.name : board.data?.name) ?? '';
  const form = useVersionedForm({
    record: meeting.data,
    empty: emptyMeeting(holder, holderName),
    toValues: meetingToValues,
    versionOf: (m) => m.version,
    reload: async () => (await meeting.refetch()).data,
    labels: MEETING_LABELS,
  });
  const title = id ? `Edit ${meeting.data?.title ?? 'meeting'}` : 'Plan a meeting';

  if (id && meeting.isPending) return <Loading what="Loading the meeting" />;
  if (id && meeting.isError) return <PageError error={meeting.error} />;

  const submit = (version: number | undefined) =>
    save.mutate(
      meetingRequest(form.values, version),
      form.handlers((saved) => navigate(`/meetings/${saved.id}`)),
    );

  return (
    <FormPage backTo={id ? `/meetings/${id}` : '/meetings'} title={title}>
      <MeetingForm {...form.bind(save, submit)} editing={Boolean(id)} />
    </FormPage>
  );
}
