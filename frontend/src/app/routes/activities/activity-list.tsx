import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { PartnershipChooser, PartnershipName } from '@/components/choosers';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable } from '@/components/responsive-table';
import { useActivities } from '@/features/feedback/api/activities';
import { ActivityTotalsSummary } from '@/features/feedback/components/activity-totals';
import { ACTIVITY_KIND_LABELS } from '@/features/feedback/components/labels';
import { pageFromSearch } from '@/lib/api/paging';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { formatShortDate } from '@/lib/dates';
import { FeedbackTabs } from '../feedback/feedback-tabs';
import { DateRangeFields } from '@/components/date-range-fields';

/** Engagement activities (where feedback came from), by partnership and date, latest first. */
export function ActivityListPage() {
  useDocumentTitle('Activities');
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const current = {
    partnershipId: search.get('partnershipId') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
  const [filter, setFilter] = useState(current);
  const list = useActivities({
    partnershipId: current.partnershipId || undefined,
    from: current.from || undefined,
    to: current.to || undefined,
    page: pageFromSearch(search.get('page')),
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) if (value) next.set(key, value);
    setSearch(next);
  };
  return (
    <>
      <h1>Activities</h1>
      <FeedbackTabs />
      <p>Workshops, surveys, drop-ins and meetings where people told us things, and how many took part.</p>
      {user?.canManage && (
        <Link
          className="nhsuk-button"
          to={current.partnershipId ? `/activities/new?partnershipId=${current.partnershipId}` : '/activities/new'}
        >
          Add an activity
        </Link>
      )}
      <form className="tandem-filters" onSubmit={apply} aria-label="Filter activities">
        <PartnershipChooser
          id="activity-filter-partnership"
          label="Partnership"
          hint="Empty for all"
          value={filter.partnershipId}
          onChange={(v) => setFilter({ ...filter, partnershipId: v })}
        />
        <DateRangeFields idPrefix="activity-filter" value={filter} onChange={(r) => setFilter({ ...filter, ...r })} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show activities
        </button>
      </form>
      <ActivityTotalsSummary
        params={{
          partnershipId: current.partnershipId || undefined,
          from: current.from || undefined,
          to: current.to || undefined,
        }}
      />
      <h2>The activities</h2>
      {list.isPending && <Loading what="Loading activities" />}
      {list.isError && <LoadError error={list.error} what="activities" />}
      {list.data && (
        <>
          {(list.data.items ?? []).length === 0 ? (
            <p>No activities match.</p>
          ) : (
            <ResponsiveTable
              caption="Activities"
              rows={list.data.items ?? []}
              rowKey={(a) => a.id ?? ''}
              busy={list.isFetching}
              columns={[
                { header: 'Date', cell: (a) => formatShortDate(a.heldOn) },
                {
                  header: 'Activity',
                  cell: (a) => (
                    <>
                      <Link to={`/feedback?activityId=${a.id}&partnershipId=${a.partnershipId}`}>{a.title}</Link>
                      <br />
                      <span className="nhsuk-body-s">
                        {ACTIVITY_KIND_LABELS[a.kind ?? 'OTHER']}
                        {a.area ? `, ${a.area}` : ''}
                      </span>
                    </>
                  ),
                },
                { header: 'Partnership', cell: (a) => <PartnershipName id={a.partnershipId} /> },
                { header: 'People reached', numeric: true, cell: (a) => a.reach?.people ?? '' },
                ...(user?.canManage
                  ? [
                      {
                        header: 'Change',
                        cell: (a: { id?: string; title?: string }) => (
                          <Link to={`/activities/${a.id}/edit`}>
                            Edit<span className="nhsuk-u-visually-hidden"> {a.title}</span>
                          </Link>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
          <Pagination data={list.data} noun="activity" />
        </>
      )}
    </>
  );
}
