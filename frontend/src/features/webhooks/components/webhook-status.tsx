import { Tag } from '@/components/page';
import type { Webhook, WebhookDelivery } from '../api/webhooks';

/** Tandem names itself in the reason when it disabled a subscription after failed deliveries. */
export function disabledByTandem(webhook: Webhook): boolean {
  return webhook.status === 'DISABLED' && (webhook.disabledReason ?? '').startsWith('Disabled by Tandem');
}

export function WebhookStatusTag({ webhook }: { webhook: Webhook }) {
  return webhook.status === 'ACTIVE' ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Disabled</Tag>;
}

/** Why a subscription is disabled: a warning when Tandem stopped it, plain text when a person did. */
export function DisabledReason({ webhook, level }: { webhook: Webhook; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  if (webhook.status !== 'DISABLED' || !webhook.disabledReason) return null;
  if (!disabledByTandem(webhook)) return <p className="nhsuk-body-s">{webhook.disabledReason}</p>;
  return (
    <div className="nhsuk-warning-callout">
      <Heading className="nhsuk-warning-callout__label">
        <span>
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Tandem stopped sending
        </span>
      </Heading>
      <p>{webhook.disabledReason}</p>
      <p>Fix the receiving system, then enable the webhook and replay the failed deliveries.</p>
    </div>
  );
}

const DELIVERY_STATUS = {
  PENDING: { label: 'Pending', colour: 'blue' },
  DELIVERED: { label: 'Delivered', colour: 'green' },
  FAILED: { label: 'Failed', colour: 'red' },
} as const;

export function DeliveryStatusTag({ delivery }: { delivery: WebhookDelivery }) {
  const status = DELIVERY_STATUS[delivery.status ?? 'PENDING'];
  return <Tag colour={status.colour}>{status.label}</Tag>;
}

export const DELIVERY_STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...Object.entries(DELIVERY_STATUS).map(([value, { label }]) => ({ value, label })),
];
