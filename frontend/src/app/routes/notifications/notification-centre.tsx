import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/page';
import { NotificationCentre } from '@/features/notifications/components/notification-centre';

/** /notifications: what Tandem has told the signed-in person, newest first. */
export function NotificationCentrePage() {
  useDocumentTitle('Notifications');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Notifications</h1>
        <p>
          What Tandem has told you about your meetings, actions, claims and the feedback you gave, newest first.{' '}
          <Link to="/notifications/preferences">Choose what Tandem tells you, and how</Link>.
        </p>
        <NotificationCentre />
      </div>
    </div>
  );
}
