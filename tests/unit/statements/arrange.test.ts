import { describe, expect, it } from 'vitest';
import { NO_DATE_LABEL, arrangeStatements, countLabel, matchesFilter, type ArrangeItem } from '../../../src/lib/statements/arrange';

const items: ArrangeItem[] = [
  { id: 'a', speaker: 'macron', side: 'nato', date: '2022-02-07', reading: 0 },
  { id: 'b', speaker: 'russia', side: 'russia', reading: 1 },
  { id: 'c', speaker: 'peskov', side: 'russia', date: '2022-02-07', reading: 2 },
  { id: 'd', speaker: 'russia', side: 'russia', date: '2021-12-17', reading: 3 },
  { id: 'e', speaker: 'sullivan', side: 'us', date: '2022-02', reading: 4 },
  { id: 'f', speaker: 'sullivan', side: 'us', date: '2022-02-06', reading: 5 },
];
const names = new Map([
  ['peskov', 'Dmitry Peskov'],
  ['macron', 'Emmanuel Macron'],
  ['russia', 'Russian government'],
  ['sullivan', 'Jake Sullivan'],
]);
const all = { speaker: '', side: '' };
const ids = (groups: { ids: string[] }[]) => groups.map((g) => g.ids);

describe('arrangeStatements', () => {
  it('reading order: one unlabelled group, in reading order', () => {
    const shuffled = [items[3]!, items[0]!, items[5]!, items[1]!, items[4]!, items[2]!];
    expect(arrangeStatements(shuffled, all, 'reading', names)).toEqual([{ ids: ['a', 'b', 'c', 'd', 'e', 'f'] }]);
  });

  it('filters by speaker, by side, and by both', () => {
    expect(ids(arrangeStatements(items, { speaker: 'russia', side: '' }, 'reading', names))).toEqual([['b', 'd']]);
    expect(ids(arrangeStatements(items, { speaker: '', side: 'russia' }, 'reading', names))).toEqual([['b', 'c', 'd']]);
    expect(arrangeStatements(items, { speaker: 'macron', side: 'russia' }, 'reading', names)).toEqual([]);
    expect(matchesFilter(items[0]!, all)).toBe(true);
  });

  it('by date: a group per date, earliest first, a month before its days, undated last', () => {
    expect(arrangeStatements(items, all, 'date', names)).toEqual([
      { label: '17 Dec 2021', ids: ['d'] },
      { label: 'Feb 2022', ids: ['e'] },
      { label: '6 Feb 2022', ids: ['f'] },
      { label: '7 Feb 2022', ids: ['a', 'c'] },
      { label: NO_DATE_LABEL, ids: ['b'] },
    ]);
  });

  it('by speaker: groups in the order of the names given, each in reading order', () => {
    expect(arrangeStatements(items, all, 'speaker', names)).toEqual([
      { label: 'Dmitry Peskov', ids: ['c'] },
      { label: 'Emmanuel Macron', ids: ['a'] },
      { label: 'Russian government', ids: ['b', 'd'] },
      { label: 'Jake Sullivan', ids: ['e', 'f'] },
    ]);
    expect(arrangeStatements(items, { speaker: '', side: 'us' }, 'speaker', names)).toEqual([{ label: 'Jake Sullivan', ids: ['e', 'f'] }]);
  });
});

describe('countLabel', () => {
  it('says how many are shown', () => {
    expect(countLabel(16, 16)).toBe('Showing all 16 statements');
    expect(countLabel(3, 16)).toBe('Showing 3 of 16 statements');
    expect(countLabel(1, 1)).toBe('Showing 1 statement');
    expect(countLabel(0, 16)).toBe('No statement matches these filters');
  });
});
