import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { MeetingChooser, PartnershipChooser } from '@/components/choosers';
import { DateRangeFields } from '@/components/date-range-fields';
import { LoadError } from '@/components/error-summary';
import { Select, TextInput } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable } from '@/components/responsive-table';
import { downloadPaymentRunCsv, useClaims, type ClaimStatus } from '@/features/claims/api/claims';
import { useBudgets } from '@/features/claims/api/reimbursement';
import { STATUS_LABELS } from '@/features/claims/components/claim-labels';
import { ClaimTable } from '@/features/claims/components/claim-table';
import { MarkPaidForm } from '@/features/claims/components/mark-paid-form';
import { PaidInYear } from '@/features/claims/components/paid-totals';
import { pageFromSearch } from '@/lib/api/paging';
import { financialYearOf, londonToday } from '@/lib/dates';
import { formatPence } from '@/lib/money';

function BudgetPosition({ financialYear }: { financialYear: string }) {
  const [search] = useSearchParams();
  const budgets = useBudgets({ financialYear, page: pageFromSearch(search.get('budgetsPage')) });
  if (budgets.isPending) return <Loading what="Loading budgets" />;
  if (budgets.isError) return <LoadError error={budgets.error} what="budgets" />;
  const items = budgets.data.items ?? [];
  if (items.length === 0) return <p>No partnership has a budget for {financialYear}.</p>;
  return (
    <>
      <ResponsiveTable
        caption={`Budgets ${financialYear}`}
        rows={items}
        busy={budgets.isFetching}
        rowKey={(b) => b.id ?? ''}
        columns={[
          { header: 'Partnership', cell: (b) => b.partnershipName },
          { header: 'Allocated', numeric: true, cell: (b) => formatPence(b.allocatedPence) },
          { header: 'Committed', numeric: true, cell: (b) => formatPence(b.committedPence) },
          { header: 'Paid', numeric: true, cell: (b) => formatPence(b.paidPence) },
          { header: 'Remaining', numeric: true, cell: (b) => formatPence(b.remainingPence) },
        ]}
      />
      <Pagination data={budgets.data} noun="budget" param="budgetsPage" />
    </>
  );
}

const QUEUE_STATUSES = ['SUBMITTED', 'APPROVED', 'PAID', 'REJECTED', 'WITHDRAWN'] as const;
const FILTERS = ['status', 'partnershipId', 'meetingId', 'claimant', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function filtersFrom(search: URLSearchParams): Filters {
  return {
    status: search.get('status') ?? 'SUBMITTED',
    partnershipId: search.get('partnershipId') ?? '',
    meetingId: search.get('meetingId') ?? '',
    claimant: search.get('claimant') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
}

function isStatus(value: string): value is ClaimStatus {
  return QUEUE_STATUSES.some((s) => s === value);
}

/** The queue: claims by status (waiting for approval first), narrowed down and paged, in the address bar. */
function ClaimQueue() {
  const [search, setSearch] = useSearchParams();
  const current = filtersFrom(search);
  const [filter, setFilter] = useState<Filters>(current);
  const queue = useClaims({
    status: isStatus(current.status) ? [current.status] : undefined,
    partnershipId: current.partnershipId || undefined,
    meetingId: current.meetingId || undefined,
    claimant: current.claimant.trim() || undefined,
    submittedFrom: current.from || undefined,
    submittedTo: current.to || undefined,
    sort: 'submittedAt',
    page: pageFromSearch(search.get('page')),
  });
  const set = (key: keyof Filters, value: string) =>
    setFilter((f) => ({ ...f, [key]: value, ...(key === 'partnershipId' ? { meetingId: '' } : {}) }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    // The other lists' pages stay as they are; the queue starts again at its first page.
    const next = new URLSearchParams(search);
    next.delete('page');
    for (const key of FILTERS) {
      const value = filter[key].trim();
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next);
  };
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">Claims</h2>
      <p>Open a claim to see its receipts and whether the claimant attended, then approve or reject it.</p>
      <form className="tandem-filters" onSubmit={apply} aria-label="Filter claims">
        <Select
          id="queue-status"
          label="Status"
          value={filter.status}
          onChange={(v) => set('status', v)}
          options={[
            ...QUEUE_STATUSES.map((s) => ({
              value: s,
              label: s === 'SUBMITTED' ? 'Waiting for approval' : STATUS_LABELS[s],
            })),
            { value: 'ANY', label: 'Any status' },
          ]}
        />
        <PartnershipChooser
          id="queue-partnership"
          label="Partnership"
          hint="Empty for all"
          value={filter.partnershipId}
          onChange={(v) => set('partnershipId', v)}
        />
        {filter.partnershipId && (
          <MeetingChooser
            id="queue-meeting"
            label="Meeting"
            hint="Empty for any"
            filter={{ partnershipId: filter.partnershipId }}
            value={filter.meetingId}
            onChange={(v) => set('meetingId', v)}
          />
        )}
        <TextInput
          id="queue-claimant"
          label="Claimant"
          hint="Part of their name"
          width="20"
          value={filter.claimant}
          onChange={(v) => set('claimant', v)}
        />
        <DateRangeFields
          idPrefix="queue-submitted"
          value={filter}
          toLabel="Submitted to"
          onChange={(r) => setFilter((f) => ({ ...f, ...r }))}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show claims
        </button>
      </form>
      <ClaimTable query={queue} caption="Claims" showClaimant empty="No claims match." />
      {queue.data && <Pagination data={queue.data} noun="claim" />}
    </section>
  );
}

/** Downloads the payment run the finance system takes: the approved, unpaid claims as CSV. */
function PaymentRunButton() {
  const [state, setState] = useState<{ busy: boolean; failed?: string }>({ busy: false });
  const download = async () => {
    setState({ busy: true });
    try {
      await downloadPaymentRunCsv();
      setState({ busy: false });
    } catch (e) {
      setState({ busy: false, failed: e instanceof Error ? e.message : 'The payment run could not be downloaded' });
    }
  };
  return (
    <>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={state.busy}
        onClick={() => void download()}
      >
        {state.busy ? 'Downloading…' : 'Download payment run (CSV)'}
      </button>
      {state.failed && (
        <p className="nhsuk-error-message" role="alert">
          {state.failed}
        </p>
      )}
    </>
  );
}

/**
 * Approved claims, a page at a time, ticked and marked paid together. The ticks are of the page in
 * view: another page starts with none, so no claim out of sight is paid.
 */
function ApprovedToPay({ page }: { page: number }) {
  const toPay = useClaims({ status: ['APPROVED'], sort: 'submittedAt', page });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  const items = toPay.data?.items ?? [];
  return (
    <section aria-labelledby="pay-heading">
      <h2 id="pay-heading">Approved, to pay</h2>
      <p>Download the payment run for the finance system, then mark the claims paid with its reference.</p>
      <PaymentRunButton />
      <ClaimTable
        query={toPay}
        caption="Approved, to pay"
        showClaimant
        empty={
          // Paying the last page's claims empties it, while earlier pages may still hold some.
          page > 0 ? 'No approved claims are left on this page.' : 'No approved claims are waiting for payment.'
        }
        selected={selected}
        onSelect={select}
      />
      {toPay.data && <Pagination data={toPay.data} noun="approved claim" param="payPage" />}
      {items.length > 0 && (
        <MarkPaidForm claims={items.filter((c) => selected.has(c.id ?? ''))} onPaid={() => setSelected(new Set())} />
      )}
    </section>
  );
}

/** Finance: the queue of claims to decide on, approved claims to pay (in bulk), what was paid, and the budgets. */
export function FinancePage() {
  useDocumentTitle('Claims to approve and pay');
  const [search] = useSearchParams();
  const payPage = pageFromSearch(search.get('payPage'));
  const financialYear = financialYearOf(londonToday());
  return (
    <>
      <h1>Claims to approve and pay</h1>
      <ClaimQueue />
      {/* Keyed by its page: the ticks of one page are not carried to the next. */}
      <ApprovedToPay key={payPage} page={payPage} />
      <PaidInYear />
      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading">Budgets {financialYear}</h2>
        <BudgetPosition financialYear={financialYear} />
      </section>
    </>
  );
}
