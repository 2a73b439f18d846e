import { useEffect, useRef } from 'react';
import { useAuth } from 'react-oidc-context';
import { NavLink, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';
import { Loading } from '@/components/loading';
import { ORGANISATION_ROLES, type Role } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { AccountMenu } from './account-menu';
import { SignInPage } from './sign-in-page';

interface NavigationItem {
  to: string;
  label: string;
  end: boolean;
  /** Shown only to these roles (the server checks again). */
  roles?: readonly Role[];
}

const NAVIGATION: NavigationItem[] = [
  { to: '/', label: 'Home', end: true },
  // Everything but Home and Organisations belongs to an organisation: not for a platform administrator alone.
  // A member's own: the meetings of their partnerships and the actions given to them.
  { to: '/my/meetings', label: 'My meetings', end: false, roles: ['member'] },
  { to: '/my/actions', label: 'My actions', end: false, roles: ['member'] },
  { to: '/partnerships', label: 'Partnerships', end: false, roles: ORGANISATION_ROLES },
  { to: '/boards', label: 'Boards', end: false, roles: ORGANISATION_ROLES },
  { to: '/meetings', label: 'Meetings', end: false, roles: ORGANISATION_ROLES },
  { to: '/actions', label: 'Actions', end: false, roles: ORGANISATION_ROLES },
  { to: '/feedback', label: 'Feedback', end: false, roles: ['staff', 'admin', 'analyst'] },
  { to: '/themes', label: 'Themes', end: false, roles: ['staff', 'admin', 'analyst'] },
  { to: '/outcomes', label: 'Outcomes', end: false, roles: ['staff', 'admin', 'analyst', 'member'] },
  { to: '/claims', label: 'Claims', end: true, roles: ['member', 'staff', 'admin', 'finance'] },
  { to: '/claims/finance', label: 'Approve and pay', end: false, roles: ['finance'] },
  { to: '/claims/policies', label: 'Policies and budgets', end: false, roles: ['admin', 'finance'] },
  { to: '/people', label: 'People', end: false, roles: ['staff', 'admin'] },
  { to: '/organisations', label: 'Organisations', end: false, roles: ['platform-admin', 'admin'] },
  { to: '/audit', label: 'Audit trail', end: false, roles: ['admin'] },
  { to: '/exports', label: 'Exports', end: false, roles: ['analyst', 'admin'] },
  { to: '/webhooks', label: 'Webhooks', end: false, roles: ['admin', 'partner'] },
  { to: '/messages', label: 'Messages sent', end: false, roles: ['admin'] },
];

function Header() {
  const user = useCurrentUser();
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <NavLink className="nhsuk-header__service-logo tandem-service-name" to="/" aria-label="Tandem home page">
            <span className="nhsuk-header__service-name">Tandem</span>
          </NavLink>
        </div>
        {user && <AccountMenu user={user} />}
      </div>
      {user && (
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list tandem-navigation-list">
              {NAVIGATION.filter((item) => !item.roles || item.roles.some((r) => user.roles.includes(r))).map(
                (item) => (
                  <li className="nhsuk-header__navigation-item" key={item.to}>
                    <NavLink className="nhsuk-header__navigation-link" to={item.to} end={item.end}>
                      {item.label}
                    </NavLink>
                  </li>
                ),
              )}
            </ul>
          </div>
        </nav>
      )}
    </header>
  );
}

function Footer() {
  return (
    <footer role="contentinfo">
      <div className="nhsuk-footer">
        <div className="nhsuk-width-container">
          <p className="nhsuk-footer__copyright">
            Tandem: co-production in health and care. Meeting times are shown in UK time.
          </p>
        </div>
      </div>
    </footer>
  );
}

/** Moves focus to the page's content after each navigation, so screen readers start there. */
function useFocusOnNavigate() {
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);
  return mainRef;
}

function Content() {
  const auth = useAuth();
  const location = useLocation();
  if (auth.activeNavigator === 'signoutRedirect') return <Loading what="Signing you out" />;
  if (auth.isLoading || auth.activeNavigator) return <Loading what="Signing you in" />;
  if (!auth.isAuthenticated) return <SignInPage error={auth.error} />;
  return (
    <ErrorBoundary resetKey={location.pathname}>
      <Outlet />
    </ErrorBoundary>
  );
}

export function AppLayout() {
  const mainRef = useFocusOnNavigate();
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <Header />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" role="main" tabIndex={-1} ref={mainRef}>
          <Content />
        </main>
      </div>
      <Footer />
    </>
  );
}
