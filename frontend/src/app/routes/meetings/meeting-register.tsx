import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, PageError, useDocumentTitle } from '@/components/page';
import { Register } from '@/features/meetings/components/register';
import { formatDate, formatTimeRange } from '@/lib/dates';
import { useMeetingContext } from './use-meeting-context';
import { HistorySection } from '@/features/history/components/history-section';

/** The register on its own page: what the note-taker has open on a phone during the meeting. */
export function MeetingRegisterPage() {
  const { id = '' } = useParams();
  const { meeting, canEdit, expected, resolvePerson } = useMeetingContext(id);
  useDocumentTitle(meeting.data ? `Register: ${meeting.data.title}` : 'Register');
  if (meeting.isPending) return <Loading what="Loading the register" />;
  if (meeting.isError) return <PageError error={meeting.error} />;
  const m = meeting.data;
  return (
    <>
      <BackLink to={`/meetings/${id}`}>Back to the meeting</BackLink>
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-m">
          {formatDate(m.date)}, {formatTimeRange(m.startsAt, m.endsAt, m.timeConfirmed)}
        </span>
        {m.title}
      </h1>
      <Register meeting={m} expected={expected} canEdit={canEdit} resolvePerson={resolvePerson} />
      <HistorySection entityType="meeting" entityId={id} onlyType="attendance" heading="History of the register" />
    </>
  );
}
