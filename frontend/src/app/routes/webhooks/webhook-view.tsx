import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { BackLink, PageError, SummaryList, useDocumentTitle } from '@/components/page';
import {
  useDeleteWebhook,
  useRotateWebhookSecret,
  useSetWebhookActive,
  useWebhook,
  type Webhook,
} from '@/features/webhooks/api/webhooks';
import { DeliveryLog } from '@/features/webhooks/components/delivery-log';
import { SigningSecret } from '@/features/webhooks/components/signing-secret';
import { DisabledReason, WebhookStatusTag } from '@/features/webhooks/components/webhook-status';
import { formatMoment } from '@/lib/dates';

/** One subscription: what it sends where, disable or enable it, a new secret, delete it, and its delivery log. */
export function WebhookPage() {
  const { id } = useParams();
  const webhook = useWebhook(id);
  useDocumentTitle(webhook.data?.url ? `Webhook ${webhook.data.url}` : 'Webhook');
  if (webhook.isPending) return <Loading what="Loading the webhook" />;
  if (webhook.isError) return <PageError error={webhook.error} />;
  return <WebhookDetails webhook={webhook.data} />;
}

function WebhookDetails({ webhook }: { webhook: Webhook }) {
  const navigate = useNavigate();
  const setActive = useSetWebhookActive(webhook);
  const rotate = useRotateWebhookSecret(webhook);
  const remove = useDeleteWebhook(webhook);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [secret, setSecret] = useState<string>();
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmingDelete) confirmRef.current?.focus();
  }, [confirmingDelete]);
  const error = setActive.error ?? rotate.error ?? remove.error;
  const busy = setActive.isPending || rotate.isPending || remove.isPending;
  const active = webhook.status === 'ACTIVE';

  const resetOthers = (keep: 'active' | 'rotate' | 'remove') => {
    if (keep !== 'active') setActive.reset();
    if (keep !== 'rotate') rotate.reset();
    if (keep !== 'remove') remove.reset();
  };

  const toggleActive = () => {
    resetOthers('active');
    setSecret(undefined);
    setActive.mutate(!active);
  };
  const rotateSecret = () => {
    resetOthers('rotate');
    rotate.mutate(undefined, { onSuccess: (rotated) => setSecret(rotated.secret ?? undefined) });
  };
  const deleteWebhook = () => {
    resetOthers('remove');
    remove.mutate(undefined, { onSuccess: () => void navigate('/webhooks') });
  };

  return (
    <>
      <BackLink to="/webhooks">Webhooks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <span className="nhsuk-caption-l">Webhook</span>
          <h1 className="tandem-break-all">{webhook.url}</h1>
          <ErrorSummary error={error} />
          {secret && <SigningSecret heading="The new signing secret" secret={secret} />}
          <DisabledReason webhook={webhook} level={2} />
          <SummaryList
            rows={[
              { key: 'Status', value: <WebhookStatusTag webhook={webhook} /> },
              ...(webhook.status === 'DISABLED' && webhook.disabledAt
                ? [{ key: 'Disabled', value: formatMoment(webhook.disabledAt) }]
                : []),
              {
                key: 'Events',
                value: (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {(webhook.eventTypes ?? []).map((t) => (
                      <li key={t}>
                        <code>{t}</code>
                      </li>
                    ))}
                  </ul>
                ),
              },
              { key: 'Description', value: webhook.description || 'None' },
              { key: 'Created', value: formatMoment(webhook.createdAt) },
              { key: 'Last changed', value: formatMoment(webhook.updatedAt) },
            ]}
          />
          <div className="nhsuk-button-group">
            <button type="button" className="nhsuk-button" onClick={toggleActive} disabled={busy}>
              {active ? 'Disable' : 'Enable'}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={rotateSecret}
              disabled={busy}
            >
              Rotate secret
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              onClick={() => setConfirmingDelete(true)}
              disabled={busy}
            >
              Delete
            </button>
          </div>
          {confirmingDelete && (
            <div
              className="nhsuk-warning-callout"
              tabIndex={-1}
              ref={confirmRef}
              aria-labelledby="confirm-delete"
              role="region"
            >
              <h2 className="nhsuk-warning-callout__label" id="confirm-delete">
                <span>
                  <span className="nhsuk-u-visually-hidden">Important: </span>
                  Delete this webhook?
                </span>
              </h2>
              <p>Tandem stops sending to it at once, and its delivery log is deleted with it. This cannot be undone.</p>
              <div className="nhsuk-button-group">
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--warning"
                  onClick={deleteWebhook}
                  disabled={busy}
                >
                  Yes, delete it
                </button>
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary"
                  onClick={() => setConfirmingDelete(false)}
                  disabled={busy}
                >
                  No, keep it
                </button>
              </div>
            </div>
          )}
        </div>
      </div>
      <DeliveryLog webhook={webhook} />
    </>
  );
}
