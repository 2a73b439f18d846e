import { AUDIT_QUERY_ROOT } from '@/lib/query-client';

/** The filters of the audit trail, as the API takes them (all optional). */
export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** Query keys of the history feature: one record's history, the audit page's lists, the chain check. */
export const historyKeys = {
  all: [AUDIT_QUERY_ROOT] as const,
  record: (entityType: string | undefined, entityId: string) =>
    [...historyKeys.all, 'record', entityType ?? '', entityId] as const,
  lists: () => [...historyKeys.all, 'list'] as const,
  list: (filters: AuditFilters, page: number) => [...historyKeys.lists(), filters, page] as const,
  verification: () => [...historyKeys.all, 'verification'] as const,
};
