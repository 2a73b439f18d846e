// Where the SPA finds the API and Keycloak. Set at build time (VITE_*), so a build for the
// tests can point at the test ports; the defaults are those of bin/run.
export const config = {
  apiUrl: import.meta.env.VITE_API_URL ?? 'http://localhost:8080',
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/tandem',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'tandem-web',
} as const;
