// The pure serialisers behind /data/*.{geojson,csv,json}.
import { describe, expect, it } from 'vitest';
import { sourceIndex } from '../../../src/lib/format/citations';
import { POSITIONS_CSV_HEADER, positionsCsv, positionsGeoJson } from '../../../src/lib/exports/positions-export';
import { statementsExport } from '../../../src/lib/exports/statements-export';
import { timelineExport } from '../../../src/lib/exports/timeline-export';
import type { Position } from '../../../src/schemas/position';
import type { Source } from '../../../src/schemas/source';
import type { Speaker } from '../../../src/schemas/speaker';
import type { Statement } from '../../../src/schemas/statement';
import type { TimelineEntry } from '../../../src/schemas/timeline';

const sources: Source[] = [
  { id: 's01', outlet: 'Outlet, Inc.', title: 'A "title"', date: '2022-02-07', url: 'https://example.org/a' },
  { id: 's02', outlet: 'Wire', title: 'B' },
];
const index = sourceIndex(sources);
const position = (id: string, lat: number, lng: number, extra: Partial<Position> = {}): Position => ({
  id, label: `Label ${id}`, side: 'russia', status: 'present', what: 'Tanks, artillery', lat, lng, marks: 'Town centre',
  coordinateSource: 's02', strength: { text: '~300', min: 300, max: 300 }, confidence: 'medium', sources: ['s01', 's02'], ...extra,
});
const positions = [position('b-second', 52.7603, 32.239), position('a-first', 44.3622, 28.4883, { note: 'line one\nline "two"' })];

describe('positions GeoJSON', () => {
  const geo = positionsGeoJson(positions, index);

  it('is a FeatureCollection of Points in [longitude, latitude] order', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [32.239, 52.7603] },
      { type: 'Point', coordinates: [28.4883, 44.3622] },
    ]);
  });

  it('keeps the order it is given and uses the id as the feature id', () => {
    expect(geo.features.map((f) => f.id)).toEqual(['b-second', 'a-first']);
  });

  it('carries every field in properties, with sources in full', () => {
    const { sources: cited, ...rest } = geo.features[0]!.properties;
    const { sources: _ids, ...fields } = positions[0]!;
    expect(rest).toEqual(fields);
    expect(cited).toEqual(sources);
  });
});

describe('positions CSV', () => {
  const csv = positionsCsv(positions, index);

  it('has the header and one row per feature', () => {
    const [header] = csv.split('\r\n');
    expect(header).toBe(POSITIONS_CSV_HEADER.join(','));
    // A quoted field may hold a line break, so count records by the id column's known values.
    expect(csv.match(/\r\n(b-second|a-first),/g)).toHaveLength(positionsGeoJson(positions, index).features.length);
  });

  it('quotes commas, quotes and line breaks, and lists sources with their citations', () => {
    expect(csv).toContain(',"Tanks, artillery",');
    expect(csv).toContain(',"line one\nline ""two"""\r\n');
    expect(csv).toContain(',s01; s02,"Outlet, Inc.: A ""title"" (2022-02-07) | Wire: B",');
  });

  it('has an area column, empty where a position has none', () => {
    const area = POSITIONS_CSV_HEADER.indexOf('area');
    expect(area).toBe(POSITIONS_CSV_HEADER.indexOf('side') + 1);
    const rows = positionsCsv([{ ...positions[0]!, id: 'in-crimea', area: 'crimea' }, positions[1]!], index).split('\r\n');
    expect(rows[1]).toMatch(/^in-crimea,Label b-second,russia,crimea,present,/);
    expect(rows.find((r) => r.startsWith('a-first,'))).toMatch(/^a-first,Label a-first,russia,,present,/);
  });
});

describe('statements JSON', () => {
  const speakers: Speaker[] = [
    { id: 'a', name: 'A Person', kind: 'person', role: 'Role A', affiliation: 'X', side: 'us', cues: ['A Person'], note: 'n' },
  ];
  const statements: Statement[] = [
    { id: 'q', speaker: 'a', kind: 'quote', text: 'words', section: 's', via: 'AP', sources: ['s02'] },
  ];

  it('embeds the speaker as { id, name, role } and the sources in full', () => {
    expect(statementsExport(statements, speakers, index)).toEqual([
      { id: 'q', kind: 'quote', text: 'words', section: 's', via: 'AP', speaker: { id: 'a', name: 'A Person', role: 'Role A' }, sources: [sources[1]] },
    ]);
  });

  it('refuses an unknown speaker rather than dropping it', () => {
    expect(() => statementsExport([{ ...statements[0]!, speaker: 'zz' }], speakers, index)).toThrow('unknown speaker "zz"');
  });
});

describe('timeline JSON', () => {
  const entry = (id: string, date: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
    id, event: 'E', phrase: 'p', section: 's', date, resolved: true, confidence: 'high', sources: ['s01'], ...extra,
  });

  it('is in calendar order with vaguer dates at their first day, and cites sources in full', () => {
    const out = timelineExport(
      [entry('monday', '2022-02-07'), entry('late-jan', '2022-01', { resolved: false, dateLabel: 'late January 2022' }), entry('sunday', '2022-02-06')],
      index,
    );
    expect(out.map((e) => e.id)).toEqual(['late-jan', 'sunday', 'monday']);
    expect(out[0]!.sources).toEqual([sources[0]]);
  });
});
