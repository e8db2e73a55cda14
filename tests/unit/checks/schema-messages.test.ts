// How schema findings are worded: the cases the fixtures do not cover, checked on single entries.
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../src/lib/checks/schema-problems';
import { formatProblem } from '../../../src/lib/checks/problems';
import { positionSchema } from '../../../src/schemas/position';
import { sourceSchema } from '../../../src/schemas/source';
import { statementSchema } from '../../../src/schemas/statement';
import { timelineEntrySchema } from '../../../src/schemas/timeline';
import { vocabularySchema } from '../../../src/schemas/vocabulary';

const where = { file: 'content/data/x.yaml', entry: '"x"' };
const messages = (schema: Parameters<typeof checkEntry>[0], raw: unknown) =>
  checkEntry(schema, raw, where).problems.map(formatProblem);

const position = {
  id: 'x', label: 'X', side: 'russia', status: 'present', what: 'W', lat: 50, lng: 30, marks: 'Town centre',
  coordinateSource: 's31', strength: { text: 'none published' }, confidence: 'high', sources: ['s01'],
};
const statement = {
  id: 'x', speaker: 'a', kind: 'quote', text: 'words', section: 'one', via: 'AP', sources: ['s01'],
};

describe('schema messages', () => {
  it('accepts a good entry', () => {
    expect(messages(positionSchema, position)).toEqual([]);
  });

  it('an empty source list', () => {
    expect(messages(positionSchema, { ...position, sources: [] })).toEqual([
      'content/data/x.yaml: entry "x", field "sources": needs at least one source id from sources.yaml',
    ]);
  });

  it('a value outside a list of choices', () => {
    expect(messages(positionSchema, { ...position, confidence: 'medium-low' })).toEqual([
      'content/data/x.yaml: entry "x", field "confidence": "medium-low" is not allowed; use one of: high, medium, low',
    ]);
  });

  it('a number written as text', () => {
    expect(messages(positionSchema, { ...position, lng: '30.1' })).toEqual([
      'content/data/x.yaml: entry "x", field "lng": must be a number, not the text "30.1"',
    ]);
  });

  it('a longitude out of range', () => {
    expect(messages(positionSchema, { ...position, lng: 200 })).toEqual([
      'content/data/x.yaml: entry "x", field "lng": 200 is not a longitude (must be between -180 and 180)',
    ]);
  });

  it('an unknown field inside a nested group names the nested path and its fields', () => {
    expect(messages(positionSchema, { ...position, strength: { text: 'n', troops: 5 } })).toEqual([
      'content/data/x.yaml: entry "x", field "strength.troops": is not a field of this entry; check the spelling (the fields are: text, min, max)',
    ]);
  });

  it('a bad item in a list says which item', () => {
    expect(messages(positionSchema, { ...position, sources: ['s01', 'S 2'] })).toEqual([
      'content/data/x.yaml: entry "x", field "sources" (item 2): "S 2" must be kebab-case: lower-case letters, digits and single hyphens',
    ]);
  });

  it('min above max', () => {
    expect(messages(positionSchema, { ...position, strength: { text: 't', min: 5, max: 1 } })).toEqual([
      'content/data/x.yaml: entry "x", field "strength.min": min must not be more than max',
    ]);
  });

  it('a month or year alone is a valid partial date; a 13th month is not', () => {
    expect(messages(positionSchema, { ...position, asOf: '2022-01' })).toEqual([]);
    expect(messages(positionSchema, { ...position, asOf: '2021' })).toEqual([]);
    expect(messages(positionSchema, { ...position, asOf: '2022-13' })).toEqual([
      'content/data/x.yaml: entry "x", field "asOf": "2022-13" is not a valid date (write YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known)',
    ]);
  });

  it('a statement kind that does not exist, and a missing text', () => {
    const { text: _text, ...noText } = statement;
    expect(messages(statementSchema, { ...noText, kind: 'claim' })).toEqual([
      'content/data/x.yaml: entry "x", field "kind": "claim" is not allowed; use one of: quote, paraphrase',
      'content/data/x.yaml: entry "x", field "text": is missing (required)',
    ]);
  });

  it('a source url must be a web address', () => {
    const source = { id: 's1', outlet: 'O', title: 'T', url: 'ftp://example.org/x' };
    expect(messages(sourceSchema, source)).toEqual([
      'content/data/x.yaml: entry "x", field "url": "ftp://example.org/x" is not a web address (it must start with https:// or http://)',
    ]);
  });

  it('a timeline span must end after it starts, and an unresolved date needs a label', () => {
    const entry = { id: 't', event: 'E', phrase: 'p', section: 's', date: '2022-02-06', resolved: true, confidence: 'high', sources: ['s01'] };
    expect(messages(timelineEntrySchema, { ...entry, endDate: '2022-02-05' })).toEqual([
      'content/data/x.yaml: entry "x", field "endDate": must be after date (leave endDate out for a single day)',
    ]);
    expect(messages(timelineEntrySchema, { ...entry, resolved: false })).toEqual([
      'content/data/x.yaml: entry "x", field "dateLabel": an unresolved date needs a dateLabel saying what is known, e.g. "late January 2024"',
    ]);
  });
});

describe('vocabulary messages', () => {
  const side = { id: 'us', map: { name: 'US forces', point: 'US forces', count: { one: 'a', other: 'b' }, shape: 'triangle', colour: '#1f5fbf' } };
  const vocabulary = {
    kicker: 'K',
    map: { title: 'T', name: 'map', point: { one: 'p', other: 'ps' }, overviewCaption: 'Every point' },
    sides: [side],
    statuses: [{ id: 'present', name: 'present', mark: 'solid', key: 'Solid' }],
  };

  it('accepts a good vocabulary, and names a bad colour, shape or mark by its place in the list', () => {
    expect(messages(vocabularySchema, vocabulary)).toEqual([]);
    expect(messages(vocabularySchema, { ...vocabulary, sides: [{ ...side, map: { ...side.map, colour: 'blue', shape: 'star' } }] })).toEqual([
      'content/data/x.yaml: entry "x", field "sides.map.shape" (item 1): "star" is not allowed; use one of: square, diamond, triangle, circle',
      'content/data/x.yaml: entry "x", field "sides.map.colour" (item 1): "blue" must be a colour written #rrggbb, e.g. "#1f5fbf"',
    ]);
    expect(messages(vocabularySchema, { ...vocabulary, statuses: [{ id: 'present', name: 'present', mark: 'bold', key: 'Solid' }] })).toEqual([
      'content/data/x.yaml: entry "x", field "statuses.mark" (item 1): "bold" is not allowed; use one of: solid, dot, dashed, struck, dotted, question',
    ]);
  });
});
