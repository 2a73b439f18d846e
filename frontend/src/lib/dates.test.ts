import {
  addDays,
  dateInputParts,
  dateInputValue,
  financialYearOf,
  formatDate,
  formatTimeRange,
  londonDateTime,
  londonParts,
  parseDateInput,
  parseTimeInput,
} from './dates';

describe('London times', () => {
  it('gives summer times the BST offset and winter times none', () => {
    expect(londonDateTime('2024-07-17', '13:45')).toBe('2024-07-17T13:45:00+01:00');
    expect(londonDateTime('2025-01-15', '10:00')).toBe('2025-01-15T10:00:00+00:00');
  });

  it('handles the days the clocks change', () => {
    expect(londonDateTime('2024-03-31', '00:30')).toBe('2024-03-31T00:30:00+00:00');
    expect(londonDateTime('2024-03-31', '10:00')).toBe('2024-03-31T10:00:00+01:00');
    expect(londonDateTime('2024-10-27', '12:00')).toBe('2024-10-27T12:00:00+00:00');
  });

  it('reads an instant back as London wall-clock time', () => {
    expect(londonParts('2024-07-17T12:45:00Z')).toEqual({ date: '2024-07-17', time: '13:45' });
    expect(londonParts('2024-07-17T23:30:00Z')).toEqual({ date: '2024-07-18', time: '00:30' });
  });

  it('formats for people', () => {
    expect(formatDate('2024-07-17')).toBe('Wednesday 17 July 2024');
    expect(formatTimeRange('2024-07-17T13:45:00+01:00', '2024-07-17T16:00:00+01:00')).toBe('13:45 to 16:00');
    expect(formatTimeRange('2024-07-17T00:00:00+01:00', undefined, false)).toBe('time to be confirmed');
  });

  it('moves dates by days across month ends', () => {
    expect(addDays('2024-07-31', 1)).toBe('2024-08-01');
  });
});

describe('financialYearOf', () => {
  it('runs from 1 April to 31 March', () => {
    expect(financialYearOf('2025-03-31')).toBe('2024-25');
    expect(financialYearOf('2025-04-01')).toBe('2025-26');
    expect(financialYearOf('2099-12-31')).toBe('2099-00');
  });
});

describe('the day, month and year boxes', () => {
  it('reads day, month and year in that order, whatever the browser locale', () => {
    expect(parseDateInput(dateInputValue({ day: '2', month: '9', year: '2020' }), 'Date')).toEqual({
      value: '2020-09-02',
    });
    expect(formatDate('2020-09-02')).toBe('Wednesday 2 September 2020');
  });

  it('names what is missing or wrong', () => {
    expect(parseDateInput(dateInputValue({ day: '2', month: '', year: '2020' }), 'Date received')).toEqual({
      error: 'Date received must include a month',
      part: 'month',
    });
    expect(parseDateInput('2021-2-31', 'Date')).toEqual({ error: 'Date must be a real date' });
    expect(parseDateInput('2021-13-1', 'Date')).toEqual({ error: 'Date must be a real date' });
    expect(parseDateInput('20-1-1', 'Due date')).toMatchObject({ error: 'Year of due date must include 4 numbers' });
    expect(parseDateInput('2021-x-1', 'Date')).toMatchObject({ error: 'Date must be a real date', part: 'month' });
    expect(parseDateInput('2024-2-29', 'Date')).toEqual({ value: '2024-02-29' });
    expect(parseDateInput('', 'Date')).toEqual({ value: '' });
  });

  it('shows a date from the server without leading zeros, and what was typed as typed', () => {
    expect(dateInputParts('2020-09-02')).toEqual({ day: '2', month: '9', year: '2020' });
    expect(dateInputParts('2020-09-')).toEqual({ day: '', month: '09', year: '2020' });
    expect(dateInputValue({ day: '', month: '', year: '' })).toBe('');
  });

  it('turns a London date and time either side of the clock changes into the right instant', () => {
    const instant = (date: string, time: string) => new Date(londonDateTime(date, time)).toISOString();
    expect(instant('2026-03-28', '09:00')).toBe('2026-03-28T09:00:00.000Z');
    expect(instant('2026-03-30', '09:00')).toBe('2026-03-30T08:00:00.000Z');
    expect(instant('2026-10-24', '23:30')).toBe('2026-10-24T22:30:00.000Z');
    expect(instant('2026-10-26', '23:30')).toBe('2026-10-26T23:30:00.000Z');
    expect(londonParts('2026-10-24T22:30:00Z')).toEqual({ date: '2026-10-24', time: '23:30' });
  });
});

describe('the 24-hour time field', () => {
  it('reads hh:mm, h:mm, hh.mm and hhmm', () => {
    expect(parseTimeInput('14:30', 'Start time')).toEqual({ value: '14:30' });
    expect(parseTimeInput('9:05', 'Start time')).toEqual({ value: '09:05' });
    expect(parseTimeInput('14.30', 'Start time')).toEqual({ value: '14:30' });
    expect(parseTimeInput('0930', 'Start time')).toEqual({ value: '09:30' });
    expect(parseTimeInput('', 'Start time')).toEqual({ value: '' });
  });

  it('refuses a 12-hour time or nonsense with a message', () => {
    const error = { error: 'Enter start time as a 24-hour time, like 14:30' };
    expect(parseTimeInput('2:30 PM', 'Start time')).toEqual(error);
    expect(parseTimeInput('24:00', 'Start time')).toEqual(error);
    expect(parseTimeInput('10:60', 'Start time')).toEqual(error);
    expect(parseTimeInput('soon', 'Start time')).toEqual(error);
  });
});
