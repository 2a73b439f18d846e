import { HolderChooser } from '@/components/choosers';
import { fieldError } from '@/components/error-summary';
import { Checkbox, Radios, Textarea, TextInput } from '@/components/form-fields';
import { DateInput, dateInputId, TimeInput } from '@/components/date-input';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import { londonDateTime, londonParts } from '@/lib/dates';
import { inputCheck } from '@/lib/input-check';
import type { Meeting, MeetingFormat, MeetingRequest } from '../api/meetings';
import { FORMAT_LABELS, optionsOf } from './meeting-labels';

export interface MeetingFormValues extends Record<string, string | boolean | string[]> {
  /** "partnership:<id>" or "board:<id>": who holds it (fixed once created). */
  holder: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  timeToBeConfirmed: boolean;
  format: MeetingFormat;
  venue: string;
  onlineLink: string;
  chathamHouse: boolean;
  summary: string;
}

export function emptyMeeting(holder: string, title: string): MeetingFormValues {
  return {
    holder,
    title,
    date: '',
    startTime: '10:00',
    endTime: '12:00',
    timeToBeConfirmed: false,
    format: 'HYBRID',
    venue: '',
    onlineLink: '',
    chathamHouse: false,
    summary: '',
  };
}

export const MEETING_LABELS: Partial<Record<keyof MeetingFormValues, string>> = {
  title: 'Title',
  date: 'Date',
  startTime: 'Start time',
  endTime: 'End time',
  timeToBeConfirmed: 'Time to be confirmed',
  format: 'Format',
  venue: 'Venue',
  onlineLink: 'Online link',
  chathamHouse: 'Chatham House rule',
  summary: 'Summary',
};

export function meetingToValues(m: Meeting): MeetingFormValues {
  const start = m.startsAt ? londonParts(m.startsAt) : undefined;
  const end = m.endsAt ? londonParts(m.endsAt) : undefined;
  return {
    holder: m.partnershipId ? `partnership:${m.partnershipId}` : `board:${m.boardId ?? ''}`,
    title: m.title ?? '',
    date: m.date ?? start?.date ?? '',
    startTime: m.timeConfirmed ? (start?.time ?? '') : '',
    endTime: m.timeConfirmed ? (end?.time ?? '') : '',
    timeToBeConfirmed: !m.timeConfirmed,
    format: m.format ?? 'IN_PERSON',
    venue: m.venue ?? '',
    onlineLink: m.onlineLink ?? '',
    chathamHouse: Boolean(m.chathamHouse),
    summary: m.summary ?? '',
  };
}

export function meetingRequest(values: MeetingFormValues, version: number | undefined): MeetingRequest {
  const [kind, id] = values.holder.split(':');
  const tbc = values.timeToBeConfirmed;
  const check = inputCheck();
  const date = check.date('startsAt', values.date, 'Date');
  const startTime = tbc ? '' : check.time('timeConfirmed', values.startTime, 'Start time');
  const endTime = tbc ? '' : check.time('endsAt', values.endTime, 'End time');
  check.done();
  return {
    partnershipId: kind === 'partnership' && id ? id : undefined,
    boardId: kind === 'board' && id ? id : undefined,
    title: values.title.trim(),
    // A missing date is sent blank so the server names the field.
    startsAt: date ? londonDateTime(date, startTime || '00:00') : '',
    endsAt: date && endTime ? londonDateTime(date, endTime) : undefined,
    timeConfirmed: !tbc,
    format: values.format,
    venue: values.venue.trim() || undefined,
    onlineLink: values.onlineLink.trim() || undefined,
    chathamHouse: values.chathamHouse,
    summary: values.summary.trim() || undefined,
    version,
  };
}

const FIELD_INPUTS = {
  partnershipId: 'meeting-holder',
  boardId: 'meeting-holder',
  title: 'meeting-title',
  startsAt: dateInputId('meeting-date'),
  endsAt: 'meeting-end',
  timeConfirmed: 'meeting-start',
  format: 'meeting-format',
  venue: 'meeting-venue',
  onlineLink: 'meeting-link',
  summary: 'meeting-summary',
};

interface MeetingFormProps extends VersionedFormProps<MeetingFormValues> {
  editing: boolean;
}

export function MeetingForm({ editing, ...form }: MeetingFormProps) {
  const { values, set, error, busy } = form;
  return (
    <VersionedForm form={form} fields={FIELD_INPUTS}>
      <HolderChooser
        id={FIELD_INPUTS.partnershipId}
        label="Held by"
        hint={
          editing
            ? 'A meeting stays with the partnership or board that holds it'
            : 'The partnership or board holding the meeting: type part of its name'
        }
        value={values.holder}
        onChange={(v) => set('holder', v)}
        error={fieldError(error, 'partnershipId') ?? fieldError(error, 'boardId')}
        disabled={editing}
      />
      <TextInput
        id={FIELD_INPUTS.title}
        label="Title"
        value={values.title}
        onChange={(v) => set('title', v)}
        error={fieldError(error, 'title')}
        maxLength={300}
      />
      <DateInput
        id="meeting-date"
        legend="Date"
        value={values.date}
        onChange={(v) => set('date', v)}
        error={fieldError(error, 'startsAt')}
      />
      <Checkbox
        label="The time is to be confirmed"
        hint="Only the date is known for now"
        checked={values.timeToBeConfirmed}
        onChange={(v) => set('timeToBeConfirmed', v)}
      />
      {!values.timeToBeConfirmed && (
        <div className="tandem-time-pair">
          <TimeInput
            id="meeting-start"
            label="Start time"
            value={values.startTime}
            onChange={(v) => set('startTime', v)}
            error={fieldError(error, 'timeConfirmed')}
          />
          <TimeInput
            id={FIELD_INPUTS.endsAt}
            label="End time"
            value={values.endTime}
            onChange={(v) => set('endTime', v)}
            error={fieldError(error, 'endsAt')}
          />
        </div>
      )}
      <Radios
        id={FIELD_INPUTS.format}
        legend="Format"
        name="format"
        value={values.format}
        onChange={(v) => set('format', v)}
        options={optionsOf(FORMAT_LABELS)}
        error={fieldError(error, 'format')}
      />
      {values.format !== 'ONLINE' && (
        <TextInput
          id={FIELD_INPUTS.venue}
          label="Venue"
          hint="For example, Lewisham Civic Centre (Committee Room 3)"
          value={values.venue}
          onChange={(v) => set('venue', v)}
          error={fieldError(error, 'venue')}
          maxLength={500}
        />
      )}
      {values.format !== 'IN_PERSON' && (
        <TextInput
          id={FIELD_INPUTS.onlineLink}
          label="Online meeting link (optional)"
          hint="It can follow later"
          type="url"
          value={values.onlineLink}
          onChange={(v) => set('onlineLink', v)}
          error={fieldError(error, 'onlineLink')}
        />
      )}
      <Checkbox
        label="Chatham House rule"
        hint="Notes never attribute comments to named people; readers who do not take the notes see “a participant”"
        checked={values.chathamHouse}
        onChange={(v) => set('chathamHouse', v)}
      />
      {editing && (
        <Textarea
          id={FIELD_INPUTS.summary}
          label="Summary (optional)"
          hint="What happened, in brief"
          value={values.summary}
          onChange={(v) => set('summary', v)}
          error={fieldError(error, 'summary')}
          rows={4}
        />
      )}
      <button type="submit" className="nhsuk-button" disabled={busy}>
        {busy ? 'Saving…' : editing ? 'Save changes' : 'Create meeting'}
      </button>
    </VersionedForm>
  );
}
