import { NavLink } from 'react-router';
import { useUnreadCount } from '../api/notifications';

/** The header's way to the notification centre, with how many are unread (asked every minute and on focus). */
export function NotificationsLink() {
  const unread = useUnreadCount();
  const count = unread.data?.count ?? 0;
  return (
    <NavLink className="nhsuk-header__account-link" to="/notifications" data-testid="notifications-link">
      Notifications
      {count > 0 && (
        <>
          {' '}
          ({count}
          <span className="nhsuk-u-visually-hidden"> unread</span>)
        </>
      )}
    </NavLink>
  );
}
