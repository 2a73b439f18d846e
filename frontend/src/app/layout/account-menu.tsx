import { useAuth } from 'react-oidc-context';
import { NotificationsLink } from '@/features/notifications/components/notifications-link';
import { Link } from 'react-router';
import { canSubscribe } from '@/features/calendar-feeds/api/calendar-feeds';
import { useOrganisations } from '@/features/organisations/api/organisations';
import { roleLabel } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/use-current-user';

/** Who is signed in (name, organisation, role) and Sign out, in the header. */
export function AccountMenu({ user }: { user: CurrentUser }) {
  const auth = useAuth();
  const organisations = useOrganisations();
  const organisation =
    organisations.data?.items?.find((o) => o.code === user.organisation)?.name ??
    user.organisation ??
    'No organisation';
  return (
    <nav className="nhsuk-header__account" aria-label="Account">
      <ul className="nhsuk-header__account-list">
        <li className="nhsuk-header__account-item tandem-account-details" data-testid="account">
          <svg
            className="nhsuk-icon nhsuk-icon--user"
            xmlns="http://www.w3.org/2000/svg"
            viewBox="0 0 24 24"
            width="16"
            height="16"
            focusable="false"
            aria-hidden="true"
          >
            <path d="M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z" />
          </svg>
          <span>
            <span className="tandem-account-name">{user.name}</span>
            <span className="tandem-account-meta">
              {organisation} · {roleLabel(user.roles)}
            </span>
          </span>
        </li>
        {canSubscribe(user.roles) && (
          <li className="nhsuk-header__account-item">
            <Link className="nhsuk-header__account-link" to="/calendar-subscriptions">
              Calendar subscriptions
            </Link>
          </li>
        )}
        <li className="nhsuk-header__account-item">
          <NotificationsLink />
        </li>
        <li className="nhsuk-header__account-item">
          <button
            type="button"
            className="nhsuk-header__account-button"
            onClick={() => void auth.signoutRedirect({ id_token_hint: auth.user?.id_token })}
          >
            Sign out
          </button>
        </li>
      </ul>
    </nav>
  );
}
