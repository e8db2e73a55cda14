// Reading order, article text matching and date helpers.
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../../src/lib/checks/content-paths';
import { firstDay, formatShortDate, startsAfter } from '../../../src/lib/format/dates';
import { sortPositions, sortSources, sortStatements } from '../../../src/lib/order';
import { isQuotedIn, readSectionText } from '../../../src/lib/text/section-text';
import { sortTimeline, timelineDateLabel } from '../../../src/lib/timeline';
import { isRealDate } from '../../../src/schemas/fields';
import type { Position } from '../../../src/schemas/position';
import type { Statement } from '../../../src/schemas/statement';
import type { TimelineEntry } from '../../../src/schemas/timeline';

const mdx = `---
id: demo
order: 2
---

He said “any day now.” Then:
“We are in the window,” he added.

{/* an editor's comment */}

<Aside>markup</Aside>
`;

describe('section text', () => {
  const section = readSectionText(mdx);

  it('reads the frontmatter id and keeps only prose, whitespace collapsed', () => {
    expect(section.id).toBe('demo');
    expect(section.prose).toBe('He said “any day now.” Then: “We are in the window,” he added.');
  });

  it('finds words inside quotation marks, with or without the comma or full stop before ”', () => {
    expect(isQuotedIn(section.prose, 'any day now')).toBe(true);
    expect(isQuotedIn(section.prose, 'We are in the window')).toBe(true);
    expect(isQuotedIn(section.prose, 'he added')).toBe(false);
  });
});

describe('order', () => {
  const st = (id: string, section: string, text: string, context?: string): Statement => ({
    id, speaker: 's', kind: 'paraphrase', text, context, section, via: 'v', sources: ['s01'],
  });
  const sections = [
    { id: 'two', order: 2, prose: 'Alpha said “one.” Beta said “two.”' },
    { id: 'one', order: 1, prose: 'First words.' },
  ];

  it('sorts statements by section order, then by where their words appear', () => {
    const sorted = sortStatements(
      [st('beta', 'two', 'two', 'Beta said “two.”'), st('first', 'one', 'First words.'), st('alpha', 'two', 'one')],
      sections,
    );
    expect(sorted.map((s) => s.id)).toEqual(['first', 'alpha', 'beta']);
  });

  it('groups positions by side in the vocabulary’s order, then by label', () => {
    const p = (id: string, side: Position['side'], label: string) => ({ id, side, label }) as Position;
    const positions = [p('n', 'nato', 'A'), p('u', 'us', 'B'), p('r2', 'russia', 'Z'), p('r1', 'russia', 'K')];
    expect(sortPositions(positions, ['russia', 'us', 'nato']).map((x) => x.id)).toEqual(['r1', 'r2', 'u', 'n']);
    expect(sortPositions(positions, ['nato', 'russia', 'us']).map((x) => x.id)).toEqual(['n', 'r1', 'r2', 'u']);
  });

  it('sorts source ids with numbers read as numbers', () => {
    const ids = ['s100b', 's12a', 's02', 's12b', 's9'].map((id) => ({ id, outlet: 'o', title: 't' }));
    expect(sortSources(ids).map((s) => s.id)).toEqual(['s02', 's9', 's12a', 's12b', 's100b']);
  });
});

describe('dates', () => {
  it('knows real days from impossible ones', () => {
    expect(isRealDate('2022-02-28')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2022-02-29')).toBe(false);
    expect(isRealDate('2022-00')).toBe(false);
    expect(isRealDate('22-02-07')).toBe(false);
  });

  it('compares partial dates by their first day', () => {
    expect(firstDay('2022')).toBe('2022-01-01');
    expect(firstDay('2022-02')).toBe('2022-02-01');
    expect(startsAfter('2022-02', '2022-02-07')).toBe(false);
    expect(startsAfter('2022-02-08', '2022-02-07')).toBe(true);
    expect(startsAfter('2022-03', '2022-02-07')).toBe(true);
  });

  it('writes short dates', () => {
    expect(formatShortDate('2022-02-07')).toBe('7 Feb 2022');
    expect(formatShortDate('2022-01')).toBe('Jan 2022');
    expect(formatShortDate('2021')).toBe('2021');
  });

  it('labels timeline dates: a day, a span, or the editor’s label', () => {
    const e = (extra: Partial<TimelineEntry>): TimelineEntry => ({
      id: 'x', event: 'E', phrase: 'p', section: 's', date: '2022-02-07', resolved: true, confidence: 'high', sources: ['s'], ...extra,
    });
    expect(timelineDateLabel(e({}))).toBe('Monday 7 February 2022');
    expect(timelineDateLabel(e({ date: '2022-02-05', endDate: '2022-02-06' }))).toBe('Saturday 5 February 2022 – Sunday 6 February 2022');
    expect(timelineDateLabel(e({ date: '2022-01', resolved: false, dateLabel: 'late January 2022' }))).toBe('late January 2022');
    expect(sortTimeline([e({ id: 'b' }), e({ id: 'a' })]).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('content folder', () => {
  it('defaults to ./content and follows EXPLAINER_CONTENT_DIR', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ EXPLAINER_CONTENT_DIR: 'tests/fixtures/xss-story/' })).toBe('tests/fixtures/xss-story');
  });
});
