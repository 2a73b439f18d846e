import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { formatShortDate } from '@/lib/dates';
import { useRemoveMember, type MemberRole, type PartnershipMember } from '../api/partnerships';

export const MEMBER_ROLES: { value: MemberRole; label: string }[] = [
  { value: 'CHAIR', label: 'Chair' },
  { value: 'VICE_CHAIR', label: 'Vice chair' },
  { value: 'MEMBER', label: 'Member' },
  { value: 'OFFICER', label: 'Officer' },
];

export function memberRoleLabel(role: MemberRole | undefined): string {
  return MEMBER_ROLES.find((r) => r.value === role)?.label ?? '';
}

interface MemberListProps {
  partnershipId: string;
  members: PartnershipMember[] | null | undefined;
  canEdit: boolean;
}

/** The members table; people with `canEdit` can remove someone (after confirming). */
export function MemberList({ partnershipId, members, canEdit }: MemberListProps) {
  const remove = useRemoveMember(partnershipId);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  if (members === null || members === undefined) {
    return <p>Members are not shown to your role (personal data).</p>;
  }
  if (members.length === 0) return <p>No members yet.</p>;
  return (
    <>
      <ErrorSummary error={remove.error} />
      <table className="nhsuk-table-responsive">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Members</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Name
            </th>
            <th scope="col" className="nhsuk-table__header">
              Role
            </th>
            <th scope="col" className="nhsuk-table__header">
              Since
            </th>
            {canEdit && (
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {members.map((m) => (
            <tr className="nhsuk-table__row" key={m.id}>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  Name{' '}
                </span>
                {m.displayName}
              </td>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  Role{' '}
                </span>
                {m.title ? `${m.title} (${memberRoleLabel(m.role)})` : memberRoleLabel(m.role)}
              </td>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  Since{' '}
                </span>
                {formatShortDate(m.startedOn) || 'Not recorded'}
              </td>
              {canEdit && (
                <td className="nhsuk-table__cell">
                  {confirming === m.id ? (
                    <span className="tandem-inline-actions">
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                        disabled={remove.isPending}
                        onClick={() =>
                          m.id &&
                          remove.mutate(
                            { memberId: m.id, version: m.version },
                            { onSuccess: () => setConfirming(undefined) },
                          )
                        }
                      >
                        Remove {m.displayName}
                      </button>
                      <button type="button" className="tandem-link-button" onClick={() => setConfirming(undefined)}>
                        Keep
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="tandem-link-button" onClick={() => setConfirming(m.id)}>
                      Remove<span className="nhsuk-u-visually-hidden"> {m.displayName}</span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
