// Meetings happen in Europe/London whatever the viewer's time zone: show and enter times there.
const ZONE = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "Wednesday 17 July 2024" (a LocalDate, or the London date of an instant). */
export function formatDate(value: string | undefined | null): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return dateFormat.format(date).replace(',', '');
}

export function formatShortDate(value: string | undefined | null): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return shortDateFormat.format(date);
}

/** "Wednesday 17 July 2024 at 13:45", in London. */
export function formatMoment(value: string | null | undefined): string {
  return value ? `${formatDate(value)} at ${formatTime(value)}` : '';
}

/** "13:45" in London. */
export function formatTime(value: string | undefined | null): string {
  return value ? timeFormat.format(new Date(value)) : '';
}

/** "13:45 to 16:00" / "time to be confirmed". */
export function formatTimeRange(
  start: string | null | undefined,
  end: string | null | undefined,
  confirmed = true,
): string {
  if (!confirmed) return 'time to be confirmed';
  if (!start) return '';
  return end ? `${formatTime(start)} to ${formatTime(end)}` : formatTime(start);
}

interface LondonParts {
  date: string;
  time: string;
}

/** The London wall-clock date (yyyy-mm-dd) and time (hh:mm) of an instant. */
export function londonParts(value: string | Date): LondonParts {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(typeof value === 'string' ? new Date(value) : value).map((p) => [p.type, p.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const asUtc = Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return Math.round((asUtc - instant) / 60_000);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2024-07-17" + "13:45" in London -> "2024-07-17T13:45:00+01:00". */
export function londonDateTime(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // The offset at the wall-clock time read as UTC is right except within an hour of a
  // change; asking again at the corrected instant settles it.
  let offset = londonOffsetMinutes(wall);
  offset = londonOffsetMinutes(wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${pad(hh ?? 0)}:${pad(mm ?? 0)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Today's date in London, yyyy-mm-dd. */
export function londonToday(): string {
  return londonParts(new Date()).date;
}

/** A London date moved by whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The UK public-sector financial year (1 April to 31 March) of a date, as the API writes it: "2025-26". */
export function financialYearOf(date: string): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The day, month and year boxes of a date input as typed (no leading zeros added or dropped). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/**
 * A date input's value is "year-month-day" as typed ("2020-9-2", "-9-"), or "" when all three
 * boxes are empty; a date from the server ("2020-09-02") reads the same way.
 */
export function dateInputParts(value: string): DateParts {
  const [year = '', month = '', day = ''] = value.split('-');
  const full = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const trim = (part: string) => (full ? String(Number(part)) : part);
  return { day: trim(day), month: trim(month), year };
}

export function dateInputValue({ day, month, year }: DateParts): string {
  const clean = (part: string) => part.replace(/-/g, '').trim();
  const parts = [clean(year), clean(month), clean(day)];
  return parts.every((p) => p === '') ? '' : parts.join('-');
}

export type DatePart = keyof DateParts;

export type Parsed<T> =
  { value: T; error?: undefined; part?: undefined } | { value?: undefined; error: string; part?: DatePart };

/**
 * A date input's value as yyyy-mm-dd, or the NHS.UK message saying what is wrong with it
 * ("Date received must include a month", "... must be a real date"). Blank is "" (no date).
 */
export function parseDateInput(value: string, label: string): Parsed<string> {
  if (value.trim() === '') return { value: '' };
  const { day, month, year } = dateInputParts(value);
  const missing = (['day', 'month', 'year'] as const).find((p) => ({ day, month, year })[p] === '');
  if (missing) return { error: `${label} must include a ${missing}`, part: missing };
  if (!/^\d{1,2}$/.test(day)) return { error: `${label} must be a real date`, part: 'day' };
  if (!/^\d{1,2}$/.test(month)) return { error: `${label} must be a real date`, part: 'month' };
  if (!/^\d{4}$/.test(year)) return { error: `Year of ${label.toLowerCase()} must include 4 numbers`, part: 'year' };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) {
    return { error: `${label} must be a real date` };
  }
  return { value: `${year}-${pad(m)}-${pad(d)}` };
}

/** A 24-hour time as typed ("9:30", "14.30", "1430") as hh:mm, or a message. Blank is "". */
export function parseTimeInput(value: string, label: string): Parsed<string> {
  const text = value.trim();
  if (text === '') return { value: '' };
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) {
    return { error: `Enter ${label.toLowerCase()} as a 24-hour time, like 14:30` };
  }
  return { value: `${pad(hours)}:${pad(minutes)}` };
}
