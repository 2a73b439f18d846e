import { useState, type FormEvent } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { TextInput } from '@/components/form-fields';
import type { Meeting } from '../api/meetings';
import { useCountUnnamed } from '../api/register';

type Category = 'layMembers' | 'serviceUsers' | 'professionals' | 'stakeholders';

const CATEGORIES: { key: Category; label: string }[] = [
  { key: 'layMembers', label: 'Lay members and residents' },
  { key: 'serviceUsers', label: 'Service users' },
  { key: 'professionals', label: 'Health and care professionals' },
  { key: 'stakeholders', label: 'Stakeholders (voluntary groups and others)' },
];

const inputId = (key: Category) => `unnamed-${key}`;

/** A whole number from 0, or the message to show at the field. */
function checkCount(value: string): string | undefined {
  return /^\d{1,6}$/.test(value.trim()) ? undefined : 'Enter a whole number, 0 or more';
}

/** "50 people attended (3 on the register, 47 not named)": the headcount everyone sees. */
export function headcountSummary(counts: Meeting['attendanceCounts'] | undefined): string {
  const headcount = counts?.headcount ?? counts?.attended ?? 0;
  const unnamed = counts?.unnamed?.total ?? 0;
  const people = `${headcount} ${headcount === 1 ? 'person' : 'people'} attended`;
  return unnamed > 0 ? `${people} (${counts?.attended ?? 0} on the register, ${unnamed} not named)` : people;
}

/**
 * The people who came without being on the register, counted per category (a 50-person workshop
 * names only a few): the headcount on the meeting and its public notes adds them up.
 */
export function UnnamedAttendanceForm({ meeting }: { meeting: Meeting }) {
  const save = useCountUnnamed(meeting.id ?? '');
  const unnamed = meeting.attendanceCounts?.unnamed;
  const [values, setValues] = useState<Record<Category, string>>(() => ({
    layMembers: String(unnamed?.layMembers ?? 0),
    serviceUsers: String(unnamed?.serviceUsers ?? 0),
    professionals: String(unnamed?.professionals ?? 0),
    stakeholders: String(unnamed?.stakeholders ?? 0),
  }));
  const [checked, setChecked] = useState<Partial<Record<Category, string>>>({});
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const problems: Partial<Record<Category, string>> = {};
    for (const { key } of CATEGORIES) {
      const problem = checkCount(values[key]);
      if (problem) problems[key] = problem;
    }
    setChecked(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      {
        layMembers: Number(values.layMembers),
        serviceUsers: Number(values.serviceUsers),
        professionals: Number(values.professionals),
        stakeholders: Number(values.stakeholders),
        version: meeting.version ?? 0,
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  const localErrors = CATEGORIES.filter(({ key }) => checked[key]);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="unnamed-heading">
      <h3 id="unnamed-heading">Unnamed attendees</h3>
      <p className="nhsuk-hint">People who attended but are not on the register, by category.</p>
      {localErrors.length > 0 && (
        <div className="nhsuk-error-summary" aria-labelledby="unnamed-error-title" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title" id="unnamed-error-title">
            There is a problem
          </h2>
          <div className="nhsuk-error-summary__body">
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {localErrors.map(({ key, label }) => (
                <li key={key}>
                  <a href={`#${inputId(key)}`}>
                    {label}: {checked[key]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <ErrorSummary error={save.error} fields={Object.fromEntries(CATEGORIES.map(({ key }) => [key, inputId(key)]))} />
      {CATEGORIES.map(({ key, label }) => (
        <TextInput
          key={key}
          id={inputId(key)}
          label={label}
          inputMode="numeric"
          width="4"
          value={values[key]}
          onChange={(v) => setValues((current) => ({ ...current, [key]: v }))}
          error={checked[key] ?? fieldError(save.error, key)}
        />
      ))}
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={save.isPending}>
        Save unnamed attendees
      </button>
      {saved && (
        <p role="status" className="nhsuk-body-s">
          Unnamed attendees saved.
        </p>
      )}
    </form>
  );
}
