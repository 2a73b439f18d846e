import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable, type Column } from '@/components/responsive-table';
import { useWebhookList, type Webhook } from '@/features/webhooks/api/webhooks';
import { AddWebhookForm } from '@/features/webhooks/components/webhook-form';
import { DisabledReason, WebhookStatusTag } from '@/features/webhooks/components/webhook-status';
import { pageFromSearch } from '@/lib/api/paging';
import { formatMoment } from '@/lib/dates';

const columns: Column<Webhook>[] = [
  {
    header: 'URL',
    cell: (w) => (
      <>
        <Link className="tandem-break-all" to={`/webhooks/${w.id}`}>
          {w.url}
        </Link>
        {w.description && <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{w.description}</p>}
      </>
    ),
  },
  {
    header: 'Events',
    cell: (w) => (
      <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
        {(w.eventTypes ?? []).map((t) => (
          <li key={t} className="nhsuk-u-margin-bottom-0">
            <code>{t}</code>
          </li>
        ))}
      </ul>
    ),
  },
  {
    header: 'Status',
    cell: (w) => (
      <>
        <WebhookStatusTag webhook={w} />
        <DisabledReason webhook={w} level={3} />
      </>
    ),
  },
  { header: 'Created', cell: (w) => formatMoment(w.createdAt) },
];

/** The organisation's webhook subscriptions (admins and partner systems' people), and a form to add one. */
export function WebhookListPage() {
  useDocumentTitle('Webhooks');
  const [search] = useSearchParams();
  const list = useWebhookList(pageFromSearch(search.get('page')));
  const items = list.data?.items ?? [];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Webhooks</h1>
        <p>
          Tandem tells your systems when something changes by sending an event to each webhook: a signed POST naming
          what changed, which your system then reads through the API.
        </p>
        <h2>Your organisation’s webhooks</h2>
        {list.isPending && <Loading what="Loading webhooks" />}
        {list.isError && <LoadError error={list.error} what="webhooks" />}
        {list.data && (
          <>
            {items.length === 0 ? (
              <p>Your organisation has no webhooks yet.</p>
            ) : (
              <ResponsiveTable
                caption="Your organisation’s webhooks"
                rows={items}
                rowKey={(w) => w.id ?? ''}
                busy={list.isFetching}
                columns={columns}
              />
            )}
            <Pagination data={list.data} noun="webhook" />
          </>
        )}
      </div>
      <div className="nhsuk-grid-column-two-thirds">
        <AddWebhookForm />
      </div>
    </div>
  );
}
