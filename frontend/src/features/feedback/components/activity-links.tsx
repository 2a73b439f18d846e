import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { pageFromSearch } from '@/lib/api/paging';
import { formatShortDate } from '@/lib/dates';
import { useActivities } from '../api/activities';
import { ACTIVITY_KIND_LABELS } from './labels';

interface ActivityLinksProps {
  meetingId: string;
  /** Staff who may change activities open them; others read the title only. */
  canEdit: boolean;
}

/** The engagement activities linked to a meeting (a workshop held at it, a survey it launched). */
export function ActivityLinks({ meetingId, canEdit }: ActivityLinksProps) {
  const [search] = useSearchParams();
  const list = useActivities({ meetingId, page: pageFromSearch(search.get('activitiesPage')) });
  if (list.isPending) return <Loading what="Loading activities" />;
  if (list.isError) return <LoadError error={list.error} what="activities" />;
  const items = list.data.items ?? [];
  if (items.length === 0) return <p>No activity is linked to this meeting.</p>;
  return (
    <>
      <ul className="nhsuk-list nhsuk-list--bullet" aria-label="Activities linked to this meeting">
        {items.map((a) => (
          <li key={a.id}>
            {canEdit ? <Link to={`/activities/${a.id ?? ''}/edit`}>{a.title}</Link> : a.title} (
            {a.kind ? ACTIVITY_KIND_LABELS[a.kind] : ''}, {formatShortDate(a.heldOn)})
          </li>
        ))}
      </ul>
      {(list.data.totalPages ?? 0) > 1 && (
        <Pagination data={list.data} noun="activity" plural="activities" param="activitiesPage" />
      )}
    </>
  );
}
