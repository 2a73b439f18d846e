import type { Parsed } from './dates';

/**
 * A whole number as typed ("50", "1,200"), or the message to show at the field: "over 50"
 * is never read as blank. Blank is undefined (not given).
 */
export function parseWholeNumber(value: string, label: string): Parsed<number | undefined> {
  const text = value.trim().replace(/,/g, '');
  if (text === '') return { value: undefined };
  if (!/^\d{1,9}$/.test(text)) return { error: `Enter ${label.toLowerCase()} as a whole number, like 50` };
  return { value: Number(text) };
}

/** A number with up to two decimal places ("2.5" hours, "12.25" miles), or the message; blank is undefined. */
export function parseDecimal(value: string, label: string): Parsed<number | undefined> {
  const text = value.trim().replace(/,/g, '');
  if (text === '') return { value: undefined };
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(text)) return { error: `Enter ${label.toLowerCase()} as a number, like 2.5` };
  return { value: Number(text) };
}
