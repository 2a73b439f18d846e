export const ROLES = ['admin', 'staff', 'finance', 'analyst', 'partner', 'member'] as const;
export type Role = (typeof ROLES)[number];

const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  staff: 'Staff',
  finance: 'Finance',
  analyst: 'Analyst',
  partner: 'Partner',
  member: 'Member',
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
