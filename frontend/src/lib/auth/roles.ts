/** The roles of people working in an organisation (their token names it in `organisation`). */
export const ORGANISATION_ROLES = ['admin', 'staff', 'finance', 'analyst', 'partner', 'member'] as const;
/** Platform administrators look after the whole installation and belong to no organisation. */
export const ROLES = [...ORGANISATION_ROLES, 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  staff: 'Staff',
  finance: 'Finance',
  analyst: 'Analyst',
  partner: 'Partner',
  member: 'Member',
  'platform-admin': 'Platform administrator',
};

function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}

/** The Tandem roles in a token's `roles` claim, ignoring Keycloak's own (offline_access...). */
export function rolesFromClaim(claim: unknown): Role[] {
  return Array.isArray(claim) ? claim.filter(isRole) : [];
}

export function roleLabel(roles: readonly Role[]): string {
  return roles.length === 0 ? 'No role' : roles.map((r) => ROLE_LABELS[r]).join(', ');
}

/** Staff and admins run partnerships, boards and meetings; the server checks again. */
export function canManage(roles: readonly Role[]): boolean {
  return roles.includes('admin') || roles.includes('staff');
}

/** A platform administrator with no role in an organisation: nothing of an organisation's is theirs to see. */
export function onlyPlatformAdmin(roles: readonly Role[]): boolean {
  return roles.includes('platform-admin') && !roles.some((r) => ORGANISATION_ROLES.some((o) => o === r));
}

/** A lay member: the member role and no other, so Home shows their own meetings and actions. */
export function onlyMember(roles: readonly Role[]): boolean {
  return roles.includes('member') && roles.every((r) => r === 'member');
}

/**
 * Who may change an organisation's record: platform administrators any, an organisation's
 * admins only their own (`ownOrganisation` is the code in their token). The server checks again.
 */
export function canEditOrganisation(
  user: { roles: readonly Role[]; organisation: string | undefined },
  organisationCode: string | undefined,
): boolean {
  if (user.roles.includes('platform-admin')) return true;
  return user.roles.includes('admin') && user.organisation !== undefined && user.organisation === organisationCode;
}
