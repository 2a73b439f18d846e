import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import { useOutcome, useSaveOutcome } from '@/features/outcomes/api/outcomes';
import {
  emptyOutcome,
  feedbackIdsFromSearch,
  OUTCOME_LABELS,
  OutcomeForm,
  outcomeRequest,
  outcomeToValues,
} from '@/features/outcomes/components/outcome-form';
import { useMeeting } from '@/features/meetings/api/meetings';
import { usePartnership } from '@/features/partnerships/api/partnerships';

/**
 * Record (/outcomes/new?partnershipId=&feedbackIds=a,b, as the feedback list links here with
 * what was selected) or edit (/outcomes/:id/edit) a "you said, we did".
 */
export function OutcomeEditPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const outcome = useOutcome(id);
  const save = useSaveOutcome(id);
  const form = useVersionedForm({
    record: outcome.data,
    empty: emptyOutcome(search.get('partnershipId') ?? '', feedbackIdsFromSearch(search.get('feedbackIds'))),
    toValues: outcomeToValues,
    versionOf: (o) => o.version,
    reload: async () => (await outcome.refetch()).data,
    labels: OUTCOME_LABELS,
  });
  const title = id ? 'Edit outcome' : 'Record an outcome';
  const partnership = usePartnership(id ? form.values.partnershipId || undefined : undefined);
  const meeting = useMeeting(form.values.meetingId || undefined);
  const decisionOptions = (meeting.data?.agendaItems ?? []).flatMap((item) =>
    (item.decisions ?? []).map((d) => ({ value: d.id ?? '', label: `${item.title ?? ''}: ${d.text ?? ''}` })),
  );

  if (id && outcome.isPending) return <Loading what="Loading the outcome" />;
  if (id && outcome.isError) return <PageError error={outcome.error} />;

  const submit = (version: number | undefined) =>
    save.mutate(
      outcomeRequest(form.values, version),
      form.handlers((saved) => navigate(`/outcomes/${saved.id}`)),
    );

  return (
    <FormPage backTo={id ? `/outcomes/${id}` : '/outcomes'} title={title}>
      <OutcomeForm
        {...form.bind(save, submit)}
        editing={Boolean(id)}
        partnershipName={partnership.data?.name ?? undefined}
        decisions={decisionOptions}
      />
    </FormPage>
  );
}
