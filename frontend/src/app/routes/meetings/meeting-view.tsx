import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { Textarea } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { BackLink, Details, PageError, Paragraphs, SummaryList, useDocumentTitle } from '@/components/page';
import { useCancelMeeting, useMarkHeld, type Meeting } from '@/features/meetings/api/meetings';
import { ActionRows, RecordActionForm } from '@/features/meetings/components/action-list';
import { Agenda } from '@/features/meetings/components/agenda';
import { CalendarButton } from '@/features/meetings/components/calendar-button';
import { DocumentList } from '@/features/meetings/components/document-list';
import { FORMAT_LABELS } from '@/features/meetings/components/meeting-labels';
import { MeetingStatusTag } from '@/features/meetings/components/meeting-status-tag';
import { PublicNaming } from '@/features/meetings/components/public-naming';
import { PublishNotes } from '@/features/meetings/components/publish-notes';
import { MeetingResponses } from '@/features/meetings/components/register';
import { headcountSummary, UnnamedAttendanceForm } from '@/features/meetings/components/unnamed-attendance-form';
import { formatDate, formatTimeRange } from '@/lib/dates';
import { useMeetingContext } from './use-meeting-context';
import { HistorySection } from '@/features/history/components/history-section';
import { ActivityLinks } from '@/features/feedback/components/activity-links';
import { OutcomeLinks } from '@/features/outcomes/components/outcome-links';
import { allows } from '@/lib/allowed';

function StatusControls({ meeting }: { meeting: Meeting }) {
  const id = meeting.id ?? '';
  const held = useMarkHeld(id);
  const cancel = useCancelMeeting(id);
  const [reason, setReason] = useState('');
  const planned = meeting.status === 'PLANNED';
  const canMarkHeld = allows(meeting.allowedActions, 'MARK_HELD', planned);
  const canCancel = allows(meeting.allowedActions, 'CANCEL', planned);
  if (!canMarkHeld && !canCancel) return null;
  return (
    <>
      <ErrorSummary error={held.error ?? cancel.error} fields={{ reason: 'cancel-reason' }} />
      {canMarkHeld && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={held.isPending}
          onClick={() => held.mutate(meeting.version ?? 0)}
        >
          Mark as held
        </button>
      )}
      {canCancel && (
        <Details summary="Cancel this meeting">
          <Textarea
            id="cancel-reason"
            label="Why is it cancelled? (optional)"
            value={reason}
            onChange={setReason}
            rows={2}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--warning"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ version: meeting.version ?? 0, reason: reason.trim() })}
          >
            Cancel meeting
          </button>
        </Details>
      )}
    </>
  );
}

export function MeetingPage() {
  const { id = '' } = useParams();
  const { meeting, holder, canEdit, resolvePerson } = useMeetingContext(id);
  useDocumentTitle(meeting.data?.title ?? 'Meeting');
  if (meeting.isPending) return <Loading what="Loading the meeting" />;
  if (meeting.isError) return <PageError error={meeting.error} />;
  const m = meeting.data;
  const counts = m.attendanceCounts;

  return (
    <>
      <BackLink to={holder ? holder.href : '/meetings'}>{holder ? holder.name : 'Meetings'}</BackLink>
      <span className="nhsuk-caption-l">{holder?.name}</span>
      <h1>
        {m.title} <MeetingStatusTag status={m.status} />
      </h1>
      <SummaryList
        rows={[
          { key: 'Date', value: formatDate(m.date) },
          { key: 'Time', value: formatTimeRange(m.startsAt, m.endsAt, m.timeConfirmed) },
          { key: 'Format', value: m.format ? FORMAT_LABELS[m.format] : '' },
          ...(m.venue ? [{ key: 'Venue', value: m.venue }] : []),
          ...(m.onlineLink ? [{ key: 'Join online', value: <a href={m.onlineLink}>{m.onlineLink}</a> }] : []),
          ...(m.chathamHouse
            ? [{ key: 'Chatham House rule', value: 'Comments are not attributed to named people' }]
            : []),
          ...(m.status === 'CANCELLED' ? [{ key: 'Cancelled', value: m.cancellationReason || 'No reason given' }] : []),
        ]}
      />
      {m.summary && (
        <>
          <h2>Summary</h2>
          <Paragraphs text={m.summary} />
        </>
      )}
      <div className="nhsuk-button-group">
        {canEdit && (
          <Link className="nhsuk-button" to={`/meetings/${id}/register`}>
            Take the register
          </Link>
        )}
        {canEdit && (
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/meetings/${id}/edit`}>
            Edit details
          </Link>
        )}
        <CalendarButton meetingId={id} filename={`${m.title ?? 'meeting'} ${m.date ?? ''}.ics`} />
        <Link className="nhsuk-button nhsuk-button--secondary" to={`/meetings/${id}/print`}>
          Print agenda and notes
        </Link>
      </div>
      {canEdit && <StatusControls meeting={m} />}

      <Agenda meeting={m} canEdit={canEdit} />

      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">Attendance</h2>
        <p>
          {headcountSummary(counts)}; {counts?.apologies ?? 0} sent apologies, {counts?.absent ?? 0} absent.{' '}
          <Link to={`/meetings/${id}/register`}>{canEdit ? 'Take the register' : 'See the register'}</Link>
        </p>
        <MeetingResponses meeting={m} />
        {canEdit && <UnnamedAttendanceForm key={m.version} meeting={m} />}
        {canEdit && <PublicNaming meeting={m} />}
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">Actions</h2>
        <ActionRows actions={m.actions ?? []} canEdit={canEdit} />
        {canEdit && (
          <Details summary="Record an action">
            <RecordActionForm meeting={m} resolvePerson={resolvePerson} />
          </Details>
        )}
      </section>

      <DocumentList meeting={m} canEdit={canEdit} />

      <section aria-labelledby="links-heading">
        <h2 id="links-heading">Activities and outcomes</h2>
        <h3>Activities</h3>
        <ActivityLinks meetingId={id} canEdit={canEdit} />
        <h3>Outcomes of its decisions</h3>
        <OutcomeLinks
          params={{ meetingId: id }}
          empty="No outcome cites a decision of this meeting."
          label="Outcomes of this meeting's decisions"
        />
      </section>

      {canEdit && <PublishNotes meeting={m} />}

      {/* The meeting's own changes and those of its agenda items, register, documents and actions. */}
      <HistorySection entityType="meeting" entityId={id} />
    </>
  );
}
