import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { PAGE_SIZE } from '@/lib/api/paging';
import { saveFile } from '@/lib/download';
import { historyKeys, type AuditFilters } from './keys';

export type AuditEntry = Schemas['AuditEntry'];
export type AuditFieldChange = Schemas['AuditFieldChange'];
export type AuditVerification = Schemas['AuditVerification'];

export const HISTORY_PAGE_SIZE = 10;

/** Leaves out empty filters, so `?actor=` is never sent. */
function query(filters: AuditFilters) {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
}

/**
 * One record's history, newest first, with that of its parts (a meeting's agenda items, a
 * claim's lines): pages are added by "show more". A 403 is not retried: the section hides.
 */
export function useRecordHistory(entityType: string | undefined, entityId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: historyKeys.record(entityType, entityId),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: { query: { ...query({ entityType, entityId }), page: pageParam, size: HISTORY_PAGE_SIZE } },
          signal,
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const page = last.page ?? 0;
      return page + 1 < (last.totalPages ?? 0) ? page + 1 : undefined;
    },
    enabled: enabled && Boolean(entityId),
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
}

/** The audit page's list: the filters and the page come from the address bar. */
export function useAuditEntries(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: historyKeys.list(filters, page),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/audit', { params: { query: { ...query(filters), page, size: PAGE_SIZE } }, signal })),
    placeholderData: (previous) => previous,
  });
}

/** Checks the whole trail's hash chain; runs only when asked (a button), never on its own. */
export function useAuditVerification() {
  return useQuery({
    queryKey: historyKeys.verification(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/audit/verification', { signal })),
    enabled: false,
    retry: false,
  });
}

/** Downloads the CSV of the same filters with the bearer token (a plain link would send none). */
export async function downloadAuditCsv(filters: AuditFilters) {
  const { data, response } = await api.GET('/api/v1/audit/export.csv', {
    params: { query: query(filters) },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new Error(`The audit trail could not be downloaded (HTTP ${response.status})`);
  const day = new Date().toISOString().slice(0, 10);
  saveFile(new Blob([data], { type: 'text/csv' }), `audit-trail-${day}.csv`);
}
