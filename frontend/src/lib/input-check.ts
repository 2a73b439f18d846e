import { InputError, type FieldError } from './api/problem';
import { parseDateInput, parseTimeInput, type Parsed } from './dates';
import { parsePounds } from './money';
import { parseDecimal, parseWholeNumber } from './numbers';

/**
 * Reads a form's typed dates, times and numbers for a request, collecting what is wrong by
 * request field; `done()` throws them as one InputError so nothing is sent and no value is
 * dropped silently.
 */
export function inputCheck() {
  const errors: FieldError[] = [];
  const take = <T>(field: string, parsed: Parsed<T>, fallback: T): T => {
    if (parsed.error !== undefined) {
      errors.push({ field, message: parsed.error });
      return fallback;
    }
    return parsed.value;
  };
  return {
    /** yyyy-mm-dd, or "" when blank. */
    date: (field: string, value: string, label: string) => take(field, parseDateInput(value, label), ''),
    /** hh:mm, or "" when blank. */
    time: (field: string, value: string, label: string) => take(field, parseTimeInput(value, label), ''),
    whole: (field: string, value: string, label: string) => take(field, parseWholeNumber(value, label), undefined),
    decimal: (field: string, value: string, label: string) => take(field, parseDecimal(value, label), undefined),
    /** Integer pence from pounds as typed, or undefined when blank. */
    pounds: (field: string, value: string, label: string): number | undefined => {
      if (value.trim() === '') return undefined;
      const pence = parsePounds(value);
      if (pence === undefined) errors.push({ field, message: `Enter ${label.toLowerCase()} in pounds, like 12.50` });
      return pence;
    },
    /** Adds a message of the form's own (a required choice, say). */
    fail: (field: string, message: string) => {
      errors.push({ field, message });
    },
    done: () => {
      if (errors.length > 0) throw new InputError(errors);
    },
  };
}
