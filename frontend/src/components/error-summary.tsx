import { useEffect, useRef } from 'react';
import { describeProblem, isApiError, isInputError, type ApiError } from '@/lib/api/problem';

interface ErrorSummaryProps {
  error: unknown;
  /** Request field -> id of the input that edits it, so each error links to its input. */
  fields?: Record<string, string>;
}

/** Which input a request field belongs to: `successCriteria[2]` falls back to `successCriteria`. */
function inputFor(field: string | undefined, fields: Record<string, string>): string | undefined {
  if (!field) return undefined;
  return fields[field] ?? fields[field.replace(/[[.].*$/, '')];
}

function humanField(field: string): string {
  return field
    .replace(/([A-Z])/g, ' $1')
    .replace(/\[(\d+)\]/g, (_m, i: string) => ` ${Number(i) + 1}`)
    .toLowerCase();
}

/**
 * The NHS.UK error summary for a failed save: a problem+json's field errors, each linking to
 * its input (where the same message also shows), or the problem described by its status.
 * It takes focus when it appears, so screen reader users hear it.
 */
export function ErrorSummary({ error, fields = {} }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const { title, detail } = describeProblem(error);
  const fieldErrors = hasFieldErrors(error) ? error.fieldErrors : [];
  // A rule the record breaks (422) and input checked in the browser name each field with a whole sentence.
  const sentences = wordedAsSentences(error);
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {fieldErrors.length > 0 ? 'There is a problem' : title}
      </h2>
      <div className="nhsuk-error-summary__body">
        {fieldErrors.length === 0 && detail && <p>{detail}</p>}
        {fieldErrors.length > 0 && (
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {fieldErrors.map((e, i) => {
              const target = inputFor(e.field, fields);
              const text = sentences ? (e.message ?? '') : fieldMessage(e.field, e.message);
              return <li key={`${e.field}-${i}`}>{target ? <a href={`#${target}`}>{text}</a> : text}</li>;
            })}
          </ul>
        )}
      </div>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fieldMessage(field: string | undefined, message: string | undefined): string {
  return capitalise(`${humanField(field ?? 'request')} ${message ?? 'is not valid'}`);
}

/** The message to show next to the input for one request field, if the save failed on it. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!hasFieldErrors(error)) return undefined;
  const message = error.errorFor(field);
  if (message === undefined) return undefined;
  // A rule the record breaks (422) is worded for the person as a whole sentence; a field not valid (400) is not.
  return wordedAsSentences(error) ? message : fieldMessage(field, message);
}

/** Messages already worded as whole sentences: a rule the record breaks (422), input checked in the browser. */
function wordedAsSentences(error: unknown): boolean {
  return isInputError(error) || (isApiError(error) && error.status === 422);
}

/** Problems whose errors name fields: a request not valid (400), a record a rule refuses as it is (422). */
function hasFieldErrors(error: unknown): error is ApiError {
  return isApiError(error) && (error.status === 400 || error.status === 422) && error.fieldErrors.length > 0;
}

/** A message for a section that failed to load (the rest of the page still works). */
export function LoadError({ error, what }: { error: unknown; what: string }) {
  const { title, detail } = describeProblem(error);
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span>
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Could not load {what}
        </span>
      </h2>
      <p>
        {title}. {detail}
      </p>
    </div>
  );
}
