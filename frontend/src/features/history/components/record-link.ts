import type { AuditEntry } from '../api/audit';

/** The page of the record an entry is about (a part's: its record's page), where there is one. */
export function recordPath(entry: AuditEntry): string | undefined {
  const id = entry.entityId;
  const parent = entry.parentId ?? undefined;
  if (!id) return undefined;
  switch (entry.entityType) {
    case 'partnership':
      return `/partnerships/${id}`;
    case 'partnership-member':
      return parent && `/partnerships/${parent}`;
    case 'board':
      return `/boards/${id}`;
    case 'meeting':
      return `/meetings/${id}`;
    case 'agenda-item':
    case 'meeting-document':
    case 'action':
      return parent && `/meetings/${parent}`;
    case 'attendance':
      return parent && `/meetings/${parent}/register`;
    case 'activity':
      return `/activities/${id}/edit`;
    case 'theme':
      return `/themes/${id}`;
    case 'outcome':
      return `/outcomes/${id}`;
    case 'claim':
      return `/claims/${id}`;
    case 'claim-line':
    case 'claim-receipt':
      return parent && `/claims/${parent}`;
    case 'reimbursement-policy':
      return `/claims/policies/${id}/edit`;
    case 'budget':
      return `/claims/budgets/${id}/edit`;
    case 'organisation':
      return `/organisations/${id}/edit`;
    default:
      return undefined;
  }
}
