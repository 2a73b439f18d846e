import { parseDecimal, parseWholeNumber } from './numbers';

describe('parseWholeNumber', () => {
  it('reads whole numbers, with or without thousands commas', () => {
    expect(parseWholeNumber('50', 'Reach')).toEqual({ value: 50 });
    expect(parseWholeNumber(' 1,200 ', 'Reach')).toEqual({ value: 1200 });
    expect(parseWholeNumber('', 'Reach')).toEqual({ value: undefined });
  });

  it('never reads words, fractions or signs as blank', () => {
    const error = { error: 'Enter reach as a whole number, like 50' };
    expect(parseWholeNumber('over 50', 'Reach')).toEqual(error);
    expect(parseWholeNumber('12.5', 'Reach')).toEqual(error);
    expect(parseWholeNumber('-3', 'Reach')).toEqual(error);
    expect(parseWholeNumber('1e3', 'Reach')).toEqual(error);
  });
});

describe('parseDecimal', () => {
  it('reads up to two decimal places', () => {
    expect(parseDecimal('2.5', 'Hours')).toEqual({ value: 2.5 });
    expect(parseDecimal('12', 'Miles')).toEqual({ value: 12 });
    expect(parseDecimal('about 3', 'Hours')).toEqual({ error: 'Enter hours as a number, like 2.5' });
  });
});
