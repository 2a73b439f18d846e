import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { config } from '@/config';

// One UserManager for the app: react-oidc-context drives sign-in with it, and the API
// client asks it for the current access token. Tokens stay in sessionStorage (per tab,
// gone when the browser closes); renewal uses the refresh token before expiry.
export const userManager = new UserManager({
  authority: config.oidcAuthority,
  client_id: config.oidcClientId,
  redirect_uri: `${window.location.origin}/`,
  post_logout_redirect_uri: `${window.location.origin}/`,
  scope: 'openid profile email',
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

export async function currentAccessToken(): Promise<string | undefined> {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : undefined;
}
