import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import { useActivity, useSaveActivity } from '@/features/feedback/api/activities';
import {
  ACTIVITY_LABELS,
  ActivityForm,
  activityRequest,
  activityToValues,
  emptyActivity,
} from '@/features/feedback/components/activity-form';
import { londonToday } from '@/lib/dates';
import { HistorySection } from '@/features/history/components/history-section';

/** Add (/activities/new) or edit (/activities/:id/edit) an engagement activity. */
export function ActivityEditPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const activity = useActivity(id);
  const save = useSaveActivity(id);
  const form = useVersionedForm({
    record: activity.data,
    empty: emptyActivity(search.get('partnershipId') ?? '', londonToday()),
    toValues: activityToValues,
    versionOf: (a) => a.version,
    reload: async () => (await activity.refetch()).data,
    labels: ACTIVITY_LABELS,
  });

  if (id && activity.isPending) return <Loading what="Loading the activity" />;
  if (id && activity.isError) return <PageError error={activity.error} />;

  const submit = (version: number | undefined) =>
    save.mutate(
      activityRequest(form.values, version),
      form.handlers((saved) => navigate(`/activities?partnershipId=${saved.partnershipId ?? ''}`)),
    );

  return (
    <FormPage backTo="/activities" title={id ? `Edit ${activity.data?.title ?? 'activity'}` : 'Add an activity'}>
      <ActivityForm {...form.bind(save, submit)} editing={Boolean(id)} />
      {activity.data?.meetingId && (
        <p>
          <Link to={`/meetings/${activity.data.meetingId}`}>Open its meeting</Link>
        </p>
      )}
      {id && <HistorySection entityType="activity" entityId={id} />}
    </FormPage>
  );
}
