import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { DateRangeFields } from '@/components/date-range-fields';
import { Select, TextInput } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { downloadAuditCsv, useAuditEntries } from '@/features/history/api/audit';
import type { AuditFilters } from '@/features/history/api/keys';
import { AuditTable } from '@/features/history/components/audit-table';
import { RECORD_TYPES } from '@/features/history/components/describe-entry';
import { VerifyChain } from '@/features/history/components/verify-chain';
import { pageFromSearch } from '@/lib/api/paging';
import { describeProblem } from '@/lib/api/problem';
import { useCurrentUser } from '@/lib/auth/use-current-user';

const FILTERS = ['entityType', 'actor', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/**
 * The organisation's audit trail (/audit, for admins): every recorded change, filtered by
 * record type, who, what and when; the same selection as CSV; and a check of the hash chain.
 */
export function AuditPage() {
  useDocumentTitle('Audit trail');
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const current: Filters = {
    entityType: search.get('entityType') ?? '',
    actor: search.get('actor') ?? '',
    action: search.get('action') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
  const [filter, setFilter] = useState<Filters>(current);
  const applied: AuditFilters = { ...current, entityId: search.get('entityId') ?? undefined };
  const list = useAuditEntries(applied, pageFromSearch(search.get('page')));
  const [download, setDownload] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const mayVerify = Boolean(user?.roles.includes('admin') || user?.roles.includes('platform-admin'));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTERS) {
      const value = filter[key].trim();
      if (value) next.set(key, value);
    }
    setSearch(next);
  };
  const set = (key: keyof Filters, value: string) => setFilter((f) => ({ ...f, [key]: value }));
  const downloadCsv = async () => {
    setDownload({ busy: true });
    try {
      await downloadAuditCsv(applied);
      setDownload({ busy: false });
    } catch (error) {
      setDownload({ busy: false, error: error instanceof Error ? error.message : 'The download failed' });
    }
  };

  return (
    <>
      <h1>Audit trail</h1>
      <p>Every change to your organisation’s records: who made it, when, and what changed. Entries cannot be edited.</p>
      <form className="tandem-filters" onSubmit={apply} aria-label="Filter the audit trail">
        <Select
          id="audit-type"
          label="Record type"
          value={filter.entityType}
          onChange={(v) => set('entityType', v)}
          options={[{ value: '', label: 'All records' }, ...RECORD_TYPES]}
        />
        <TextInput
          id="audit-actor"
          label="Who (part of a name)"
          width="20"
          value={filter.actor}
          onChange={(v) => set('actor', v)}
        />
        <TextInput
          id="audit-action"
          label="What happened"
          hint="created, updated, deleted, or a step such as cancelled"
          width="10"
          value={filter.action}
          onChange={(v) => set('action', v)}
        />
        <DateRangeFields idPrefix="audit" value={filter} onChange={(r) => setFilter((f) => ({ ...f, ...r }))} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show entries
        </button>
      </form>

      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button" onClick={() => void downloadCsv()} disabled={download.busy}>
          {download.busy ? 'Preparing the download…' : 'Download CSV'}
        </button>
      </div>
      {download.error && (
        <p className="nhsuk-error-message" role="alert">
          {download.error}
        </p>
      )}

      {list.isPending ? (
        <Loading what="Loading the audit trail" />
      ) : list.isError ? (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__title">{describeProblem(list.error).title}</h2>
          <p>{describeProblem(list.error).detail}</p>
        </div>
      ) : (
        <>
          {(list.data.items ?? []).length === 0 ? (
            <p>No entries match.</p>
          ) : (
            <AuditTable entries={list.data.items ?? []} busy={list.isPlaceholderData} />
          )}
          <Pagination data={list.data} noun="change" />
        </>
      )}

      {mayVerify && <VerifyChain />}
    </>
  );
}
