import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '@/components/page';

/** What a signed-out visitor sees: what Tandem is, and the way in through Keycloak. */
export function SignInPage({ error }: { error: Error | undefined }) {
  const auth = useAuth();
  const location = useLocation();
  useDocumentTitle('Sign in');
  const signIn = () => void auth.signinRedirect({ state: { returnTo: `${location.pathname}${location.search}` } });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sign in to Tandem</h1>
        <p className="nhsuk-lede-text">
          Run co-production with residents: partnerships and boards, their meetings, agendas, registers, notes and
          actions.
        </p>
        {error && (
          <div className="nhsuk-error-summary" role="alert" aria-labelledby="sign-in-error">
            <h2 className="nhsuk-error-summary__title" id="sign-in-error">
              Signing in did not work
            </h2>
            <div className="nhsuk-error-summary__body">
              <p>{error.message}. The sign-in service may be unavailable: try again in a minute.</p>
            </div>
          </div>
        )}
        <button type="button" className="nhsuk-button" onClick={signIn}>
          Sign in
        </button>
        <p className="nhsuk-body-s">
          You sign in with your organisation account. Ask your Tandem administrator if you do not have one.
        </p>
      </div>
    </div>
  );
}
