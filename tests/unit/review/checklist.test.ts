// The pre-publish checklist: each check finds what it names, and nothing else.
import { describe, expect, it } from 'vitest';
import { checklist, mayNeedSense, type ChecklistInput } from '../../../src/lib/review/checklist';

const input: ChecklistInput = {
  positions: {
    file: 'p.yaml',
    entries: [
      { id: 'dated', asOf: '2022-02-07', confidence: 'high' },
      { id: 'undated', asOfNote: 'no date in the sources', confidence: 'low' },
    ],
  },
  movements: { file: 'm.yaml', entries: [{ id: 'move', confidence: 'low', confidenceNote: 'one report' }] },
  statements: {
    file: 's.yaml',
    entries: [
      { id: 'short', kind: 'quote', text: 'short-term victories' },
      { id: 'explained', kind: 'quote', text: 'short-term victories', sense: 'Our words.' },
      { id: 'whole', kind: 'quote', text: 'We are ready to talk about all of it today.' },
      { id: 'para', kind: 'paraphrase', text: 'ready' },
    ],
  },
  corrections: { file: 'c.yaml', entries: [{ id: 'today', date: '2026-12-03' }, { id: 'older', date: '2026-12-01' }] },
  all: [{ file: 'st.yaml', entries: [{ id: 'demo', headline: '[Placeholder] A headline' }] }],
  sections: [
    { file: 'a.mdx', id: 'a', body: 'Text ![](map.png) and <img src="x.png" alt="A map"> and <img src="y.png">' },
    { file: 'b.mdx', id: 'b', body: '[Placeholder] words' },
  ],
  shareTitles: [
    { file: 'st.yaml', entry: 'demo', title: 'x'.repeat(71) },
    { file: 'a.mdx', entry: 'a', title: 'x'.repeat(70) },
  ],
  today: '2026-12-03',
};

describe('checklist', () => {
  const groups = Object.fromEntries(checklist(input).map((g) => [g.title.split(' (')[0], g.items.map((i) => `${i.file} ${i.entry}`)]));
  it('lists each kind of thing to look at', () => {
    expect(groups['Positions without an as-of date']).toEqual(['p.yaml undated']);
    expect(groups['Low-confidence points']).toEqual(['p.yaml undated', 'm.yaml move']);
    expect(groups['Quoted fragments that may need a sense line']).toEqual(['s.yaml short']);
    expect(groups['Corrections dated today']).toEqual(['c.yaml today']);
    expect(groups['Placeholder text left']).toEqual(['st.yaml demo', 'b.mdx b']);
    expect(groups['Share titles over 70 characters']).toEqual(['st.yaml demo']);
    expect(groups['Images without alt text']).toEqual(['a.mdx a', 'a.mdx a']);
  });
  it('asks for a sense only for quoted fragments without one', () => {
    expect(mayNeedSense({ kind: 'quote', text: 'a whole sentence that is long enough here.' })).toBe(true);
    expect(mayNeedSense({ kind: 'quote', text: 'A whole sentence that is long enough here.' })).toBe(false);
  });
});
