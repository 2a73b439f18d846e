import { canEditOrganisation, canManage, onlyPlatformAdmin, roleLabel, rolesFromClaim } from './roles';

describe('roles', () => {
  it('keeps only Tandem roles from the token claim', () => {
    expect(rolesFromClaim(['offline_access', 'staff', 'uma_authorization'])).toEqual(['staff']);
    expect(rolesFromClaim(['platform-admin', 'default-roles-tandem'])).toEqual(['platform-admin']);
    expect(rolesFromClaim('staff')).toEqual([]);
    expect(rolesFromClaim(undefined)).toEqual([]);
  });

  it('lets staff and admins manage, and nobody else', () => {
    expect(canManage(['staff'])).toBe(true);
    expect(canManage(['admin'])).toBe(true);
    expect(canManage(['member', 'analyst', 'partner', 'finance', 'platform-admin'])).toBe(false);
  });

  it('names roles for the header', () => {
    expect(roleLabel(['staff'])).toBe('Staff');
    expect(roleLabel(['platform-admin'])).toBe('Platform administrator');
    expect(roleLabel([])).toBe('No role');
  });

  it('tells a platform administrator without an organisation role from everyone else', () => {
    expect(onlyPlatformAdmin(['platform-admin'])).toBe(true);
    expect(onlyPlatformAdmin(['platform-admin', 'staff'])).toBe(false);
    expect(onlyPlatformAdmin(['admin'])).toBe(false);
    expect(onlyPlatformAdmin([])).toBe(false);
  });

  it('lets platform administrators edit any organisation, and an admin only their own', () => {
    const platform = { roles: ['platform-admin'] as const, organisation: undefined };
    const lewishamAdmin = { roles: ['admin'] as const, organisation: 'sel-icb-lewisham' };
    const lewishamStaff = { roles: ['staff'] as const, organisation: 'sel-icb-lewisham' };
    expect(canEditOrganisation(platform, 'healthwatch-cumbria')).toBe(true);
    expect(canEditOrganisation(lewishamAdmin, 'sel-icb-lewisham')).toBe(true);
    expect(canEditOrganisation(lewishamAdmin, 'healthwatch-cumbria')).toBe(false);
    expect(canEditOrganisation(lewishamStaff, 'sel-icb-lewisham')).toBe(false);
    expect(canEditOrganisation({ roles: ['admin'], organisation: undefined }, undefined)).toBe(false);
  });
});
