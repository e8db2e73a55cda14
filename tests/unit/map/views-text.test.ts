// Views from the sections' frontmatter, the view an address asks for, the map in words, the island's
// data file and the static SVG maps.
import { describe, expect, it } from 'vitest';
import type { Basemap } from '../../../src/lib/map/basemap';
import { altText, describeView, plottedMovements } from '../../../src/lib/map/describe';
import { mapData } from '../../../src/lib/map/map-data';
import { asOfText, positionView } from '../../../src/lib/map/position-view';
import type { Position } from '../../../src/schemas/position';
import { staticMapSvg } from '../../../src/lib/map/static-svg';
import { OVERVIEW_ID, buildViews, findView, viewIdFromLocation } from '../../../src/lib/map/views';
import type { Source } from '../../../src/schemas/source';
import { movement, position } from './helpers';
import { MAIN_WORDS as words } from '../../helpers/vocabulary';

const frame = { south: 40, west: 0, north: 60, east: 40 };
const sections = [
  { id: 'first', heading: 'First', map: { caption: 'US forces moving', bounds: [[44, 10], [56, 30]] as [[number, number], [number, number]], highlight: ['us-a', 'us-b'] } },
  { id: 'second', heading: 'Second' },
];
const views = buildViews({ bounds: frame }, 'Every plotted position', sections);
const positions = [
  position('us-a', { side: 'us', status: 'announced', lat: 50, lng: 12, label: 'Alpha base, Germany (origin)' }),
  position('us-b', { side: 'us', status: 'arriving', lat: 50, lng: 22, label: 'Bravo airport, Poland' }),
  position('ru-c', { lat: 52, lng: 36, label: 'Charlie (oblast)' }),
];
const movements = [movement('a-to-b', 'us-a', 'us-b'), movement('off-map-to-b', undefined, 'us-b')];
const testSources = new Map<string, Source>([['s01', { id: 's01', outlet: 'Wire', title: 'Copy only', date: '2022-02-07', copyUrls: ['https://copy.example/x'] }]]);
/** The positions as readers see them, as the maps and the map's text take them. */
const shown = (ps: Position[]) => ps.map((p) => positionView(p, { words, sources: testSources }));
const plotted = plottedMovements(movements, shown(positions));
const describe2 = (v: (typeof views)[number], ps: Position[], ms: typeof plotted) => describeView(v, shown(ps), ms, '2022-02-07', words);

describe('views', () => {
  it('starts with the whole map, then one view per section; a section without `map` gets the whole map', () => {
    expect(views.map((v) => v.id)).toEqual([OVERVIEW_ID, 'first', 'second']);
    expect(views[1]).toMatchObject({ bounds: { south: 44, west: 10, north: 56, east: 30 }, highlight: ['us-a', 'us-b'], heading: 'First' });
    expect(views[2]).toMatchObject({ bounds: frame, highlight: [] });
    expect(findView(views, 'nope').id).toBe(OVERVIEW_ID);
  });

  it('reads the view from ?view= or #id, ignoring unknown ids', () => {
    expect(viewIdFromLocation(views, '#first')).toBe('first');
    expect(viewIdFromLocation(views, '', '?view=second')).toBe('second');
    expect(viewIdFromLocation(views, '#positions-table')).toBeNull();
  });
});

describe('the map in words', () => {
  it('draws only movements whose two ends are plotted', () => {
    expect(plotted.map((m) => m.movement.id)).toEqual(['a-to-b']);
  });

  it('describes a view: highlighted positions, counts by side, arrows', () => {
    const d = describe2(views[1]!, positions, plotted);
    expect(d.title).toBe('US forces moving, as of 7 Feb 2022');
    expect(d.total).toBe(2); // ru-c lies outside the view
    expect(d.highlighted.map((h) => h.text)).toEqual([
      'Alpha base, Germany (origin): US forces, announced, as of 5 Feb 2022',
      'Bravo airport, Poland: US forces, arriving, as of 5 Feb 2022',
    ]);
    expect(d.sides).toEqual([{ side: 'us', name: 'US forces', count: 2, counted: '2 positions of US forces', statuses: '1 arriving, 1 announced' }]);
    expect(d.summary).toBe('US forces moving, as of 7 Feb 2022: 2 positions: 2 positions of US forces (1 arriving, 1 announced).');
    expect(d.movements).toEqual(['a-to-b label (announced): an arrow from Alpha base to Bravo airport']);
    const alt = altText(d);
    expect(alt).toContain('Map: US forces moving, as of 7 Feb 2022. 2 positions shown (2 positions of US forces).');
    expect(alt).toContain('Highlighted: Alpha base');
    expect(alt).toContain('Most points mark a town near the site');
  });

  it('counts in the singular for one, the plural for more', () => {
    const one = [position('nato-a', { side: 'nato', status: 'exercise-area', lat: 50, lng: 20 }), position('ru-b', { lat: 51, lng: 21 })];
    const d = describe2(views[0]!, one, []);
    expect(d.summary).toBe(`${views[0]!.caption}, as of 7 Feb 2022: 2 positions: 1 position of Russian forces in Russia and Crimea (1 present); 1 NATO battlegroup (1 exercise area).`);
    expect(altText(d)).toContain('2 positions shown (1 position of Russian forces in Russia and Crimea, 1 NATO battlegroup).');
    const two = [...one, position('nato-c', { side: 'nato', status: 'exercise-area', lat: 52, lng: 22 })];
    expect(describe2(views[0]!, two, []).summary).toContain('2 NATO battlegroups (2 exercise areas)');
    expect(altText(describe2(views[0]!, one.slice(0, 1), []))).toContain('. 1 position shown (1 NATO battlegroup).');
  });
});

describe('the island’s data file', () => {
  const data = mapData({ asOf: '2022-02-07', bounds: frame, positions, movements, sources: testSources, views, words });

  it('never presents a copy as the outlet’s own link', () => {
    expect(data.positions[0]!.sources).toEqual([{ outlet: 'Wire', title: 'Copy only', date: '7 Feb 2022', copyOnly: true }]);
  });

  it('gives each position its movements in words, and the views their descriptions', () => {
    expect(data.positions.find((p) => p.id === 'us-b')!.movements).toHaveLength(2);
    expect(data.movements).toEqual([{ id: 'a-to-b', label: 'a-to-b label', side: 'us', status: 'announced', colour: '#1f5fbf', dashed: true, from: [50, 12], to: [50, 22] }]);
    expect(data.positions[0]!.symbol).toEqual({ shape: 'triangle', colour: '#1f5fbf', mark: 'dashed', confidence: data.positions[0]!.confidence });
    expect(data.views.map((v) => v.description.total)).toEqual([3, 2, 3]);
  });

  it('words as-of dates with their notes', () => {
    expect(asOfText({ asOf: '2022-02-02', asOfNote: 'Announced' })).toBe('2 Feb 2022 (Announced)');
    expect(asOfText({ asOf: '2021', asOfNote: '2021 (not Feb 2022)' })).toBe('2021 (not Feb 2022)');
    expect(asOfText({ asOfNote: 'No as-of date in the brief.' })).toBe('No as-of date in the brief.');
    expect(asOfText({})).toBe('no date known');
    // Never nested parentheses: a note that gives the date as shown stands alone; one with brackets follows a semicolon.
    expect(asOfText({ asOf: '2022-01', asOfNote: 'late Jan 2022; exact day not found' })).toBe('late Jan 2022; exact day not found');
    expect(asOfText({ asOf: '2022-02-02', asOfNote: 'Announced (DoD)' })).toBe('2 Feb 2022; Announced (DoD)');
  });
});

describe('static SVG map', () => {
  const basemap: Basemap = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'country', name: 'Ukraine', focus: true }, geometry: { type: 'Polygon', coordinates: [[[20, 45], [35, 45], [35, 52], [20, 52], [20, 45]]] } },
      { type: 'Feature', properties: { kind: 'label', name: '<b>Ukraine</b>' }, geometry: { type: 'Point', coordinates: [28, 49] } },
    ],
  };
  const payload = '</text><script>alert(1)</script>';
  const svg = staticMapSvg({
    view: views[1]!,
    basemap,
    positions: shown([...positions, position('x', { label: payload, lat: 48, lng: 15 })]),
    movements: plotted,
    title: 'Map: a & b',
    description: 'A map <of> things',
    words,
  });

  it('is an SVG document with a title and description, sized to the view', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 448"')).toBe(true);
    expect(svg).toContain('<title id="map-title">Map: a &amp; b</title>');
    expect(svg).toContain('<desc id="map-desc">A map &lt;of&gt; things</desc>');
  });

  it('draws one symbol per position in the view, dims the others, and escapes every text', () => {
    expect(svg.match(/<g(?: class="dim")? transform=/g)).toHaveLength(3);
    expect(svg.match(/<g class="dim" transform=/g)).toHaveLength(1);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('<polygon points='); // the arrowhead
  });
});
