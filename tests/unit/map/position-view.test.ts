// One position as readers see it: the fields the live map, the table, the static maps and the
// map's text all read (position-view.ts).
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/lib/corrections';
import { positionView } from '../../../src/lib/map/position-view';
import type { Source } from '../../../src/schemas/source';
import { VALID_WORDS as words } from '../../helpers/vocabulary';
import { movement, position } from './helpers';

const sources = new Map<string, Source>([
  ['s01', { id: 's01', outlet: 'Wire', title: 'Own story', date: '2022-02-06', url: 'https://wire.example/a' }],
  ['s02', { id: 's02', outlet: 'Paper', title: 'Copy only', date: '2022-01-27', dateNote: '2022-01-27/28 across the outlets', copyUrls: ['https://copy.example/x'] }],
  ['s03', { id: 's03', outlet: 'Blog', title: 'Undated' }],
]);

describe('positionView', () => {
  const p = position('ru-a', {
    label: 'Klintsy (Bryansk oblast)',
    asOf: '2022-02-02',
    asOfNote: 'Announced',
    strength: { text: 'about 3,000' },
    sources: ['s01', 's02', 's03'],
    note: 'A note.',
    confidenceNote: 'One source.',
  });
  const v = positionView(p, { words, sources });

  it('names the position, its side and status in the story’s words', () => {
    expect(v).toMatchObject({ id: 'ru-a', label: 'Klintsy (Bryansk oblast)', short: 'Klintsy', side: 'russia', status: 'present' });
    expect(v.sideName).toBe(words.sideName(p));
    expect(v.statusName).toBe(words.status('present').name);
    expect(v.symbol).toEqual(words.symbol(p));
  });

  it('gives the as-of text with its note, and the date alone for the map’s sentences', () => {
    expect(v.asOf).toBe('2 Feb 2022 (Announced)');
    expect(v.asOfDate).toBe('2 Feb 2022');
    const undated = positionView(position('x', { asOf: undefined, asOfNote: undefined }), { words, sources });
    expect(undated.asOf).toBe('no date known');
    expect(undated).not.toHaveProperty('asOfDate');
  });

  it('carries what, strength, confidence and notes as text, leaving out the notes it lacks', () => {
    expect(v).toMatchObject({ what: 'Units.', strength: 'about 3,000', confidence: 'medium', confidenceNote: 'One source.', note: 'A note.' });
    const bare = positionView(position('y'), { words, sources });
    expect(bare).not.toHaveProperty('note');
    expect(bare).not.toHaveProperty('confidenceNote');
  });

  it('lists the sources in order, each date by the one rule (sourceDateText), copies never linked', () => {
    expect(v.sources).toEqual([
      { outlet: 'Wire', title: 'Own story', date: '6 Feb 2022', url: 'https://wire.example/a', copyOnly: false },
      { outlet: 'Paper', title: 'Copy only', date: '27/28 Jan 2022 across the outlets', copyOnly: true },
      { outlet: 'Blog', title: 'Undated', copyOnly: false },
    ]);
  });

  it('fails on a source the story lacks', () => {
    expect(() => positionView(position('z', { sources: ['s99'] }), { words, sources })).toThrow(/s99/);
  });

  it('gathers the corrections to the position and to its movements, newest first', () => {
    const c = (id: string, date: string, touches: Correction['touches']): Correction => ({ id, date, wrong: `Was ${id}.`, now: `Now ${id}.`, touches });
    const corrections = [c('old', '2026-11-02', { positions: ['ru-a'] }), c('move', '2026-12-01', { movements: ['m-1'] }), c('other', '2026-12-02', { positions: ['else'] })];
    const movements = [movement('m-1', 'ru-a', 'else')];
    const withNotes = positionView(p, { words, sources, corrections, movements });
    expect(withNotes.corrections.map((n) => n.date)).toEqual(['2026-12-01', '2026-11-02']);
    expect(withNotes.corrections[0]!.dateLabel).toBe('1 Dec 2026');
    expect(withNotes.corrections[0]!.text).toContain('Now move.');
    expect(v.corrections).toEqual([]);
  });
});
