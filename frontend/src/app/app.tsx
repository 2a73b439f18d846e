import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { RouterProvider } from 'react-router';
import { userManager } from '@/lib/auth/user-manager';
import { createQueryClient } from '@/lib/query-client';
import { router } from './router';

/** After Keycloak sends the person back: drop ?code=&state= and go where they were heading. */
function onSigninCallback(user: unknown) {
  const returnTo =
    typeof user === 'object' &&
    user !== null &&
    'state' in user &&
    typeof user.state === 'object' &&
    user.state !== null
      ? Reflect.get(user.state, 'returnTo')
      : undefined;
  const target = typeof returnTo === 'string' && returnTo.startsWith('/') ? returnTo : '/';
  void router.navigate(target, { replace: true });
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AuthProvider>
  );
}
