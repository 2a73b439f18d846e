import { useState } from 'react';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { ResponsiveTable } from '@/components/responsive-table';
import { useClaims } from '@/features/claims/api/claims';
import { useBudgets } from '@/features/claims/api/reimbursement';
import { ClaimTable } from '@/features/claims/components/claim-table';
import { MarkPaidForm } from '@/features/claims/components/mark-paid-form';
import { financialYearOf, londonToday } from '@/lib/dates';
import { formatPence } from '@/lib/money';

function BudgetPosition({ financialYear }: { financialYear: string }) {
  const budgets = useBudgets(financialYear);
  if (budgets.isPending) return <Loading what="Loading budgets" />;
  if (budgets.isError) return <LoadError error={budgets.error} what="budgets" />;
  const items = budgets.data.items ?? [];
  if (items.length === 0) return <p>No partnership has a budget for {financialYear}.</p>;
  return (
    <ResponsiveTable
      caption={`Budgets ${financialYear}`}
      rows={items}
      rowKey={(b) => b.id ?? ''}
      columns={[
        { header: 'Partnership', cell: (b) => b.partnershipName },
        { header: 'Allocated', numeric: true, cell: (b) => formatPence(b.allocatedPence) },
        { header: 'Committed', numeric: true, cell: (b) => formatPence(b.committedPence) },
        { header: 'Paid', numeric: true, cell: (b) => formatPence(b.paidPence) },
        { header: 'Remaining', numeric: true, cell: (b) => formatPence(b.remainingPence) },
      ]}
    />
  );
}

/** Finance: claims waiting for a decision, approved claims to pay (in bulk), and the budgets. */
export function FinancePage() {
  useDocumentTitle('Claims to approve and pay');
  const queue = useClaims({ status: ['SUBMITTED'], sort: 'submittedAt', size: 200 });
  const toPay = useClaims({ status: ['APPROVED'], sort: 'submittedAt', size: 200 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  const financialYear = financialYearOf(londonToday());
  return (
    <>
      <h1>Claims to approve and pay</h1>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Waiting for approval</h2>
        <p>Open a claim to see its receipts, then approve or reject it.</p>
        <ClaimTable query={queue} caption="Waiting for approval" showClaimant empty="No claims are waiting." />
      </section>
      <section aria-labelledby="pay-heading">
        <h2 id="pay-heading">Approved, to pay</h2>
        <ClaimTable
          query={toPay}
          caption="Approved, to pay"
          showClaimant
          empty="No approved claims are waiting for payment."
          selected={selected}
          onSelect={select}
        />
        {(toPay.data?.items ?? []).length > 0 && (
          <MarkPaidForm
            claims={(toPay.data?.items ?? []).filter((c) => selected.has(c.id ?? ''))}
            onPaid={() => setSelected(new Set())}
          />
        )}
      </section>
      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading">Budgets {financialYear}</h2>
        <BudgetPosition financialYear={financialYear} />
      </section>
    </>
  );
}
