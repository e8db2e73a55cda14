// Line simplification, coincident points, the static maps' projection and the basemap built from world-atlas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BASEMAP_MARGINS, basemapClip, buildBasemap, countryLabels, countryShapes, unwrapAntimeridian } from '../../../src/lib/map/basemap';
import { MAIN_VOCABULARY } from '../../helpers/vocabulary';
import { boundsWithin, fromPair, padBounds } from '../../../src/lib/map/geo';
import { fitMercator } from '../../../src/lib/map/projection';
import { simplifyLine, simplifyRing, type Point } from '../../../src/lib/map/simplify';
import { coincidentOffsets } from '../../../src/lib/map/spread';

describe('simplify', () => {
  it('drops points within the tolerance and keeps the ends', () => {
    const line: Point[] = [[0, 0], [1, 0.001], [2, 0], [3, 1]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [2, 0], [3, 1]]);
  });

  it('returns a closed, rounded ring, or null when too little is left', () => {
    const ring: Point[] = [[0, 0], [1.234, 0], [1.234, 1.111], [0, 1.111], [0, 0]];
    expect(simplifyRing(ring, 0.001, 1)).toEqual([[0, 0], [1.2, 0], [1.2, 1.1], [0, 1.1], [0, 0]]);
    expect(simplifyRing([[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]], 0.01, 2)).toBeNull();
  });
});

describe('geo helpers', () => {
  it('reads Leaflet’s pair shape, pads bounds and tells whether one lies inside another', () => {
    const b = { south: 43, west: 7, north: 60.5, east: 42 };
    expect(fromPair([[43, 7], [60.5, 42]])).toEqual(b);
    expect(padBounds(b, 3)).toEqual({ south: 40, west: 4, north: 63.5, east: 45 });
    expect(boundsWithin(b, padBounds(b, 1))).toBe(true);
    expect(boundsWithin(padBounds(b, 1), b)).toBe(false);
  });
});

describe('coincident points', () => {
  it('spreads points on the same coordinate side by side and leaves the others alone', () => {
    const offsets = coincidentOffsets([
      { id: 'a', lat: 53.1326, lng: 26.0078 },
      { id: 'b', lat: 53.1326, lng: 26.0078 },
      { id: 'c', lat: 52, lng: 26 },
    ]);
    expect(offsets.get('a')).toEqual([-8, 0]);
    expect(offsets.get('b')).toEqual([8, 0]);
    expect(offsets.has('c')).toBe(false);
  });
});

describe('static map projection', () => {
  it('fits the bounds exactly: the corners land on the frame corners, like Leaflet’s Web Mercator', () => {
    const bounds = { south: 43.5, west: 7, north: 55, east: 30 };
    const { projection, width, height } = fitMercator(bounds, 800);
    expect(width).toBe(800);
    const [x0, y0] = projection([bounds.west, bounds.north])!;
    const [x1, y1] = projection([bounds.east, bounds.south])!;
    expect(x0).toBeCloseTo(0, 0);
    expect(y0).toBeCloseTo(0, 0);
    expect(x1).toBeCloseTo(800, 0);
    expect(y1).toBeCloseTo(height, 0);
    // Mercator stretches latitude: 11.5° of latitude at ~50°N is taller than 11.5/23 of the width.
    expect(height).toBeGreaterThan(400);
  });

  it('with an aspect, centres the bounds in a frame of that shape, as Leaflet’s fitBounds does', () => {
    const tall = { south: 43.8, west: 22.5, north: 55.5, east: 41.5 };
    const { projection, width, height } = fitMercator(tall, 640, 0.7);
    expect([width, height]).toEqual([640, 448]);
    const [x0, y0] = projection([tall.west, tall.north])!;
    const [x1, y1] = projection([tall.east, tall.south])!;
    expect(y0).toBeCloseTo(0, 0); // the bounds fill the height…
    expect(y1).toBeCloseTo(448, 0);
    expect(x0).toBeGreaterThan(0); // …and sit centred in the width
    expect(x0 + x1).toBeCloseTo(640, 0);
  });
});

describe('basemap', () => {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const story = { south: 43, west: 7, north: 60.5, east: 42 };
  const clip = padBounds(story, 6);
  const basemap = buildBasemap(topology, clip, story, MAIN_VOCABULARY.map);

  it('keeps only shapes inside the clip box, rounded to 2 decimals', () => {
    const coords = countryShapes(basemap).flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2));
    expect(coords.length).toBeGreaterThan(1000);
    for (const c of coords) {
      const [lng, lat] = c as [number, number];
      expect(lng).toBeGreaterThanOrEqual(clip.west);
      expect(lng).toBeLessThanOrEqual(clip.east);
      expect(lat).toBeGreaterThanOrEqual(clip.south);
      expect(lat).toBeLessThanOrEqual(clip.north);
      expect(Math.round(lng * 100) / 100).toBe(lng);
    }
  });

  it('holds the story’s countries, Ukraine tinted, and names them inside the story map', () => {
    const names = countryShapes(basemap).map((f) => f.properties.name);
    for (const n of ['Ukraine', 'Russia', 'Belarus', 'Poland', 'Romania', 'Germany']) expect(names).toContain(n);
    expect(countryShapes(basemap).filter((f) => f.properties.focus).map((f) => f.properties.name)).toEqual(['Ukraine']);
    const labels = countryLabels(basemap);
    expect(labels.map((l) => l.properties.name)).toContain('Ukraine');
    for (const l of labels) {
      const [lng, lat] = l.geometry.coordinates as [number, number];
      expect(lat >= story.south && lat <= story.north && lng >= story.west && lng <= story.east, l.properties.name).toBe(true);
    }
  });

  it('is small: under 40 KB gzipped, the story’s own clip too', () => {
    expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThan(40_000);
    expect(gzipSync(JSON.stringify(buildBasemap(topology, basemapClip(story), story))).length).toBeLessThan(40_000);
  });

  /** Whether a planar point lies in a (Multi)Polygon (even-odd over all its rings). */
  const covers = (geometry: { type: string; coordinates: unknown }, [x, y]: [number, number]) => {
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
    let inside = false;
    for (const ring of polygons.flat())
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    return inside;
  };

  it('reaches into the Arctic without bands of land: Russia crosses the antimeridian and is unwrapped before the clip', () => {
    const arctic = buildBasemap(topology, basemapClip(story), story);
    const shape = (name: string) => countryShapes(arctic).find((f) => f.properties.name === name)!.geometry;
    expect(basemapClip(story).north).toBeGreaterThanOrEqual(story.north + 12);
    // Open sea (the Barents and Norwegian Seas, the Arctic Ocean) is in no country.
    for (const sea of [[25, 73], [5, 70], [40, 73]] as [number, number][]) {
      expect(countryShapes(arctic).filter((f) => covers(f.geometry, sea)).map((f) => f.properties.name), `${sea}`).toEqual([]);
    }
    // Land is where it is: Moscow, Arkhangelsk and the Kola peninsula in Russia, Finnmark in Norway.
    expect(covers(shape('Russia'), [37.6, 55.75])).toBe(true);
    expect(covers(shape('Russia'), [40.5, 64.5])).toBe(true);
    expect(covers(shape('Norway'), [25, 69.3])).toBe(true);
    expect(covers(shape('Russia'), [33, 68.5])).toBe(true);
    expect(BASEMAP_MARGINS.north).toBeGreaterThanOrEqual(12);
  });

  it('unwraps a ring that steps across the antimeridian, and leaves others alone', () => {
    const crossing = { type: 'Polygon' as const, coordinates: [[[178, 60], [-178, 60], [-178, 62], [178, 62], [178, 60]]] };
    expect(unwrapAntimeridian(crossing).coordinates).toEqual([[[178, 60], [182, 60], [182, 62], [178, 62], [178, 60]]]);
    const plain = { type: 'Polygon' as const, coordinates: [[[10, 50], [20, 50], [20, 55], [10, 50]]] };
    expect(unwrapAntimeridian(plain)).toEqual(plain);
  });
});
