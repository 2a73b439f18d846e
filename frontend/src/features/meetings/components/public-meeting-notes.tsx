import { Paragraphs } from '@/components/page';
import { formatDate, formatTime } from '@/lib/dates';
import type { PublicMeeting } from '../api/published-notes';

function PublicMeetingItem({ meeting }: { meeting: PublicMeeting }) {
  const counts = meeting.attendance;
  const items = meeting.agendaItems ?? [];
  return (
    <li className="nhsuk-card tandem-public-meeting">
      <article className="nhsuk-card__content">
        <h3 className="nhsuk-heading-m">{meeting.title}</h3>
        <p>
          {formatDate(meeting.date ?? meeting.startsAt)}
          {meeting.timeConfirmed && meeting.startsAt ? `, ${formatTime(meeting.startsAt)}` : ''}.{' '}
          {counts ? `${counts.attended ?? 0} people attended; ${counts.apologies ?? 0} sent apologies.` : ''}
        </p>
        {meeting.chathamHouse && (
          <p className="nhsuk-inset-text">Held under the Chatham House rule: these notes do not say who said what.</p>
        )}
        {meeting.summary && <Paragraphs text={meeting.summary} />}
        {items.map((item, i) => (
          <div key={`${item.title ?? ''}-${i}`} className="tandem-public-meeting__item">
            <h4 className="nhsuk-heading-s">{item.title}</h4>
            <Paragraphs text={item.notes} />
            {item.decisions && item.decisions.length > 0 && (
              <>
                <p className="nhsuk-u-margin-bottom-1">
                  <strong>{item.decisions.length === 1 ? 'Decision' : 'Decisions'}</strong>
                </p>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {item.decisions.map((d, j) => (
                    <li key={j}>{d}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))}
      </article>
    </li>
  );
}

/** Published notes of a partnership's held meetings, as the public API words them (nobody named). */
export function PublicMeetingNotes({ meetings }: { meetings: readonly PublicMeeting[] }) {
  if (meetings.length === 0) return <p>No meeting notes have been published yet.</p>;
  return (
    <ul className="nhsuk-list">
      {meetings.map((m, i) => (
        <PublicMeetingItem key={m.id ?? i} meeting={m} />
      ))}
    </ul>
  );
}
