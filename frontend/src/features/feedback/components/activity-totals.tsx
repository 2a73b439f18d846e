import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { SummaryList } from '@/components/page';
import { formatShortDate } from '@/lib/dates';
import type { PeriodParams } from '../api/keys';
import { useActivityTotals } from '../api/activities';
import { REACH_LABELS } from './labels';

/** The categories counted within the people reached. */
const REACH_CATEGORIES = ['carers', 'youngPeople', 'ethnicMinorityGroups', 'peopleWithDisability'] as const;

/** "between 1 Apr 2024 and 31 Mar 2025", "on or after 1 Apr 2024", "on or before 31 Mar 2025", "at any time". */
export function periodText(from: string | undefined, to: string | undefined): string {
  if (from && to) return `between ${formatShortDate(from)} and ${formatShortDate(to)}`;
  if (from) return `on or after ${formatShortDate(from)}`;
  if (to) return `on or before ${formatShortDate(to)}`;
  return 'at any time';
}

const count = (n: number | undefined) => (n ?? 0).toLocaleString('en-GB');

/** How many activities the period held and the people they reached, per category (the filter's partnership and dates). */
export function ActivityTotalsSummary({ params }: { params: PeriodParams }) {
  const totals = useActivityTotals(params);
  return (
    <section aria-labelledby="activity-totals-heading">
      <h2 id="activity-totals-heading">Totals for a period</h2>
      <p className="nhsuk-body-s">
        Activities held {periodText(params.from, params.to)}, of{' '}
        {params.partnershipId ? 'the partnership chosen' : 'every partnership you can see'}. Choose the partnership and
        dates above and select “Show activities”.
      </p>
      {totals.isPending && <Loading what="Adding up the activities" />}
      {totals.isError && <LoadError error={totals.error} what="the totals" />}
      {totals.data && (
        <div aria-live="polite" data-testid="activity-totals">
          <SummaryList
            rows={[
              { key: 'Activities', value: count(totals.data.activities) },
              {
                key: 'People reached (total)',
                value: `${count(totals.data.reach.people)}${
                  totals.data.activities > totals.data.activitiesWithReach
                    ? ` (${count(totals.data.activities - totals.data.activitiesWithReach)} without a figure)`
                    : ''
                }`,
              },
              ...REACH_CATEGORIES.map((category) => ({
                key: REACH_LABELS[category],
                value: count(totals.data.reach[category]),
              })),
            ]}
          />
        </div>
      )}
    </section>
  );
}
