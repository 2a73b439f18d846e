import { useState } from 'react';
import { LoadError } from '@/components/error-summary';
import { Select } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { ResponsiveTable } from '@/components/responsive-table';
import { financialYearOf, londonToday } from '@/lib/dates';
import { formatPence } from '@/lib/money';
import { usePaidTotals, type PaidTotals } from '../api/claims';
import { CATEGORY_LABELS } from './claim-labels';

/** This financial year and the six before it, newest first: "2026-27", "2025-26", ... */
function recentYears(): string[] {
  const first = Number(financialYearOf(londonToday()).slice(0, 4));
  return Array.from({ length: 7 }, (_, i) => {
    const start = first - i;
    return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  });
}

type Person = NonNullable<PaidTotals['people']>[number];

/** Finance: what was paid in a chosen financial year, per person and per category of claim line. */
export function PaidInYear() {
  const years = recentYears();
  const [year, setYear] = useState(years[0] ?? '');
  const totals = usePaidTotals(year);
  return (
    <section aria-labelledby="paid-heading">
      <h2 id="paid-heading">Paid in a financial year</h2>
      <Select
        id="paid-year"
        label="Financial year"
        hint="Claims count in the year they were paid."
        value={year}
        onChange={setYear}
        options={years.map((y) => ({ value: y, label: y }))}
      />
      {totals.isPending ? (
        <Loading what="Loading what was paid" />
      ) : totals.isError ? (
        <LoadError error={totals.error} what="what was paid" />
      ) : (
        <PaidTable totals={totals.data} />
      )}
    </section>
  );
}

function PaidTable({ totals }: { totals: PaidTotals }) {
  const people = totals.people ?? [];
  if (people.length === 0) return <p>Nothing was paid in {totals.financialYear}.</p>;
  // Only the categories something was paid in, so that the table fits.
  const categories = (totals.categories ?? []).filter((c) => (c.paidPence ?? 0) > 0).map((c) => c.category);
  const paidIn = (p: Person, category: (typeof categories)[number]) =>
    formatPence(p.categories?.find((c) => c.category === category)?.paidPence ?? 0);
  const everyone: Person = {
    personId: '',
    displayName: 'Everyone',
    categories: totals.categories ?? [],
    paidPence: totals.paidPence ?? 0,
  };
  return (
    <ResponsiveTable
      caption={`Paid in ${totals.financialYear}`}
      rows={[...people, everyone]}
      rowKey={(p) => p.personId || 'everyone'}
      columns={[
        { header: 'Person', cell: (p) => (p.personId ? p.displayName : <strong>{p.displayName}</strong>) },
        ...categories.map((category) => ({
          header: category ? CATEGORY_LABELS[category] : '',
          numeric: true,
          cell: (p: Person) => paidIn(p, category),
        })),
        { header: 'Total', numeric: true, cell: (p) => <strong>{formatPence(p.paidPence)}</strong> },
      ]}
    />
  );
}
