import { useSearchParams } from 'react-router';
import { ErrorSummary, LoadError } from '@/components/error-summary';
import { Select } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable, type Column } from '@/components/responsive-table';
import { pageFromSearch } from '@/lib/api/paging';
import { formatMoment } from '@/lib/dates';
import type { DeliveryStatusFilter } from '../api/keys';
import { useReplayDelivery, useWebhookDeliveries, type Webhook, type WebhookDelivery } from '../api/webhooks';
import { DELIVERY_STATUS_OPTIONS, DeliveryStatusTag } from './webhook-status';

function statusFilter(value: string | null): DeliveryStatusFilter | undefined {
  return value === 'PENDING' || value === 'DELIVERED' || value === 'FAILED' ? value : undefined;
}

function lastAnswer(delivery: WebhookDelivery): string {
  const parts = [
    delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : undefined,
    delivery.lastError && delivery.lastError !== `HTTP ${delivery.lastStatusCode}` ? delivery.lastError : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(': ') : delivery.attempts ? 'No answer' : 'Not sent yet';
}

/** A subscription's deliveries, newest first, by status; each can be sent again. */
export function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const id = webhook.id ?? '';
  const [search, setSearch] = useSearchParams();
  const status = statusFilter(search.get('status'));
  const list = useWebhookDeliveries(id, { status, page: pageFromSearch(search.get('page')) });
  const replay = useReplayDelivery(id);
  const items = list.data?.items ?? [];

  const columns: Column<WebhookDelivery>[] = [
    {
      header: 'Event',
      cell: (d) => (
        <>
          <code>{d.eventType}</code>
          <br />
          <span className="nhsuk-body-s">{formatMoment(d.createdAt)}</span>
        </>
      ),
    },
    { header: 'Status', cell: (d) => <DeliveryStatusTag delivery={d} /> },
    { header: 'Attempts', cell: (d) => d.attempts ?? 0, numeric: true },
    { header: 'Last answer', cell: (d) => lastAnswer(d) },
    {
      header: 'Next attempt',
      cell: (d) =>
        d.status === 'PENDING' && d.nextAttemptAt
          ? formatMoment(d.nextAttemptAt)
          : d.deliveredAt
            ? `Delivered ${formatMoment(d.deliveredAt)}`
            : 'None',
    },
    {
      header: 'Send again',
      cell: (d) => (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
          disabled={replay.isPending || webhook.status !== 'ACTIVE'}
          onClick={() => d.id && replay.mutate(d.id)}
        >
          Replay
          <span className="nhsuk-u-visually-hidden">
            {' '}
            {d.eventType} of {formatMoment(d.createdAt)}
          </span>
        </button>
      ),
    },
  ];

  const chooseStatus = (value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set('status', value);
    else next.delete('status');
    next.delete('page');
    setSearch(next, { replace: true });
  };

  return (
    <section aria-labelledby="deliveries">
      <h2 id="deliveries">Deliveries</h2>
      {webhook.status !== 'ACTIVE' && <p>Enable the webhook to replay its deliveries.</p>}
      <ErrorSummary error={replay.error} />
      {replay.isSuccess && (
        <p role="status" className="nhsuk-body-s">
          The delivery is being sent again.
        </p>
      )}
      <Select
        id="delivery-status"
        label="Status"
        value={status ?? ''}
        onChange={chooseStatus}
        options={DELIVERY_STATUS_OPTIONS}
      />
      {list.isPending && <Loading what="Loading deliveries" />}
      {list.isError && <LoadError error={list.error} what="the deliveries" />}
      {list.data && (
        <>
          {items.length === 0 ? (
            <p>{status ? 'No deliveries have this status.' : 'Nothing has been sent to this webhook yet.'}</p>
          ) : (
            <ResponsiveTable
              caption="Deliveries"
              rows={items}
              rowKey={(d) => d.id ?? ''}
              busy={list.isFetching}
              columns={columns}
            />
          )}
          <Pagination data={list.data} noun="delivery record" />
        </>
      )}
    </section>
  );
}
