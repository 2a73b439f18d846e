import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { ResponsiveTable } from '@/components/responsive-table';
import { addDays, formatShortDate, londonToday } from '@/lib/dates';
import { useThemeInsights, type ThemeCounts } from '../api/themes';
import { DateRangeFields } from '@/components/date-range-fields';

// Chart.js is only fetched when a trend is shown: the first page stays within its budget.
const BarChart = lazy(() => import('@/components/bar-chart'));

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Every month from the month of `from` to the month of `to`, as "2024-07". */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y = 0, m = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  while ((y < ty || (y === ty && m <= tm)) && months.length < 240) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-15T12:00:00Z`));
}

/** The months of the range with their counts (0 where the API lists none). */
export function monthlySeries(counts: Pick<ThemeCounts, 'months'> | undefined, from: string, to: string) {
  const byMonth = new Map((counts?.months ?? []).map((m) => [m.month, m.count ?? 0]));
  return monthsBetween(from, to).map((month) => ({ month, label: monthLabel(month), count: byMonth.get(month) ?? 0 }));
}

export function changeText(
  counts:
    (Pick<ThemeCounts, 'count' | 'previousCount' | 'change'> & Partial<Pick<ThemeCounts, 'changePercent'>>) | undefined,
): string {
  const count = counts?.count ?? 0;
  const previous = counts?.previousCount ?? 0;
  const change = counts?.change ?? count - previous;
  if (change === 0) return `no change on the ${previous} of the period before`;
  const direction = change > 0 ? 'up' : 'down';
  const percent =
    counts?.changePercent === undefined || counts.changePercent === null
      ? ''
      : ` (${Math.abs(Math.round(counts.changePercent))}%)`;
  return `${direction} ${Math.abs(change)}${percent} on the ${previous} of the period before`;
}

/**
 * A theme's feedback over time: per month over a chosen range as a chart and, with the same
 * data, a table; the change against the period of equal length before; counts by source and area.
 */
export function ThemeTrend({ themeId, themeName }: { themeId: string; themeName: string }) {
  const today = londonToday();
  const [range, setRange] = useState({ from: addDays(today, -364), to: today });
  const [typed, setTyped] = useState(range);
  const insights = useThemeInsights({ ...range, themeId });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (typed.from && typed.to) setRange(typed);
  };
  const counts = insights.data?.themes?.find((t) => t.themeId === themeId);
  const from = insights.data?.from ?? range.from;
  const to = insights.data?.to ?? range.to;
  const series = useMemo(() => monthlySeries(counts, from, to), [counts, from, to]);
  const labels = useMemo(() => series.map((s) => s.label), [series]);
  const values = useMemo(() => series.map((s) => s.count), [series]);
  const total = counts?.count ?? 0;
  const description = `Bar chart of feedback tagged ${themeName} per month, ${monthLabel(from.slice(0, 7))} to ${monthLabel(to.slice(0, 7))}: ${series
    .map((s) => `${s.label} ${s.count}`)
    .join(', ')}.`;
  return (
    <>
      <form className="tandem-filters" onSubmit={apply} aria-label="Date range of the trend">
        <DateRangeFields idPrefix="trend" value={typed} onChange={setTyped} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show trend
        </button>
      </form>
      {insights.isPending && <Loading what="Loading the trend" />}
      {insights.isError && <LoadError error={insights.error} what="the trend" />}
      {insights.data && (
        <div aria-busy={insights.isFetching}>
          <p className="nhsuk-body-l" id="trend-summary">
            {total} feedback {total === 1 ? 'item' : 'items'} from {formatShortDate(from)} to {formatShortDate(to)}:{' '}
            {changeText(counts)} ({formatShortDate(insights.data.previousFrom)} to{' '}
            {formatShortDate(insights.data.previousTo)}).
          </p>
          <figure className="tandem-figure">
            <figcaption className="nhsuk-body-s">
              Feedback tagged “{themeName}” per month. The table below has the same numbers.
            </figcaption>
            <Suspense fallback={<Loading what="Loading the chart" />}>
              <BarChart labels={labels} values={values} seriesLabel="Feedback items" description={description} />
            </Suspense>
          </figure>
          <h3>Per month</h3>
          <ResponsiveTable
            caption={`Feedback tagged ${themeName} per month`}
            rows={series}
            rowKey={(s) => s.month}
            columns={[
              { header: 'Month', cell: (s) => s.label },
              { header: 'Feedback items', numeric: true, cell: (s) => s.count },
            ]}
          />
          <h3>By source organisation</h3>
          {(counts?.bySource ?? []).length === 0 ? (
            <p>No feedback in this period.</p>
          ) : (
            <ResponsiveTable
              caption="Feedback by source organisation"
              rows={counts?.bySource ?? []}
              rowKey={(s) => s.organisationId ?? ''}
              columns={[
                { header: 'Organisation', cell: (s) => s.organisationName },
                { header: 'Feedback items', numeric: true, cell: (s) => s.count },
              ]}
            />
          )}
          <h3>By area</h3>
          {(counts?.byArea ?? []).length === 0 ? (
            <p>No feedback in this period.</p>
          ) : (
            <ResponsiveTable
              caption="Feedback by area"
              rows={counts?.byArea ?? []}
              rowKey={(a) => a.area ?? '(none)'}
              columns={[
                { header: 'Area', cell: (a) => a.area ?? 'No area recorded' },
                { header: 'Feedback items', numeric: true, cell: (a) => a.count },
              ]}
            />
          )}
        </div>
      )}
    </>
  );
}
