import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorSummary, LoadError } from '@/components/error-summary';
import { Checkbox } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { pageFromSearch } from '@/lib/api/paging';
import {
  isNotLinked,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
  type Notification,
} from '../api/notifications';
import { NotificationItem } from './notification-item';
import { NotLinked } from './not-linked';

/**
 * The signed-in person's notifications, newest first, optionally only the unread ones (`?unread=true`), with
 * "Mark as read" on each unread one and "Mark all as read".
 */
export function NotificationCentre() {
  const [search, setSearch] = useSearchParams();
  const unreadOnly = search.get('unread') === 'true';
  const list = useNotifications({ unreadOnly, page: pageFromSearch(search.get('page')) });
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const [status, setStatus] = useState('');
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const items = list.data?.items ?? [];
  const unreadCount = unread.data?.count ?? items.filter((n) => !n.readAt).length;
  const busy = markRead.isPending || markAllRead.isPending;

  const chooseUnreadOnly = (checked: boolean) => {
    const next = new URLSearchParams(search);
    if (checked) next.set('unread', 'true');
    else next.delete('unread');
    next.delete('page');
    setSearch(next, { replace: true });
  };

  const readOne = (notification: Notification) => {
    const id = notification.id ?? '';
    markAllRead.reset();
    markRead.mutate(id, {
      onSuccess: () => {
        setStatus(`Marked “${notification.title ?? ''}” as read.`);
        // Its button is gone: focus goes to its heading, so keyboard users stay where they were.
        headings.current.get(id)?.focus();
      },
    });
  };
  const readAll = () => {
    markRead.reset();
    markAllRead.mutate(undefined, { onSuccess: () => setStatus('Marked all your notifications as read.') });
  };

  if (isNotLinked(list.error)) return <NotLinked />;
  return (
    <>
      <ErrorSummary error={markRead.error ?? markAllRead.error} />
      <p className="nhsuk-u-visually-hidden" role="status">
        {status}
      </p>
      <Checkbox label="Unread only" checked={unreadOnly} onChange={chooseUnreadOnly} id="notifications-unread-only" />
      {unreadCount > 0 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={readAll} disabled={busy}>
          Mark all as read
        </button>
      )}
      {list.isPending && <Loading what="Loading your notifications" />}
      {list.isError && <LoadError error={list.error} what="your notifications" />}
      {list.data &&
        (items.length === 0 ? (
          <p>
            {unreadOnly
              ? 'You have no unread notifications.'
              : 'You have no notifications yet. Tandem tells you here about your meetings, actions and claims.'}
          </p>
        ) : (
          <ul className="nhsuk-list tandem-notifications" aria-busy={list.isFetching}>
            {items.map((n) => (
              <NotificationItem
                key={n.id}
                notification={n}
                onMarkRead={readOne}
                busy={busy}
                headingRef={(el) => {
                  if (el && n.id) headings.current.set(n.id, el);
                  else if (n.id) headings.current.delete(n.id);
                }}
              />
            ))}
          </ul>
        ))}
      {list.data && <Pagination data={list.data} noun="notification" />}
    </>
  );
}
