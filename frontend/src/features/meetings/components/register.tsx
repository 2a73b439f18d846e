import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { NO_PERSON, PersonChooser, type PersonChoice } from '@/components/person-chooser';
import type { Meeting } from '../api/meetings';
import { useTakeRegister, type AttendanceMode, type AttendanceStatus } from '../api/register';
import { ATTENDANCE_LABELS, optionsOf } from './meeting-labels';
import { headcountSummary } from './unnamed-attendance-form';

export interface ExpectedPerson {
  personId: string;
  name: string;
  role?: string | undefined;
}

interface RegisterRow extends ExpectedPerson {
  status?: AttendanceStatus | undefined;
  mode?: AttendanceMode | undefined;
  version?: number | undefined;
}

/** Everyone on the register, then the expected people (members) not recorded yet, by name. */
export function registerRows(meeting: Meeting, expected: ExpectedPerson[]): RegisterRow[] {
  const recorded: RegisterRow[] = (meeting.attendance ?? []).map((a) => ({
    personId: a.personId ?? '',
    name: a.name ?? 'A participant',
    role: a.roleAsRecorded ?? undefined,
    status: a.status,
    mode: a.mode ?? undefined,
    version: a.version,
  }));
  const onRegister = new Set(recorded.map((r) => r.personId));
  const waiting = expected.filter((p) => !onRegister.has(p.personId));
  return [...recorded, ...waiting].sort((a, b) => a.name.localeCompare(b.name));
}

interface RegisterProps {
  meeting: Meeting;
  expected: ExpectedPerson[];
  canEdit: boolean;
  resolvePerson: (choice: PersonChoice) => Promise<string>;
}

const STATUSES = optionsOf(ATTENDANCE_LABELS);
const MODES: { value: AttendanceMode; label: string }[] = [
  { value: 'IN_PERSON', label: 'In person' },
  { value: 'ONLINE', label: 'Online' },
];

/**
 * Taking the register during the meeting: one tap per person records attended, apologies or
 * absent (and, for hybrid meetings, how they joined). Large targets for phones.
 */
/** Members' answers before the meeting: who said they will attend, who sent apologies (names as the role may read). */
export function MeetingResponses({ meeting }: { meeting: Meeting }) {
  const responses = meeting.responses ?? [];
  if (responses.length === 0) return null;
  const names = (kind: 'ATTENDING' | 'APOLOGIES') => {
    const chosen = responses.filter((r) => r.response === kind);
    const named = chosen.map((r) => r.name).filter((n): n is string => Boolean(n));
    return named.length === chosen.length ? named.join(', ') || 'nobody' : `${chosen.length}`;
  };
  return (
    <p className="tandem-register__responses">
      Before the meeting: {names('ATTENDING')} said they will attend; {names('APOLOGIES')} sent apologies.
    </p>
  );
}

export function Register({ meeting, expected, canEdit, resolvePerson }: RegisterProps) {
  const take = useTakeRegister(meeting.id ?? '');
  const [saving, setSaving] = useState<string | undefined>(undefined);
  const [addChoice, setAddChoice] = useState<PersonChoice>(NO_PERSON);
  const [addError, setAddError] = useState<unknown>(undefined);
  const rows = registerRows(meeting, expected);
  const hybrid = meeting.format === 'HYBRID';
  const counts = meeting.attendanceCounts;

  const record = (row: RegisterRow, status: AttendanceStatus, mode?: AttendanceMode) => {
    setSaving(row.personId);
    take.mutate(
      [
        {
          personId: row.personId,
          status,
          mode:
            status === 'ATTENDED'
              ? (mode ?? row.mode ?? (meeting.format === 'ONLINE' ? 'ONLINE' : 'IN_PERSON'))
              : undefined,
          version: row.version,
        },
      ],
      { onSettled: () => setSaving(undefined) },
    );
  };

  const addSomeone = async () => {
    setAddError(undefined);
    try {
      const personId = await resolvePerson(addChoice);
      take.mutate([{ personId, status: 'ATTENDED', mode: meeting.format === 'ONLINE' ? 'ONLINE' : 'IN_PERSON' }], {
        onSuccess: () => setAddChoice(NO_PERSON),
      });
    } catch (error) {
      setAddError(error);
    }
  };

  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">Register</h2>
      <p className="tandem-register__counts" aria-live="polite">
        {counts?.attended ?? 0} attended, {counts?.apologies ?? 0} apologies, {counts?.absent ?? 0} absent
        {counts?.unnamed?.total ? `; ${headcountSummary(counts)}` : ''}
      </p>
      <MeetingResponses meeting={meeting} />
      <ErrorSummary error={take.error} />
      {meeting.peopleHidden && <p>Names are not shown to your role.</p>}
      {rows.length === 0 && <p>Nobody is on the register yet{canEdit ? ': add people below' : ''}.</p>}
      <ul className="tandem-register">
        {rows.map((row) => (
          <li key={row.personId} className="tandem-register__row" aria-busy={saving === row.personId}>
            <div className="tandem-register__person">
              <span className="tandem-register__name">{row.name}</span>
              {row.role && <span className="tandem-register__role">{row.role}</span>}
            </div>
            {canEdit ? (
              <div className="tandem-register__choices" role="group" aria-label={`${row.name}: attendance`}>
                {STATUSES.map((s) => (
                  <button
                    key={s.value}
                    type="button"
                    className={`tandem-register__choice tandem-register__choice--${s.value.toLowerCase()}`}
                    aria-pressed={row.status === s.value}
                    disabled={saving === row.personId}
                    onClick={() => record(row, s.value)}
                  >
                    {s.label}
                  </button>
                ))}
                {hybrid && row.status === 'ATTENDED' && (
                  <div className="tandem-register__modes" role="group" aria-label={`How ${row.name} joined`}>
                    {MODES.map((mode) => (
                      <button
                        key={mode.value}
                        type="button"
                        className="tandem-register__mode"
                        aria-pressed={(row.mode ?? 'IN_PERSON') === mode.value}
                        disabled={saving === row.personId}
                        onClick={() => record(row, 'ATTENDED', mode.value)}
                      >
                        {mode.label}
                      </button>
                    ))}
                  </div>
                )}
              </div>
            ) : (
              <span className="tandem-register__status">
                {row.status ? ATTENDANCE_LABELS[row.status] : 'Not recorded'}
                {row.status === 'ATTENDED' && row.mode ? (row.mode === 'ONLINE' ? ' (online)' : ' (in person)') : ''}
              </span>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div className="tandem-register__add">
          <h3>Someone else is here</h3>
          <ErrorSummary
            error={addError}
            fields={{ personId: 'register-person', displayName: 'register-person-new-name' }}
          />
          <PersonChooser
            id="register-person"
            label="Person"
            value={addChoice}
            onChange={setAddChoice}
            error={fieldError(addError, 'personId') ?? fieldError(addError, 'displayName')}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void addSomeone()}
            disabled={take.isPending}
          >
            Add as attended
          </button>
        </div>
      )}
    </section>
  );
}
