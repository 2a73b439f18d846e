import { canManage, roleLabel, rolesFromClaim } from './roles';

describe('roles', () => {
  it('keeps only Tandem roles from the token claim', () => {
    expect(rolesFromClaim(['offline_access', 'staff', 'uma_authorization'])).toEqual(['staff']);
    expect(rolesFromClaim('staff')).toEqual([]);
    expect(rolesFromClaim(undefined)).toEqual([]);
  });

  it('lets staff and admins manage, and nobody else', () => {
    expect(canManage(['staff'])).toBe(true);
    expect(canManage(['admin'])).toBe(true);
    expect(canManage(['member', 'analyst', 'partner', 'finance'])).toBe(false);
  });

  it('names roles for the header', () => {
    expect(roleLabel(['staff'])).toBe('Staff');
    expect(roleLabel([])).toBe('No role');
  });
});
