import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, clampTitle, datedDescription, pageModified, pageTitle } from '../../src/lib/page-meta';
import type { Correction } from '../../src/lib/corrections';

describe('pageTitle', () => {
  it('adds the site name when it fits', () => {
    expect(pageTitle('US troops head east', 'Macron in Moscow')).toBe('US troops head east · Macron in Moscow explainer');
  });
  it('falls back to "· Explainer", then to the name alone', () => {
    expect(pageTitle('Macron visiting Russia in push to deescalate tensions', 'Macron in Moscow')).toBe(
      'Macron visiting Russia in push to deescalate tensions · Explainer',
    );
    const name = 'A name that is long enough to leave no room for even the short suffix';
    expect(name.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(pageTitle(name, 'Macron in Moscow')).toBe(name);
  });
  it('never returns more than 70 characters', () => {
    for (const n of [10, 50, 69, 70, 71, 120, 300]) expect(pageTitle('word '.repeat(n / 5).trim() + 'x'.repeat(n % 5), 'Short').length).toBeLessThanOrEqual(70);
  });
});

describe('clampTitle', () => {
  it('leaves a title that fits alone', () => {
    expect(clampTitle('Short title')).toBe('Short title');
  });
  it('cuts at a word boundary with an ellipsis, dropping a dangling separator', () => {
    const cut = clampTitle('The Kremlin, paraphrase: The Kremlin believes that while the meeting is important, it does not expect', 40);
    expect(cut).toBe('The Kremlin, paraphrase: The Kremlin…');
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(clampTitle('one two three · four', 16)).toBe('one two three…');
  });
  it('closes a quotation it cuts inside', () => {
    const cut = clampTitle('The White House: “discussed ongoing diplomatic and deterrence efforts in response”', 50);
    expect(cut).toBe('The White House: “discussed ongoing diplomatic…”');
    expect(cut.length).toBeLessThanOrEqual(50);
  });
  it('cuts a single over-long word inside the word', () => {
    expect(clampTitle('x'.repeat(100))).toHaveLength(70);
  });
});

describe('pageModified', () => {
  const c = (id: string, date: string, statements: string[] = []): Correction => ({ id, date, wrong: 'w', now: 'n', touches: { statements } });
  it('is the newest correction that applies, else the publication date', () => {
    const log = [c('a', '2026-11-02', ['one']), c('b', '2026-12-01', ['two'])];
    expect(pageModified(log, '2022-02-07')).toBe('2026-12-01');
    expect(pageModified(log, '2022-02-07', (x) => x.touches.statements!.includes('one'))).toBe('2026-11-02');
    expect(pageModified(log, '2022-02-07', () => false)).toBe('2022-02-07');
  });
});

describe('datedDescription', () => {
  it('puts the date in front of a summary', () => {
    expect(datedDescription('Washington warns Russia could attack any day now.', '2022-02-07')).toBe('7 Feb 2022: Washington warns Russia could attack any day now.');
  });
});
