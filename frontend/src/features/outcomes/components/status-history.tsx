import { ResponsiveTable } from '@/components/responsive-table';
import { formatShortDate, formatTime } from '@/lib/dates';
import type { OutcomeStatusChange } from '../api/outcomes';
import { STATUS_LABELS } from './outcome-labels';

/** Who moved the outcome, when, from which status to which, and why; newest first. */
export function StatusHistory({ history }: { history: readonly OutcomeStatusChange[] }) {
  const rows = [...history].sort((a, b) => (b.changedAt ?? '').localeCompare(a.changedAt ?? ''));
  if (rows.length === 0) return <p>No changes recorded yet.</p>;
  return (
    <ResponsiveTable
      caption="Status history"
      rows={rows}
      rowKey={(r) => `${r.changedAt ?? ''}-${r.to ?? ''}`}
      columns={[
        { header: 'When', cell: (r) => `${formatShortDate(r.changedAt)} ${formatTime(r.changedAt)}` },
        { header: 'Who', cell: (r) => r.changedBy ?? '' },
        {
          header: 'Change',
          cell: (r) =>
            r.from
              ? `${STATUS_LABELS[r.from]} → ${STATUS_LABELS[r.to ?? r.from]}`
              : r.to
                ? `Recorded as ${STATUS_LABELS[r.to].toLowerCase()}`
                : '',
        },
        { header: 'Reason', cell: (r) => r.reason ?? '' },
      ]}
    />
  );
}
