// A source's date reads the same wherever it is shown: one rule, sourceDateText.
import { describe, expect, it } from 'vitest';
import { sourceDateText } from '../../../src/lib/format/citations';

describe('sourceDateText', () => {
  it('shows a bare date short, and nothing when there is neither date nor note', () => {
    expect(sourceDateText({ date: '2022-02-07' })).toBe('7 Feb 2022');
    expect(sourceDateText({ date: '2022-01' })).toBe('Jan 2022');
    expect(sourceDateText({})).toBeUndefined();
  });

  it('rewrites ISO days and day ranges in the note the way the page shows dates', () => {
    // s13 in the main story.
    expect(sourceDateText({ date: '2022-01-27', dateNote: '2022-01-27/28 across the outlets' })).toBe('27/28 Jan 2022 across the outlets');
    expect(sourceDateText({ date: '2022-01-19', dateNote: '2022-01-19/20' })).toBe('19/20 Jan 2022');
    expect(sourceDateText({ date: '2022-02-06', dateNote: '2022-02-06 (Feb 2022 issue)' })).toBe('6 Feb 2022 (Feb 2022 issue)');
  });

  it('lets a note that already gives the date stand alone', () => {
    expect(sourceDateText({ date: '2021-12', dateNote: 'Dec 2021' })).toBe('Dec 2021');
    expect(sourceDateText({ date: '2022-01', dateNote: 'late Jan 2022; we could not find the exact date' })).toBe('late Jan 2022; we could not find the exact date');
    expect(sourceDateText({ date: '2022', dateNote: 'spring 2022' })).toBe('spring 2022');
    expect(sourceDateText({ date: '2022-02', dateNote: 'Feb 2022 (after 02-11)' })).toBe('Feb 2022 (after 02-11)');
  });

  it('adds a note that says something else after the date, never nesting brackets', () => {
    expect(sourceDateText({ date: '2022-01-27', dateNote: 'evening' })).toBe('27 Jan 2022 (evening)');
    expect(sourceDateText({ date: '2022-01-27', dateNote: 'evening (local time)' })).toBe('27 Jan 2022; evening (local time)');
    // A different day in the note does not stand for the source's own date.
    expect(sourceDateText({ date: '2022-01-27', dateNote: 'updated 2022-01-29' })).toBe('27 Jan 2022 (updated 29 Jan 2022)');
  });

  it('shows a note without a date as written, ISO days made readable', () => {
    expect(sourceDateText({ dateNote: 'late Jan 2022' })).toBe('late Jan 2022');
    expect(sourceDateText({ dateNote: 'before 2022-02-01' })).toBe('before 1 Feb 2022');
  });
});
