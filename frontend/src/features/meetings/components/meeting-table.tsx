import { Link } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { formatShortDate, formatTimeRange } from '@/lib/dates';
import type { useMeetings } from '../api/meetings';
import { FORMAT_LABELS } from './meeting-labels';
import { MeetingStatusTag } from './meeting-status-tag';

interface MeetingTableProps {
  query: ReturnType<typeof useMeetings>;
  empty: string;
  caption?: string;
}

/** Meetings in date order: when, what, where, status. Stacks into cards on a phone. */
export function MeetingTable({ query, empty, caption = 'Meetings' }: MeetingTableProps) {
  if (query.isPending) return <Loading what="Loading meetings" />;
  if (query.isError) return <LoadError error={query.error} what="meetings" />;
  const items = query.data.items ?? [];
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <table className="nhsuk-table-responsive" aria-busy={query.isFetching}>
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Date
          </th>
          <th scope="col" className="nhsuk-table__header">
            Meeting
          </th>
          <th scope="col" className="nhsuk-table__header">
            Where
          </th>
          <th scope="col" className="nhsuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {items.map((m) => (
          <tr className="nhsuk-table__row" key={m.id}>
            <td className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                Date{' '}
              </span>
              {formatShortDate(m.date)}
              <br />
              <span className="nhsuk-body-s">{formatTimeRange(m.startsAt, m.endsAt, m.timeConfirmed)}</span>
            </td>
            <td className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                Meeting{' '}
              </span>
              <Link to={`/meetings/${m.id}`}>{m.title}</Link>
            </td>
            <td className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                Where{' '}
              </span>
              {m.format ? FORMAT_LABELS[m.format] : ''}
              {m.venue ? `: ${m.venue}` : ''}
            </td>
            <td className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                Status{' '}
              </span>
              <MeetingStatusTag status={m.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
