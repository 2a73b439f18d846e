import { Link, useLocation } from 'react-router';

const TABS = [
  { to: '/feedback', label: 'All feedback' },
  { to: '/feedback/untagged', label: 'Untagged' },
  { to: '/activities', label: 'Activities' },
];

/** Between the feedback pages: the list, the queue still to tag, the activities it came from. */
export function FeedbackTabs() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Feedback pages">
      <ul className="nhsuk-list tandem-tabs">
        {TABS.map((t) => (
          <li key={t.to}>
            <Link to={t.to} aria-current={pathname === t.to ? 'page' : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
