import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { DateInput, dateInputId } from '@/components/date-input';
import { Select, Textarea } from '@/components/form-fields';
import { InputError } from '@/lib/api/problem';
import { Tag } from '@/components/page';
import { NO_PERSON, PersonChooser, type PersonChoice } from '@/components/person-chooser';
import { formatShortDate, parseDateInput } from '@/lib/dates';
import { useCloseAction, useRecordAction, useReopenAction, type Action } from '../api/actions';
import type { Meeting } from '../api/meetings';
import { ACTION_STATUS_LABELS } from './meeting-labels';
import { allows } from '@/lib/allowed';

const STATUS_COLOURS = { OPEN: 'blue', DONE: 'green', DROPPED: 'grey' } as const;

export function ActionStatusTag({ action }: { action: Action }) {
  if (!action.status) return null;
  return (
    <>
      <Tag colour={STATUS_COLOURS[action.status]}>{ACTION_STATUS_LABELS[action.status]}</Tag>
      {action.overdue && (
        <>
          {' '}
          <Tag colour="red">Overdue</Tag>
        </>
      )}
    </>
  );
}

interface ActionRowsProps {
  actions: Action[];
  canEdit: boolean;
  /** Show which meeting each action came from (lists across meetings). */
  showMeeting?: boolean;
}

/** Actions with owner, due date and status; people who run the meeting can close or reopen them. */
export function ActionRows({ actions, canEdit, showMeeting = false }: ActionRowsProps) {
  if (actions.length === 0) return <p>No actions.</p>;
  return (
    <ul className="nhsuk-list tandem-actions">
      {actions.map((a) => (
        <ActionRow key={a.id} action={a} canEdit={canEdit} showMeeting={showMeeting} />
      ))}
    </ul>
  );
}

function ActionRow({ action, canEdit, showMeeting }: { action: Action; canEdit: boolean; showMeeting: boolean }) {
  const meetingId = action.meeting?.id ?? '';
  const close = useCloseAction(meetingId);
  const reopen = useReopenAction(meetingId);
  const busy = close.isPending || reopen.isPending;
  const id = action.id ?? '';
  const version = action.version ?? 0;
  return (
    <li className="tandem-actions__item">
      <p className="tandem-actions__what">{action.description}</p>
      <p className="nhsuk-body-s tandem-actions__meta">
        <ActionStatusTag action={action} /> Owner:{' '}
        {action.ownerName ?? (action.ownerPersonId ? 'someone' : 'nobody yet')} · Due:{' '}
        {action.dueOn ? formatShortDate(action.dueOn) : 'no date'}
        {showMeeting && action.meeting && (
          <>
            {' '}
            · From <Link to={`/meetings/${action.meeting.id}`}>{action.meeting.title}</Link> (
            {formatShortDate(action.meeting.date)})
          </>
        )}
      </p>
      <ErrorSummary error={close.error ?? reopen.error} />
      {canEdit && (
        <div className="tandem-inline-actions">
          {allows(action.allowedActions, 'CLOSE', action.status === 'OPEN') ? (
            <>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                disabled={busy}
                onClick={() => close.mutate({ id, status: 'DONE', version })}
              >
                Mark as done<span className="nhsuk-u-visually-hidden">: {action.description}</span>
              </button>
              <button
                type="button"
                className="tandem-link-button"
                disabled={busy}
                onClick={() => close.mutate({ id, status: 'DROPPED', version })}
              >
                Drop<span className="nhsuk-u-visually-hidden">: {action.description}</span>
              </button>
            </>
          ) : allows(action.allowedActions, 'REOPEN', action.status !== 'OPEN') ? (
            <button
              type="button"
              className="tandem-link-button"
              disabled={busy}
              onClick={() => reopen.mutate({ id, version })}
            >
              Reopen<span className="nhsuk-u-visually-hidden">: {action.description}</span>
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}

interface RecordActionFormProps {
  meeting: Meeting;
  resolvePerson: (choice: PersonChoice) => Promise<string>;
}

/** Records an action: what, who owns it, when it is due, and the agenda item it arose under. */
export function RecordActionForm({ meeting, resolvePerson }: RecordActionFormProps) {
  const record = useRecordAction(meeting.id ?? '');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<PersonChoice>(NO_PERSON);
  const [dueOn, setDueOn] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [ownerError, setOwnerError] = useState<unknown>(undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOwnerError(undefined);
    const due = parseDateInput(dueOn, 'Due date');
    if (due.error !== undefined) {
      setOwnerError(new InputError([{ field: 'dueOn', message: due.error }]));
      return;
    }
    let ownerPersonId: string | undefined;
    try {
      ownerPersonId = owner.personId ? await resolvePerson(owner) : undefined;
    } catch (error) {
      setOwnerError(error);
      return;
    }
    record.mutate(
      {
        description: description.trim(),
        ownerPersonId,
        dueOn: due.value || undefined,
        agendaItemId: agendaItemId || undefined,
      },
      {
        onSuccess: () => {
          setDescription('');
          setOwner(NO_PERSON);
          setDueOn('');
          setAgendaItemId('');
        },
      },
    );
  };
  const error = ownerError ?? record.error;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary
        error={error}
        fields={{
          description: 'action-description',
          ownerPersonId: 'action-owner',
          displayName: 'action-owner-new-name',
          dueOn: dateInputId('action-due'),
          agendaItemId: 'action-item',
        }}
      />
      <Textarea
        id="action-description"
        label="What needs doing"
        value={description}
        onChange={setDescription}
        error={fieldError(error, 'description')}
        rows={3}
      />
      <PersonChooser
        id="action-owner"
        label="Owner (optional)"
        value={owner}
        onChange={setOwner}
        error={fieldError(error, 'ownerPersonId') ?? fieldError(error, 'displayName')}
      />
      <DateInput
        id="action-due"
        legend="Due date (optional)"
        value={dueOn}
        onChange={setDueOn}
        error={fieldError(error, 'dueOn')}
      />
      <Select
        id="action-item"
        label="Agenda item (optional)"
        value={agendaItemId}
        onChange={setAgendaItemId}
        error={fieldError(error, 'agendaItemId')}
        options={[
          { value: '', label: 'Not under an item' },
          ...(meeting.agendaItems ?? []).map((i) => ({ value: i.id ?? '', label: `${i.position}. ${i.title ?? ''}` })),
        ]}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={record.isPending}>
        {record.isPending ? 'Recording…' : 'Record action'}
      </button>
    </form>
  );
}
