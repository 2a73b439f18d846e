import { useAuth } from 'react-oidc-context';
import { canManage, rolesFromClaim, type Role } from './roles';

export interface CurrentUser {
  name: string;
  username: string;
  organisation: string | undefined;
  roles: Role[];
  /** Staff or admin: may create and change what their organisation owns. */
  canManage: boolean;
}

export function useCurrentUser(): CurrentUser | undefined {
  const auth = useAuth();
  const profile = auth.user?.profile;
  if (!profile) return undefined;
  const roles = rolesFromClaim(profile['roles']);
  const organisation = profile['organisation'];
  return {
    name: profile.name ?? profile.preferred_username ?? 'Signed in',
    username: profile.preferred_username ?? '',
    organisation: typeof organisation === 'string' ? organisation : undefined,
    roles,
    canManage: canManage(roles),
  };
}
