import { Link } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { Tag } from '@/components/page';
import { formatDate, formatTimeRange } from '@/lib/dates';
import { useMarkMyActionDone, useRespondToMeeting, type MeetingResponseKind, type MyMeeting } from '../api/mine';
import type { Action } from '../api/actions';
import { ActionStatusTag } from './action-list';
import { FORMAT_LABELS } from './meeting-labels';
import { MeetingStatusTag } from './meeting-status-tag';
import { formatShortDate } from '@/lib/dates';

const ANSWERS: { value: MeetingResponseKind; label: string; chosen: string }[] = [
  { value: 'ATTENDING', label: "I'll attend", chosen: 'You said you will attend' },
  { value: 'APOLOGIES', label: 'Send apologies', chosen: 'You sent apologies' },
];

/** One of my meetings: when, where, and my answer, which I can give or change while it is planned. */
export function MyMeetingCard({ meeting, headingLevel = 'h2' }: { meeting: MyMeeting; headingLevel?: 'h2' | 'h3' }) {
  const respond = useRespondToMeeting(meeting.id ?? '');
  const Heading = headingLevel;
  const chosen = ANSWERS.find((a) => a.value === meeting.myResponse);
  return (
    <li className="nhsuk-card tandem-my-meeting">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading nhsuk-heading-s">
          <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
        </Heading>
        <p className="nhsuk-body-s">
          {meeting.holderName} · {formatDate(meeting.date)},{' '}
          {formatTimeRange(meeting.startsAt, meeting.endsAt, meeting.timeConfirmed)}
          {' · '}
          {meeting.format ? FORMAT_LABELS[meeting.format] : ''}
          {meeting.venue ? `: ${meeting.venue}` : ''} <MeetingStatusTag status={meeting.status} />
        </p>
        <p aria-live="polite">
          {chosen ? (
            <Tag colour={chosen.value === 'ATTENDING' ? 'green' : 'grey'}>{chosen.chosen}</Tag>
          ) : (
            'You have not answered yet.'
          )}
        </p>
        <ErrorSummary error={respond.error} />
        {meeting.canRespond && (
          <div className="tandem-inline-actions">
            {ANSWERS.map((answer) => (
              <button
                key={answer.value}
                type="button"
                className={`nhsuk-button nhsuk-button--small${answer.value === meeting.myResponse ? '' : ' nhsuk-button--secondary'}`}
                aria-pressed={answer.value === meeting.myResponse}
                disabled={respond.isPending}
                onClick={() => respond.mutate(answer.value)}
              >
                {answer.label}
                <span className="nhsuk-u-visually-hidden">
                  : {meeting.title}, {formatDate(meeting.date)}
                </span>
              </button>
            ))}
          </div>
        )}
      </div>
    </li>
  );
}

export function MyMeetingList({ meetings, headingLevel }: { meetings: MyMeeting[]; headingLevel?: 'h2' | 'h3' }) {
  if (meetings.length === 0) return <p>There are no meetings of your partnerships.</p>;
  return (
    <ul className="nhsuk-list">
      {meetings.map((m) => (
        <MyMeetingCard key={m.id} meeting={m} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

/** One of my actions, which I can mark as done while it is open. */
function MyActionRow({ action }: { action: Action }) {
  const done = useMarkMyActionDone(action.meeting?.id ?? '');
  return (
    <li className="tandem-actions__item">
      <p className="tandem-actions__what">{action.description}</p>
      <p className="nhsuk-body-s tandem-actions__meta">
        <ActionStatusTag action={action} /> Due: {action.dueOn ? formatShortDate(action.dueOn) : 'no date'}
        {action.meeting && (
          <>
            {' '}
            · From <Link to={`/meetings/${action.meeting.id}`}>{action.meeting.title}</Link> (
            {formatShortDate(action.meeting.date)})
          </>
        )}
      </p>
      <ErrorSummary error={done.error} />
      {action.status === 'OPEN' && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          disabled={done.isPending}
          onClick={() => done.mutate({ id: action.id ?? '', version: action.version ?? 0 })}
        >
          Mark as done<span className="nhsuk-u-visually-hidden">: {action.description}</span>
        </button>
      )}
    </li>
  );
}

export function MyActionList({ actions }: { actions: Action[] }) {
  if (actions.length === 0) return <p>You have no actions.</p>;
  return (
    <ul className="nhsuk-list tandem-actions">
      {actions.map((a) => (
        <MyActionRow key={a.id} action={a} />
      ))}
    </ul>
  );
}
