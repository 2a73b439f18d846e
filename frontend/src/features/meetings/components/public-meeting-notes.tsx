import { Paragraphs } from '@/components/page';
import { formatDate, formatTime } from '@/lib/dates';
import type { PublicMeeting } from '../api/published-notes';

/** "50 people attended; 2 sent apologies.": the headcount counts the people attending without names too. */
export function headcountSentence(counts: PublicMeeting['attendance'] | undefined): string {
  if (!counts) return '';
  const headcount = counts.headcount ?? counts.attended ?? 0;
  return `${headcount} ${headcount === 1 ? 'person' : 'people'} attended; ${counts.apologies ?? 0} sent apologies.`;
}

/** One meeting's public notes: the public page and the preview before publishing both render this. */
export function PublicMeetingItem({ meeting }: { meeting: PublicMeeting }) {
  const counts = meeting.attendance;
  const items = meeting.agendaItems ?? [];
  const named = meeting.namedPeople ?? [];
  const documents = meeting.documents ?? [];
  return (
    <li className="nhsuk-card tandem-public-meeting">
      <article className="nhsuk-card__content">
        <h3 className="nhsuk-heading-m">{meeting.title}</h3>
        <p>
          {formatDate(meeting.date ?? meeting.startsAt)}
          {meeting.timeConfirmed && meeting.startsAt ? `, ${formatTime(meeting.startsAt)}` : ''}.{' '}
          {headcountSentence(counts)}
        </p>
        {meeting.chathamHouse && (
          <p className="nhsuk-inset-text">Held under the Chatham House rule: these notes do not say who said what.</p>
        )}
        {meeting.summary && <Paragraphs text={meeting.summary} />}
        {named.length > 0 && (
          <>
            <h4 className="nhsuk-heading-s">With thanks to</h4>
            <ul className="nhsuk-list">
              {named.map((p, i) => (
                <li key={`${p.name}-${i}`}>
                  {p.name}, {p.role}
                </li>
              ))}
            </ul>
          </>
        )}
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
        {documents.length > 0 && (
          <>
            <h4 className="nhsuk-heading-s">Documents</h4>
            <ul className="nhsuk-list">
              {documents.map((d, i) => (
                <li key={`${d.url}-${i}`}>
                  <a href={d.url} rel="noopener noreferrer">
                    {d.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </li>
  );
}

/** Published notes of a partnership's held meetings, as the public API words them (only those who consented named). */
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
