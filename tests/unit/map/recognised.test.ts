// The basemap takes no side: Natural Earth draws Crimea inside Russia, and map.yaml's `recognised`
// rule gives it to Ukraine, merged into Ukraine's shape so no border is drawn at Perekop.
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryShapes, storyBasemap } from '../../../src/lib/map/basemap';
import { applyRecognised, areaParts, polygonContains, ringContains } from '../../../src/lib/map/recognised';
import { readWorldTopology } from '../../../src/lib/map/world-atlas';
import type { Position } from '../../../src/schemas/position';
import { ROOT } from '../../helpers/paths';
import { realStory } from './real-story';

const { map, positions } = realStory();
const crimean = positions.filter((p) => p.area === 'crimea');
const world = readWorldTopology(ROOT);
// The points the editorial audit tested (Simferopol too, but no source in FACTS gives its coordinate).
// Opuk, on the coast, falls in the sea once the coastline is simplified: it is in no shape at all.
const ON_LAND = ['ru-crimea-yevpatoria', 'ru-crimea-bakhchysarai', 'ru-crimea-novoozerne', 'ru-crimea-angarsky'];
const onLand = crimean.filter((p) => ON_LAND.includes(p.id));

const polygons = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const holders = (shapes: ReturnType<typeof countryShapes>, p: Position) =>
  shapes.filter((s) => polygons(s.geometry).some((rings) => polygonContains(rings, [p.lng, p.lat]))).map((s) => s.properties.name);

describe('point in polygon', () => {
  const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
  it('tells inside from outside, and a hole from the land round it', () => {
    expect(ringContains(square, [1, 1])).toBe(true);
    expect(ringContains(square, [3, 1])).toBe(false);
    const hole = [[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]];
    expect(polygonContains([square, hole], [1, 1])).toBe(false);
    expect(polygonContains([square, hole], [0.25, 0.25])).toBe(true);
  });
});

describe('Crimea on the basemap', () => {
  const rule = map.recognised!.find((r) => r.area === 'crimea')!;

  it('the story has five Crimean positions to check against', () => {
    expect(crimean.map((p) => p.id).sort()).toEqual(['ru-crimea-angarsky', 'ru-crimea-bakhchysarai', 'ru-crimea-novoozerne', 'ru-crimea-opuk', 'ru-crimea-yevpatoria']);
  });

  it('Natural Earth alone draws every Crimean position in Russia (why the rule exists)', () => {
    const shapes = countryShapes(storyBasemap(world, { bounds: map.bounds }));
    expect(onLand).toHaveLength(4);
    for (const p of onLand) expect(holders(shapes, p), p.id).toEqual(['Russia']);
  });

  it('the rule picks Crimea as one whole shape of Russia and cuts across none', () => {
    expect(areaParts(world, rule)).toEqual({ inside: 1, straddling: 0 });
  });

  it('with the rule, every Crimean position lies in Ukraine and in no other shape', () => {
    const shapes = countryShapes(storyBasemap(world, map));
    for (const p of onLand) expect(holders(shapes, p), p.id).toEqual(['Ukraine']);
    for (const p of crimean) expect(holders(shapes, p).filter((n) => n !== 'Ukraine'), p.id).toEqual([]);
  });

  it('Crimea is merged into Ukraine’s main shape (no border at Perekop), not added as an island', () => {
    const before = countryShapes(storyBasemap(world, { bounds: map.bounds })).find((s) => s.properties.name === 'Ukraine')!;
    const after = countryShapes(storyBasemap(world, map)).find((s) => s.properties.name === 'Ukraine')!;
    expect(polygons(after.geometry).length).toBe(polygons(before.geometry).length);
    const main = polygons(after.geometry).reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
    for (const p of onLand) expect(polygonContains(main, [p.lng, p.lat]), p.id).toBe(true);
  });

  it('Russia keeps its other shapes', () => {
    const russia = (t: typeof world) => countryShapes(storyBasemap(t, { bounds: map.bounds })).find((s) => s.properties.name === 'Russia')!;
    expect(polygons(russia(applyRecognised(world, [rule])).geometry).length).toBe(polygons(russia(world).geometry).length - 1);
  });

  it('a rule naming a country the basemap lacks changes nothing', () => {
    expect(applyRecognised(world, [{ ...rule, country: 'Ukrain' }])).toEqual(world);
  });
});
