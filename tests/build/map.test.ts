// The troop map in the generated site: a static SVG per view, a small basemap and data file served
// from our own origin, the fallback markup on every page, the table, and the embeddable page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MapData } from '../../src/lib/map/map-data';
import { sourceSections } from '../helpers/content';
import { parseHtml, readHtml } from '../helpers/html';
import { BUILDS } from '../helpers/paths';

const sections = sourceSections();

describe.each(BUILDS)('$name build: troop map', ({ dir, base }) => {
  const data = JSON.parse(readFileSync(join(dir, 'map/data.json'), 'utf8')) as MapData;

  it('serves one static SVG per view, each a titled image of its view', () => {
    expect(data.views.map((v) => v.id)).toEqual(['overview', ...sections.map((s) => s.id)]);
    for (const v of data.views) {
      const svg = readFileSync(join(dir, 'map/static', `${v.id}.svg`), 'utf8');
      const doc = parseHtml(svg);
      expect(doc.querySelector('svg title')?.textContent, v.id).toBe(`Map: ${v.description.title}`);
      expect(svg, v.id).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    }
  });

  it('keeps the basemap small (under 40 KB gzip) and the data file complete', () => {
    const basemap = readFileSync(join(dir, 'map/basemap.geojson'));
    expect(gzipSync(basemap, { level: 9 }).length).toBeLessThan(40 * 1024);
    const positions = (readFileSync(join(dir, 'data/positions.csv'), 'utf8').trim().split('\r\n').length) - 1;
    expect(data.positions).toHaveLength(positions);
  });

  it.each(['', ...sections.map((s) => `${s.id}/`)])('/%s has the static map in a figure, before the text, and no style attributes', (path) => {
    const doc = readHtml(join(dir, path, 'index.html'));
    const grid = doc.querySelector('.story-grid')!;
    // In source (phone) order; .story-body holds the rail (the map, and on / the section's statement cards) and the text.
    const parts = grid.querySelectorAll(':scope > *, :scope > .story-body > *, :scope > .story-body > .story-rail > *');
    expect(Array.from(parts, (c) => c.className.split(' ').find((n) => n.startsWith('story-')))).toEqual([
      'story-layout__intro', 'story-body', 'story-rail', 'story-grid__map', ...(path ? [] : ['story-cards']), 'story-grid__text', 'story-grid__sidebar',
    ]);
    const img = grid.querySelector('figure img[data-static-map]')!;
    const view = path ? path.slice(0, -1) : 'overview';
    expect(img.getAttribute('src')).toBe(`${base}map/static/${view}.svg`);
    expect(img.getAttribute('alt')).toMatch(/^Map: .+ as of 7 Feb 2022\. \d+ positions shown/);
    expect(grid.querySelector('figure figcaption')?.textContent).toContain('Most points mark a town near the site');
    // The live map waits for the reader's intent; its frame is server-rendered, empty.
    const island = grid.querySelector('astro-island[client="intent"]')!;
    expect(island).not.toBeNull();
    expect(island.querySelector('.tm-map')?.childElementCount).toBe(0);
    expect(grid.querySelector('.positions-map')?.getAttribute('data-live')).toBe('idle');
    // The "Explore the map" button is hidden until the directive runs (without JavaScript it could do nothing).
    expect(grid.querySelector('.positions-map__explore')?.hasAttribute('hidden')).toBe(true);
    // Only the story follows the reader: one static view per section waits in a <template>.
    const templates = Array.from(grid.querySelectorAll('template[data-static-view]'), (t) => t.getAttribute('data-static-view'));
    expect(templates).toEqual(path ? [] : ['overview', ...sections.map((s) => s.id)]);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('/positions/ has the positions table: caption, column headers, one row per position with its sources', () => {
    const doc = readHtml(join(dir, 'positions', 'index.html'));
    expect(doc.querySelector('h1')?.textContent).toBe('Every position on the map');
    expect(readHtml(join(dir, 'index.html')).querySelector(`.positions-map a[href="${base}positions/"]`)).not.toBeNull();
    const table = doc.querySelector('#positions-table table')!;
    expect(table.querySelector('caption')?.textContent).toContain('as of 7 Feb 2022');
    expect(Array.from(table.querySelectorAll('thead th[scope="col"]'), (th) => th.textContent)).toEqual([
      'Place', 'Side', 'Status', 'What is there', 'Strength', 'As of', 'Confidence', 'Sources',
    ]);
    const rows = table.querySelectorAll('tbody tr[id^="position-"]');
    expect(rows).toHaveLength(data.positions.length);
    for (const row of Array.from(rows)) expect(row.querySelectorAll('td li').length, row.id).toBeGreaterThan(0);
  });

  it('/embed/map/ holds the map alone and is not indexed', () => {
    const doc = readHtml(join(dir, 'embed/map/index.html'));
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    expect(doc.querySelector('.positions-map figure img[data-static-map]')).not.toBeNull();
    // An embed is there to be explored: its live map loads at once.
    expect(doc.querySelector('astro-island[client="load"]')).not.toBeNull();
    expect(doc.querySelector('.positions-map__explore')).toBeNull();
    expect(doc.querySelector('.article-text')).toBeNull();
    expect(existsSync(join(dir, 'embed/map/index.html'))).toBe(true);
  });
});
