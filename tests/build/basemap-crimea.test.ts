// The built basemap takes no side: Crimea is drawn as part of Ukraine (FACTS §5, item 13). The
// live map and the embed fetch this file; the static SVG and PNG maps are drawn from the same shapes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryShapes, type Basemap } from '../../src/lib/map/basemap';
import { polygonContains } from '../../src/lib/map/recognised';
import { parseYaml } from '../../src/lib/checks/yaml';
import type { Position } from '../../src/schemas/position';
import { BUILDS, ROOT } from '../helpers/paths';

// The Crimean points the editorial audit found drawn in Russia, with their coordinates from
// positions.yaml (= FACTS §3.1). Simferopol was the audit's fifth; FACTS gives no coordinate for it.
const POINTS = ['ru-crimea-yevpatoria', 'ru-crimea-bakhchysarai', 'ru-crimea-novoozerne', 'ru-crimea-angarsky'];
const positions = (parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data/positions.yaml'), 'utf8')) as { ok: true; value: Position[] }).value;
const points = POINTS.map((id) => positions.find((p) => p.id === id)!);

const polygons = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe.each(BUILDS)('$name build: Crimea on the basemap', ({ dir }) => {
  const shapes = countryShapes(JSON.parse(readFileSync(join(dir, 'map/basemap.geojson'), 'utf8')) as Basemap);

  it.each(POINTS)('%s lies in Ukraine’s shape and in no other', (id) => {
    const p = points.find((q) => q.id === id)!;
    expect(p.area).toBe('crimea');
    const holders = shapes.filter((s) => polygons(s.geometry).some((rings) => polygonContains(rings, [p.lng, p.lat]))).map((s) => s.properties.name);
    expect(holders).toEqual(['Ukraine']);
  });

  it('Crimea is in Ukraine’s tinted main shape, so no border is drawn at Perekop', () => {
    const ukraine = shapes.find((s) => s.properties.name === 'Ukraine')!;
    expect(ukraine.properties.focus).toBe(true);
    const main = polygons(ukraine.geometry).reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
    for (const p of points) expect(polygonContains(main, [p.lng, p.lat]), p.id).toBe(true);
  });
});
