import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { useCreateCalendarFeed, type CalendarFeedRequest } from '../api/calendar-feeds';

interface SubscribePanelProps {
  /** The partnership or the board whose meetings to subscribe to. */
  target: CalendarFeedRequest;
  /** "partnership" or "board", for the wording. */
  noun: string;
}

/**
 * "Subscribe in your calendar": makes a feed and shows its webcal: address once, with a copy button. The address
 * is a key: anyone who has it sees these meetings as the person may, so the panel says so.
 */
export function SubscribePanel({ target, noun }: SubscribePanelProps) {
  const create = useCreateCalendarFeed();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const feed = create.data;
  const address = feed?.webcalUrl ?? '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="nhsuk-card" aria-labelledby="subscribe-heading" data-testid="subscribe-panel">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id="subscribe-heading">
          Subscribe in your calendar
        </h2>
        <p>
          Your calendar program (Outlook, Google Calendar, Apple Calendar) can keep this {noun}’s meetings up to date,
          including changes and cancellations. Anyone with the link can see these meetings as you can, without signing
          in: keep it to yourself. You can revoke it at any time in{' '}
          <Link to="/calendar-subscriptions">your calendar subscriptions</Link>.
        </p>
        <ErrorSummary error={create.error} />
        {!feed && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            onClick={() => create.mutate(target)}
            disabled={create.isPending}
          >
            Get a subscription link
          </button>
        )}
        {feed && (
          <div className="nhsuk-inset-text" data-testid="calendar-feed-link">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              <strong>Copy this link now: it is shown only once.</strong> Add it to your calendar program as a
              subscription (“From URL” or “Subscribe to calendar”), or open it to subscribe.
            </p>
            <p>
              <a className="tandem-break-all" href={address} data-testid="calendar-feed-url" data-url={feed.url}>
                {address}
              </a>
            </p>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void copy()}>
              Copy the link
            </button>
            <p role="status" className="nhsuk-body-s">
              {copied === 'yes' && 'Copied.'}
              {copied === 'failed' && 'Your browser did not let us copy it: select the link and copy it yourself.'}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
