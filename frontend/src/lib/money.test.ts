import { describe, expect, it } from 'vitest';
import { formatPence, parsePounds, penceToPounds } from './money';

describe('money', () => {
  it('formats pence as pounds', () => {
    expect(formatPence(123450)).toBe('£1,234.50');
    expect(formatPence(undefined)).toBe('£0.00');
  });

  it('reads pounds typed by a person as integer pence, to the penny', () => {
    expect(parsePounds('12')).toBe(1200);
    expect(parsePounds('12.5')).toBe(1250);
    expect(parsePounds('£0.07')).toBe(7);
    expect(parsePounds('1,234.99')).toBe(123499);
    expect(parsePounds('12.345')).toBeUndefined();
    expect(parsePounds('abc')).toBeUndefined();
  });

  it('writes pence back for an input', () => {
    expect(penceToPounds(1250)).toBe('12.50');
    expect(penceToPounds(undefined)).toBe('');
  });
});
