import { Link, useSearchParams } from 'react-router';
import { ErrorSummary, LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable, type Column } from '@/components/responsive-table';
import {
  useCalendarFeedList,
  useRevokeCalendarFeed,
  type CalendarFeed,
} from '@/features/calendar-feeds/api/calendar-feeds';
import { pageFromSearch } from '@/lib/api/paging';
import { formatDate } from '@/lib/dates';

function bodyLink(feed: CalendarFeed) {
  if (!feed.bodyName) return 'A partnership or board you can no longer see (its link no longer works)';
  const to = feed.partnershipId ? `/partnerships/${feed.partnershipId}` : `/boards/${feed.boardId}`;
  return <Link to={to}>{feed.bodyName}</Link>;
}

/** The person's calendar subscriptions, each of which they can revoke. */
export function CalendarSubscriptionsPage() {
  useDocumentTitle('Calendar subscriptions');
  const [search] = useSearchParams();
  const list = useCalendarFeedList(pageFromSearch(search.get('page')));
  const revoke = useRevokeCalendarFeed();
  const items = list.data?.items ?? [];
  const columns: Column<CalendarFeed>[] = [
    { header: 'Meetings of', cell: bodyLink },
    { header: 'Made', cell: (f) => formatDate(f.createdAt) },
    {
      header: 'Link',
      cell: (f) => (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-0"
          onClick={() => revoke.mutate(f)}
          disabled={revoke.isPending}
        >
          Revoke<span className="nhsuk-u-visually-hidden"> the link to {f.bodyName ?? 'these meetings'}</span>
        </button>
      ),
    },
  ];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Calendar subscriptions</h1>
        <p>
          Each link keeps the meetings of one partnership or board in your calendar program. Anyone with a link sees
          those meetings as you can, without signing in. Revoke a link you no longer use, or one you may have shared: it
          stops working at once. Get a new link on the partnership’s or board’s page.
        </p>
        <ErrorSummary error={revoke.error} />
        {list.isPending && <Loading what="Loading your calendar subscriptions" />}
        {list.isError && <LoadError error={list.error} what="your calendar subscriptions" />}
        {list.data && (
          <>
            {items.length === 0 ? (
              <p data-testid="no-calendar-feeds">You have no calendar subscriptions.</p>
            ) : (
              <ResponsiveTable
                caption="Your calendar subscriptions"
                rows={items}
                rowKey={(f) => f.id ?? ''}
                busy={list.isFetching}
                columns={columns}
              />
            )}
            <Pagination data={list.data} noun="subscription" />
          </>
        )}
      </div>
    </div>
  );
}
