import { Link } from 'react-router';
import { ResponsiveTable } from '@/components/responsive-table';
import type { AuditEntry } from '../api/audit';
import { describeChanges, describeEntry, formatWhen, typeWords } from './describe-entry';
import { recordPath } from './record-link';

/** The audit trail as a table: when, who, what, which record (a link to its page where it has one). */
export function AuditTable({ entries, busy }: { entries: readonly AuditEntry[]; busy?: boolean }) {
  return (
    <ResponsiveTable
      caption="Audit trail entries, newest first"
      rows={entries}
      rowKey={(e) => String(e.id)}
      busy={busy}
      columns={[
        { header: 'Entry', cell: (e) => e.id },
        { header: 'When', cell: (e) => <time dateTime={e.at}>{formatWhen(e.at)}</time> },
        { header: 'Who', cell: (e) => e.actor?.name ?? '' },
        {
          header: 'What',
          cell: (e) => (
            <>
              {describeEntry(e)}
              {describeChanges(e) && (
                <>
                  <br />
                  <span className="nhsuk-body-s">{describeChanges(e)}</span>
                </>
              )}
            </>
          ),
        },
        {
          header: 'Record',
          cell: (e) => {
            const path = recordPath(e);
            const label = typeWords(e.entityType);
            return path && e.action !== 'deleted' ? (
              <Link to={path}>
                Open the {label}
                <span className="nhsuk-u-visually-hidden"> (entry {e.id})</span>
              </Link>
            ) : (
              label
            );
          },
        },
      ]}
    />
  );
}
