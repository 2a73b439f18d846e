import { ErrorSummary } from '@/components/error-summary';
import { type Column } from '@/components/responsive-table';
import { StatusFilteredList, useStatusFilter } from '@/components/status-filtered-list';
import type { DeliveryStatusFilter } from '../api/keys';
import { useReplayDelivery, useWebhookDeliveries, type Webhook, type WebhookDelivery } from '../api/webhooks';
import { formatMoment } from '@/lib/dates';
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
  const { status, page, choose } = useStatusFilter(statusFilter);
  const list = useWebhookDeliveries(id, { status, page });
  const replay = useReplayDelivery(id);

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
      <StatusFilteredList
        id="delivery-status"
        status={status}
        statusOptions={DELIVERY_STATUS_OPTIONS}
        onStatusChange={choose}
        list={list}
        what="deliveries"
        caption="Deliveries"
        none="Nothing has been sent to this webhook yet."
        noun="delivery record"
        rowKey={(d) => d.id ?? ''}
        columns={columns}
      />
    </section>
  );
}
