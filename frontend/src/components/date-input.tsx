import type { ReactNode } from 'react';
import { dateInputParts, dateInputValue, parseDateInput, type DatePart, type DateParts } from '@/lib/dates';
import { TextInput } from './form-fields';

interface DateInputProps {
  /** The boxes get the ids `<id>-day`, `<id>-month` and `<id>-year`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** yyyy-mm-dd once the boxes hold a real date, else "year-month-day" as typed (see dateInputValue). */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** The box the error is about; without it all three are marked. */
  errorPart?: DatePart | undefined;
}

const BOXES: readonly { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: '2' },
  { part: 'month', label: 'Month', width: '2' },
  { part: 'year', label: 'Year', width: '4' },
];

/** The id an error summary links to for a date input: its first box. */
export function dateInputId(id: string): string {
  return `${id}-day`;
}

/**
 * The NHS.UK date input: day, month and year boxes, so the date never depends on the
 * browser's locale (a native date field shows 02/09/2020 to an en-US browser as February).
 */
export function DateInput({
  id,
  legend,
  hint = 'For example, 2 9 2020',
  value,
  onChange,
  error,
  errorPart,
}: DateInputProps) {
  const parts = dateInputParts(value);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const setPart = (part: keyof DateParts, text: string) => {
    const typed = dateInputValue({ ...parts, [part]: text });
    onChange(parseDateInput(typed, 'Date').value ?? typed);
  };
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset"
        role="group"
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        id={id}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
        {error && (
          <span className="nhsuk-error-message" id={errorId}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className="nhsuk-date-input">
          {BOXES.map(({ part, label, width }) => {
            const marked = Boolean(error) && (errorPart === undefined || errorPart === part);
            return (
              <div className="nhsuk-date-input__item" key={part}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
                    {label}
                  </label>
                  <input
                    className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${marked ? ' nhsuk-input--error' : ''}`}
                    id={`${id}-${part}`}
                    name={`${id}-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={parts[part]}
                    onChange={(e) => setPart(part, e.target.value)}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

interface TimeInputProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** "hh:mm" in 24-hour UK time, as typed. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A 24-hour UK time typed as text ("14:30"): a native time field follows the browser's locale. */
export function TimeInput({
  id,
  label,
  hint = 'UK time, 24-hour clock, for example 14:30',
  value,
  onChange,
  error,
}: TimeInputProps) {
  return (
    <TextInput
      id={id}
      label={label}
      hint={hint}
      width="5"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
