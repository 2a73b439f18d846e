import { addDays, financialYearOf, formatDate, formatTimeRange, londonDateTime, londonParts } from './dates';

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
