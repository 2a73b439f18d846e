import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, PageError, useDocumentTitle } from '@/components/page';
import { AgendaItemContent } from '@/features/meetings/components/agenda';
import { ATTENDANCE_LABELS, FORMAT_LABELS } from '@/features/meetings/components/meeting-labels';
import { headcountSummary } from '@/features/meetings/components/unnamed-attendance-form';
import { formatDate, formatShortDate, formatTimeRange } from '@/lib/dates';
import { useMeetingContext } from './use-meeting-context';

/**
 * The agenda and notes as a clean printable page. A Chatham House meeting prints without
 * names: no presenters, no names on the register or against actions, only counts (the API
 * already words the notes themselves without names for readers who do not take them).
 */
export function MeetingPrintPage() {
  const { id = '' } = useParams();
  const { meeting, holder } = useMeetingContext(id);
  useDocumentTitle(meeting.data ? `${meeting.data.title}: agenda and notes` : 'Agenda and notes');
  if (meeting.isPending) return <Loading what="Loading the meeting" />;
  if (meeting.isError) return <PageError error={meeting.error} />;
  const m = meeting.data;
  const anonymous = Boolean(m.chathamHouse || m.peopleHidden);
  const items = [...(m.agendaItems ?? [])]
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((item) => (anonymous ? { ...item, presenter: null } : item));
  const byStatus = (status: 'ATTENDED' | 'APOLOGIES' | 'ABSENT') =>
    (m.attendance ?? []).filter((a) => a.status === status);

  return (
    <article className="tandem-print">
      <div className="tandem-no-print">
        <BackLink to={`/meetings/${id}`}>Back to the meeting</BackLink>
        <button type="button" className="nhsuk-button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="nhsuk-caption-l">{holder?.name}</p>
      <h1>{m.title}</h1>
      <p className="nhsuk-lede-text">
        {formatDate(m.date)}, {formatTimeRange(m.startsAt, m.endsAt, m.timeConfirmed)}
        <br />
        {m.format ? FORMAT_LABELS[m.format] : ''}
        {m.venue ? `: ${m.venue}` : ''}
      </p>
      {m.status === 'CANCELLED' && (
        <p className="nhsuk-u-font-weight-bold">This meeting was cancelled. {m.cancellationReason}</p>
      )}
      {m.chathamHouse && (
        <p className="nhsuk-inset-text">
          Held under the Chatham House rule: these notes do not attribute comments to named people.
        </p>
      )}

      <h2>Agenda</h2>
      <table className="nhsuk-table tandem-print__agenda">
        <caption className="nhsuk-u-visually-hidden">Agenda</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Activity</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{formatTimeRange(item.plannedStart, item.plannedEnd)}</td>
              <td>{item.title}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Attendance</h2>
      {anonymous ? (
        <p>
          {headcountSummary(m.attendanceCounts)}; {m.attendanceCounts?.apologies ?? 0} sent apologies.
        </p>
      ) : (
        (['ATTENDED', 'APOLOGIES'] as const).map((status) =>
          byStatus(status).length > 0 ? (
            <div key={status}>
              <h3>{status === 'ATTENDED' ? 'Attendees' : ATTENDANCE_LABELS[status]}</h3>
              <ul className="nhsuk-list">
                {byStatus(status).map((a) => (
                  <li key={a.id}>{a.roleAsRecorded ? `${a.name}, ${a.roleAsRecorded}` : a.name}</li>
                ))}
              </ul>
            </div>
          ) : null,
        )
      )}
      {!anonymous && (m.attendanceCounts?.unnamed?.total ?? 0) > 0 && <p>{headcountSummary(m.attendanceCounts)}.</p>}

      <h2>Notes and decisions</h2>
      {items
        .filter((item) => item.kind !== 'ARRIVALS' && item.kind !== 'BREAK')
        .map((item) => (
          <section key={item.id} className="tandem-print__item">
            <AgendaItemContent item={item} />
          </section>
        ))}
      {m.summary && (
        <>
          <h2>Summary</h2>
          <p className="tandem-pre-line">{m.summary}</p>
        </>
      )}

      <h2>Actions</h2>
      {(m.actions ?? []).length === 0 ? (
        <p>No actions.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {(m.actions ?? []).map((a) => (
            <li key={a.id}>
              {a.description}
              {!anonymous && a.ownerName ? ` (${a.ownerName})` : ''}
              {a.dueOn ? `, due ${formatShortDate(a.dueOn)}` : ''}
              {a.status !== 'OPEN' ? ` [${a.status === 'DONE' ? 'done' : 'dropped'}]` : ''}
            </li>
          ))}
        </ul>
      )}
      {(m.documents ?? []).length > 0 && (
        <>
          <h2>Documents</h2>
          <ul className="nhsuk-list">
            {(m.documents ?? []).map((d) => (
              <li key={d.id}>
                {d.title}: {d.url}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
