import { Link } from 'react-router';
import { Paragraphs, Tag } from '@/components/page';
import { formatMoment } from '@/lib/dates';
import type { Notification } from '../api/notifications';

interface NotificationItemProps {
  notification: Notification;
  onMarkRead: (notification: Notification) => void;
  busy: boolean;
  /** Its heading, which takes focus once it is marked read (its button is gone then). */
  headingRef?: (heading: HTMLHeadingElement | null) => void;
}

/** What it is about: a page of this client through the router, anything else (the public pages) as a plain link. */
function AboutLink({ notification }: { notification: Notification }) {
  const { link, title } = notification;
  if (!link) return null;
  const text = (
    <>
      See the details<span className="nhsuk-u-visually-hidden">: {title}</span>
    </>
  );
  return (
    <p>{link.startsWith('/') && !link.startsWith('//') ? <Link to={link}>{text}</Link> : <a href={link}>{text}</a>}</p>
  );
}

/** One notification: unread ones say so in words (a tag) as well as by their border, and can be marked read. */
export function NotificationItem({ notification, onMarkRead, busy, headingRef }: NotificationItemProps) {
  const unread = !notification.readAt;
  const meta = [notification.kindLabel, notification.partnershipName].filter(Boolean).join(' · ');
  return (
    <li className={`nhsuk-card tandem-notification${unread ? ' tandem-notification--unread' : ''}`}>
      <div className="nhsuk-card__content">
        {unread && <Tag colour="blue">Unread</Tag>}
        <h2 className="nhsuk-card__heading nhsuk-heading-s" tabIndex={-1} ref={headingRef}>
          {notification.title}
        </h2>
        <p className="nhsuk-body-s tandem-notification__meta">
          {meta && <>{meta} · </>}
          <time dateTime={notification.createdAt}>{formatMoment(notification.createdAt)}</time>
        </p>
        <Paragraphs text={notification.body} />
        <AboutLink notification={notification} />
        {unread && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            disabled={busy}
            onClick={() => onMarkRead(notification)}
          >
            Mark as read<span className="nhsuk-u-visually-hidden">: {notification.title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
