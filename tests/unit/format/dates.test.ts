import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../src/lib/format/dates';

describe('formatLongDate', () => {
  it('formats the publication date in British long form, without a comma', () => {
    expect(formatLongDate('2022-02-07')).toBe('Monday 7 February 2022');
  });
  it('reads dates as calendar days in UTC, whatever the machine time zone', () => {
    expect(formatLongDate('2022-01-01')).toBe('Saturday 1 January 2022');
    expect(formatLongDate('2021-12-31')).toBe('Friday 31 December 2021');
  });
  it('rejects something that is not a date', () => {
    expect(() => formatLongDate('7 Feb 2022')).toThrow(/not a valid date/);
    expect(() => formatLongDate('2022-02-30x')).toThrow(/not a valid date/);
  });
  it('rejects a day that does not exist instead of rolling over into the next month', () => {
    expect(() => formatLongDate('2022-02-30')).toThrow(/not a valid date/);
    expect(() => formatLongDate('2022-13-01')).toThrow(/not a valid date/);
  });
});
