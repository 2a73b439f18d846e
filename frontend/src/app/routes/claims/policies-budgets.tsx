import { Link, useSearchParams } from 'react-router';
import { PartnershipName } from '@/components/choosers';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable } from '@/components/responsive-table';
import { useBudgets, usePolicies } from '@/features/claims/api/reimbursement';
import { pageFromSearch } from '@/lib/api/paging';
import { formatShortDate } from '@/lib/dates';
import { formatPence } from '@/lib/money';
import { useCurrentUser } from '@/lib/auth/use-current-user';

/** Reimbursement policies and budgets of the organisation's partnerships; admins create and change them. */
export function PoliciesBudgetsPage() {
  useDocumentTitle('Policies and budgets');
  const isAdmin = useCurrentUser()?.roles.includes('admin') ?? false;
  const [search] = useSearchParams();
  // Two lists, each paged on its own.
  const policies = usePolicies(pageFromSearch(search.get('policiesPage')));
  const budgets = useBudgets({ page: pageFromSearch(search.get('budgetsPage')) });
  return (
    <>
      <h1>Policies and budgets</h1>
      <section aria-labelledby="policies-heading">
        <h2 id="policies-heading">Reimbursement policies</h2>
        <p>A policy applies to meetings from its start date until the next policy starts; claims keep their rates.</p>
        {isAdmin && (
          <Link className="nhsuk-button nhsuk-button--secondary" to="/claims/policies/new">
            Add a policy
          </Link>
        )}
        {policies.isPending && <Loading what="Loading policies" />}
        {policies.isError && <LoadError error={policies.error} what="policies" />}
        {policies.data && (
          <>
            <ResponsiveTable
              caption="Reimbursement policies"
              rows={policies.data.items ?? []}
              busy={policies.isFetching}
              rowKey={(p) => p.id ?? ''}
              columns={[
                { header: 'Partnership', cell: (p) => <PartnershipName id={p.partnershipId} /> },
                {
                  header: 'Applies',
                  cell: (p) =>
                    `from ${formatShortDate(p.effectiveFrom)}${p.effectiveTo ? ` to ${formatShortDate(p.effectiveTo)}` : ''}`,
                },
                {
                  header: 'Rates',
                  cell: (p) =>
                    [
                      typeof p.halfDayRatePence === 'number' ? `half day ${formatPence(p.halfDayRatePence)}` : '',
                      typeof p.fullDayRatePence === 'number' ? `full day ${formatPence(p.fullDayRatePence)}` : '',
                      typeof p.mileageRatePence === 'number' ? `${p.mileageRatePence}p a mile` : '',
                    ]
                      .filter(Boolean)
                      .join(', '),
                },
                { header: 'Deadline', cell: (p) => `${p.claimDeadlineDays ?? ''} days` },
                ...(isAdmin
                  ? [
                      {
                        header: 'Change',
                        // A policy that claims were made under is their evidence: it is not changed.
                        cell: (p: { id?: string; inUse?: boolean }) =>
                          p.inUse ? 'In use' : <Link to={`/claims/policies/${p.id}/edit`}>Edit policy</Link>,
                      },
                    ]
                  : []),
              ]}
            />
            <Pagination data={policies.data} noun="policy" plural="policies" param="policiesPage" />
          </>
        )}
      </section>
      <section aria-labelledby="budgets-heading">
        <h2 id="budgets-heading">Budgets</h2>
        {isAdmin && (
          <Link className="nhsuk-button nhsuk-button--secondary" to="/claims/budgets/new">
            Add a budget
          </Link>
        )}
        {budgets.isPending && <Loading what="Loading budgets" />}
        {budgets.isError && <LoadError error={budgets.error} what="budgets" />}
        {budgets.data && (
          <>
            <ResponsiveTable
              caption="Budgets"
              rows={budgets.data.items ?? []}
              busy={budgets.isFetching}
              rowKey={(b) => b.id ?? ''}
              columns={[
                { header: 'Partnership', cell: (b) => b.partnershipName },
                { header: 'Year', cell: (b) => b.financialYear },
                { header: 'Allocated', numeric: true, cell: (b) => formatPence(b.allocatedPence) },
                { header: 'Remaining', numeric: true, cell: (b) => formatPence(b.remainingPence) },
                ...(isAdmin
                  ? [
                      {
                        header: 'Change',
                        cell: (b: { id?: string }) => <Link to={`/claims/budgets/${b.id}/edit`}>Edit budget</Link>,
                      },
                    ]
                  : []),
              ]}
            />
            <Pagination data={budgets.data} noun="budget" param="budgetsPage" />
          </>
        )}
      </section>
    </>
  );
}
