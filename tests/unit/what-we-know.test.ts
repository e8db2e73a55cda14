// The "What we know, and what we don't" box's lists (src/lib/what-we-know) and its build check
// (src/lib/checks/check-known.ts): which point goes where, what each item says and links to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boxTagsIn } from '../../src/lib/checks/check-known';
import { sourceIndex } from '../../src/lib/format/citations';
import { validateContent } from '../../src/lib/checks/validate';
import { parseYaml } from '../../src/lib/checks/yaml';
import { aboutHref, isAgreedPoint, isReportedPoint, outletsOf, sortKnownEntries, whatWeKnow } from '../../src/lib/what-we-know/lists';
import { knownEntrySchema, type KnownEntry } from '../../src/schemas/known';
import { positionSchema, type Position } from '../../src/schemas/position';
import { sourceSchema, type Source } from '../../src/schemas/source';
import { mapSchema } from '../../src/schemas/map';
import { loadFixture, ROOT } from './checks/fixtures';
import { MAIN_WORDS as words } from '../helpers/vocabulary';

const readList = <T>(file: string, parse: (v: unknown) => T): T[] =>
  (parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data', file), 'utf8')) as { value: unknown[] }).value.map(parse);

const point = (over: Partial<Position>): Position => ({
  id: 'p',
  label: 'P',
  side: 'us',
  status: 'present',
  what: 'x',
  lat: 50,
  lng: 20,
  marks: 'x',
  coordinateSource: 's9',
  strength: { text: 'none published' },
  confidence: 'high',
  sources: ['s1'],
  ...over,
});

const source = (id: string, outlet: string): Source => ({ id, outlet, title: `Title ${id}`, date: '2022-02-01' });
const SOURCES = sourceIndex([source('s1', 'Wire'), source('s2', 'Wire'), source('s3', 'Paper'), source('s9', 'Gazetteer')]);

const entry = (over: Partial<KnownEntry>): KnownEntry => ({
  id: 'e',
  list: 'reported',
  what: 'A figure',
  who: 'Someone',
  date: '2022-02-05',
  sources: ['s1'],
  about: { section: 'one' },
  ...over,
});

describe('which list a map point goes in', () => {
  it.each([
    ['present, high', { status: 'present', confidence: 'high' }, 'agreed'],
    ['arriving, high', { status: 'arriving', confidence: 'high' }, 'agreed'],
    ['drawn down, high', { status: 'drawn-down', confidence: 'high' }, 'agreed'],
    ['present, medium', { status: 'present', confidence: 'medium' }, 'neither'],
    ['present, low', { status: 'present', confidence: 'low' }, 'reported'],
    ['exercise area, low', { status: 'exercise-area', confidence: 'low' }, 'reported'],
    ['unconfirmed, medium', { status: 'unconfirmed', confidence: 'medium' }, 'reported'],
    // An order can be certain and still not have happened: announced is never "agreed".
    ['announced, high', { status: 'announced', confidence: 'high' }, 'reported'],
  ] as const)('%s: %s', (_, over, expected) => {
    const p = point(over);
    expect(isAgreedPoint(p, words) && isReportedPoint(p, words)).toBe(false);
    expect(isAgreedPoint(p, words) ? 'agreed' : isReportedPoint(p, words) ? 'reported' : 'neither').toBe(expected);
  });

  // The build cannot leave a point out of "Reported, not confirmed", or put a low one in the first
  // list: the lists are drawn from positions.yaml itself. Checked on the real story's points.
  const positions = readList('positions.yaml', (v) => positionSchema.parse(v));
  const box = whatWeKnow({ asOf: '2022-02-07', positions, entries: [], sources: sourceIndex(readList('sources.yaml', (v) => sourceSchema.parse(v))), base: '/', words });
  const linked = (items: { href: string }[]) => items.map((i) => i.href.replace('/positions/#position-', ''));

  it('every unconfirmed, announced or low-confidence point of the story is in "Reported, not confirmed"', () => {
    const expected = positions.filter((p) => ['unconfirmed', 'announced'].includes(p.status) || p.confidence === 'low').map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(linked(box.reported)).toEqual(expected);
  });

  it('"What the sources agree on" holds every high-confidence point of the story, and only those', () => {
    const agreed = positions.filter((p) => linked(box.agreed).includes(p.id));
    expect(agreed.length).toBeGreaterThan(0);
    expect(agreed.every((p) => p.confidence === 'high' && !['unconfirmed', 'announced'].includes(p.status))).toBe(true);
    expect(agreed.length).toBe(positions.filter((p) => p.confidence === 'high' && !['unconfirmed', 'announced'].includes(p.status)).length);
  });

  it('every point in the box names at least one source', () => {
    expect([...box.agreed, ...box.reported].every((i) => i.outlets.length > 0)).toBe(true);
  });
});

describe('what an item says', () => {
  it('a point: its label, its status (with its confidence in the second list), its date, its outlets each once', () => {
    const box = whatWeKnow({
      asOf: '2022-02-07',
      positions: [
        point({ id: 'a', label: 'Alpha', asOf: '2022-02-01', sources: ['s1', 's2', 's3'] }),
        point({ id: 'b', label: 'Bravo', status: 'exercise-area', confidence: 'low', asOfNote: 'Plan only', sources: ['s3', 's9'] }),
      ],
      entries: [],
      sources: SOURCES,
      base: '/',
      words,
    });
    expect(box.asOf).toBe('7 Feb 2022');
    expect(box.agreed).toEqual([{ href: '/positions/#position-a', title: 'Alpha', detail: 'present, as of 1 Feb 2022', outlets: ['Wire', 'Paper'] }]);
    // The coordinate's own reference (s9 here) says where the point is drawn, not who reports forces there.
    expect(box.reported).toEqual([{ href: '/positions/#position-b', title: 'Bravo', detail: 'exercise area, low confidence, no date known', outlets: ['Paper'] }]);
  });

  it('an entry: what, who and when, its note and its outlets; each list by date', () => {
    const box = whatWeKnow({
      asOf: '2022-02-07',
      positions: [],
      entries: [
        entry({ id: 'late', list: 'later', date: '2022-12', dateNote: 'late 2022', about: { position: 'p1' }, sources: ['s3'] }),
        entry({ id: 'second', date: '2022-02-06', who: 'Officials', note: 'Not a count.', about: { statement: 'st' } }),
        entry({ id: 'first', date: '2022-02', who: 'A minister', sources: ['s1', 's2'] }),
        entry({ id: 'sure', list: 'agreed', confidence: 'high', sources: ['s1', 's3'] }),
      ],
      sources: SOURCES,
      base: '/sub/',
      words,
    });
    expect(box.agreed.map((i) => i.outlets)).toEqual([['Wire', 'Paper']]);
    expect(box.reported).toEqual([
      { href: '/sub/#one', title: 'A figure', detail: 'A minister, Feb 2022', outlets: ['Wire'] },
      { href: '/sub/#statement-st', title: 'A figure', detail: 'Officials, 6 Feb 2022', note: 'Not a count.', outlets: ['Wire'] },
    ]);
    expect(box.later).toEqual([{ href: '/sub/positions/#position-p1', title: 'A figure', detail: 'Someone, late 2022', outlets: ['Paper'] }]);
  });

  it('links go to the point in the table, the statement in "Who said what", or the section, under the deploy base', () => {
    expect(aboutHref({ position: 'x' }, '/')).toBe('/positions/#position-x');
    expect(aboutHref({ statement: 'x' }, '/deep/sub/path/')).toBe('/deep/sub/path/#statement-x');
    expect(aboutHref({ section: 'x' }, '/deep/sub/path/')).toBe('/deep/sub/path/#x');
  });

  it('entries sort by date (the first day a partial date covers), then by id', () => {
    const sorted = sortKnownEntries([entry({ id: 'b', date: '2022-02' }), entry({ id: 'c', date: '2022-01-31' }), entry({ id: 'a', date: '2022-02-01' })]);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('outlets come once each, in the order cited', () => {
    expect(outletsOf(['s3', 's1', 's2'], SOURCES)).toEqual(['Paper', 'Wire']);
  });
});

describe('the story’s own known.yaml', () => {
  const entries = readList('known.yaml', (v) => knownEntrySchema.parse(v));
  const [map] = readList('map.yaml', (v) => mapSchema.parse(v));

  it('fills all three lists, and every agreed entry is high confidence', () => {
    const lists = new Set(entries.map((e) => e.list));
    expect(lists).toEqual(new Set(['agreed', 'reported', 'later']));
    expect(entries.filter((e) => e.list === 'agreed').every((e) => e.confidence === 'high')).toBe(true);
  });

  it('dates "later" entries after the map’s date and the others on or before it', () => {
    for (const e of entries) expect(e.list === 'later' ? e.date > map!.asOf : e.date <= map!.asOf, e.id).toBe(true);
  });
});

describe('the box in the build check', () => {
  it('counts <WhatWeKnow /> tags, not those in MDX comments', () => {
    expect(boxTagsIn('text\n\n<WhatWeKnow />\n')).toBe(1);
    expect(boxTagsIn('<WhatWeKnow/>\n\n<WhatWeKnow />')).toBe(2);
    expect(boxTagsIn('{/* <WhatWeKnow /> */}\n\n<WhatWeKnowMore />')).toBe(0);
  });

  it('a story may leave known.yaml out: the box then lists its map points only', () => {
    const raw = loadFixture();
    raw.files.known.text = null;
    expect(validateContent(raw)).toEqual([]);
  });
});
