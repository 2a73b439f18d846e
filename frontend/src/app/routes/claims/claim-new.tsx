import { useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage } from '@/components/page';
import { ClaimStartForm } from '@/features/claims/components/claim-start-form';
import { useMeetings } from '@/features/meetings/api/meetings';
import { addDays, formatShortDate, londonToday } from '@/lib/dates';

/** Starts a claim for a partnership meeting of the last year. */
export function ClaimNewPage() {
  const navigate = useNavigate();
  const today = londonToday();
  const meetings = useMeetings({ from: addDays(today, -365), to: today, sort: 'startsAt,desc', size: 100 });
  const options = (meetings.data?.items ?? [])
    .filter((m) => m.partnershipId && m.status !== 'CANCELLED')
    .map((m) => ({ value: m.id ?? '', label: `${formatShortDate(m.date)}: ${m.title ?? ''}` }));
  return (
    <FormPage backTo="/claims" title="Make a claim">
      {meetings.isPending ? (
        <Loading what="Loading your meetings" />
      ) : (
        <ClaimStartForm meetings={options} onCreated={(claim) => navigate(`/claims/${claim.id}`)} />
      )}
    </FormPage>
  );
}
