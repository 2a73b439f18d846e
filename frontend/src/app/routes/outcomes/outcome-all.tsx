import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PartnershipChooser, PartnershipName } from '@/components/choosers';
import { DateRangeFields } from '@/components/date-range-fields';
import { LoadError } from '@/components/error-summary';
import { Select } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { SummaryList, useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable } from '@/components/responsive-table';
import { useOutcomes, useOutcomeTotals } from '@/features/outcomes/api/outcomes';
import { isKey, STATUS_LABELS, STATUS_ORDER } from '@/features/outcomes/components/outcome-labels';
import { OutcomeStatusTag, PublishedTag } from '@/features/outcomes/components/outcome-status-tag';
import { pageFromSearch } from '@/lib/api/paging';
import { formatShortDate } from '@/lib/dates';

/**
 * Every outcome you can see, across partnerships: recorded in a period (the day it was recorded, in London), by status,
 * with the period's totals per status. The board (/outcomes) shows one partnership's.
 */
export function OutcomeAllPage() {
  useDocumentTitle('All outcomes');
  const [search, setSearch] = useSearchParams();
  const status = search.get('status') ?? '';
  const current = {
    partnershipId: search.get('partnershipId') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    status,
  };
  const [filter, setFilter] = useState(current);
  const period = {
    partnershipId: current.partnershipId || undefined,
    from: current.from || undefined,
    to: current.to || undefined,
  };
  const totals = useOutcomeTotals(period);
  const list = useOutcomes({
    ...period,
    status: isKey(STATUS_LABELS, status) ? status : undefined,
    sort: 'createdAt,desc',
    page: pageFromSearch(search.get('page')),
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) if (value) next.set(key, value);
    setSearch(next);
  };
  return (
    <>
      <h1>All outcomes</h1>
      <p>
        “You said, we did” of every partnership you can see, by the day each was recorded. To move outcomes on, open{' '}
        <Link to="/outcomes">a partnership’s board</Link>.
      </p>
      <form className="tandem-filters" onSubmit={apply} aria-label="Filter outcomes">
        <PartnershipChooser
          id="all-outcomes-partnership"
          label="Partnership"
          hint="Empty for all"
          value={filter.partnershipId}
          onChange={(v) => setFilter({ ...filter, partnershipId: v })}
        />
        <DateRangeFields idPrefix="all-outcomes" value={filter} onChange={(r) => setFilter({ ...filter, ...r })} />
        <Select
          id="all-outcomes-status"
          label="Status"
          value={filter.status}
          onChange={(v) => setFilter({ ...filter, status: v })}
          options={[
            { value: '', label: 'Any status' },
            ...STATUS_ORDER.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
          ]}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show outcomes
        </button>
      </form>

      <section aria-labelledby="outcome-totals-heading">
        <h2 id="outcome-totals-heading">Totals for the period</h2>
        {totals.isPending && <Loading what="Counting the outcomes" />}
        {totals.isError && <LoadError error={totals.error} what="the totals" />}
        {totals.data && (
          <div aria-live="polite" data-testid="outcome-totals">
            <SummaryList
              rows={[
                { key: 'Outcomes recorded', value: totals.data.total },
                ...totals.data.byStatus.map((s) => ({ key: STATUS_LABELS[s.status], value: s.count })),
                { key: 'Published', value: totals.data.published },
              ]}
            />
          </div>
        )}
      </section>

      <h2>The outcomes</h2>
      {list.isPending && <Loading what="Loading the outcomes" />}
      {list.isError && <LoadError error={list.error} what="the outcomes" />}
      {list.data && (
        <>
          {(list.data.items ?? []).length === 0 ? (
            <p>No outcomes match.</p>
          ) : (
            <ResponsiveTable
              caption="Outcomes"
              rows={list.data.items ?? []}
              rowKey={(o) => o.id ?? ''}
              busy={list.isFetching}
              columns={[
                { header: 'Recorded', cell: (o) => formatShortDate(o.createdAt) },
                { header: 'You said', cell: (o) => <Link to={`/outcomes/${o.id}`}>{o.youSaid}</Link> },
                { header: 'Partnership', cell: (o) => <PartnershipName id={o.partnershipId} /> },
                {
                  header: 'Status',
                  cell: (o) => (
                    <>
                      <OutcomeStatusTag status={o.status} /> <PublishedTag published={o.published} />
                    </>
                  ),
                },
              ]}
            />
          )}
          <Pagination data={list.data} noun="outcome" />
        </>
      )}
    </>
  );
}
