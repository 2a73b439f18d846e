import { Outlet } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';

/**
 * The frame of the public pages residents read without signing in: the Tandem header with no
 * account menu or navigation, and nothing that asks anyone to sign in.
 */
export function PublicLayout() {
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <header className="nhsuk-header" role="banner">
        <div className="nhsuk-header__container nhsuk-width-container">
          <div className="nhsuk-header__service">
            <span className="nhsuk-header__service-logo tandem-service-name">
              <span className="nhsuk-header__service-name">Tandem</span>
            </span>
          </div>
        </div>
      </header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" role="main" tabIndex={-1}>
          <ErrorBoundary resetKey="public">
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
      <footer role="contentinfo">
        <div className="nhsuk-footer">
          <div className="nhsuk-width-container">
            <p className="nhsuk-footer__copyright">Tandem: co-production in health and care. Dates are UK dates.</p>
          </div>
        </div>
      </footer>
    </>
  );
}
