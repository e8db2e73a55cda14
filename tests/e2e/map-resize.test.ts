// The live map after its box changes size (a phone rotated, a window resized): it refits the view it
// shows, so every marker of the view stays in frame and no edge of the basemap comes into sight; but a
// reader who has zoomed or panned keeps their map. (src/components/map/refit-on-resize.ts)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MapData } from '../../src/lib/map/map-data';
import { RESULTS_DIR, ROOT_BUILD } from '../helpers/paths';
import { currentView, mapBounds, mapReady, publishedMap } from './helpers/map';
import { expectClean, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);

/** The extent of the basemap's land shapes, [south, west, north, east]: beyond it the map has no land to draw. */
async function basemapExtent(page: Page): Promise<number[]> {
  const response = await page.context().request.get(site.url(ROOT_BUILD, 'map/basemap.geojson'));
  const geo = (await response.json()) as { features: { geometry: { coordinates: unknown } }[] };
  const [xs, ys]: [number[], number[]] = [[], []];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      xs.push(c[0]);
      ys.push(c[1] as number);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  geo.features.forEach((f) => walk(f.geometry.coordinates));
  return [Math.min(...ys), Math.min(...xs), Math.max(...ys), Math.max(...xs)];
}

/** The view's positions whose marker (the centre of its symbol, the point it marks) is outside the map's box, by id. */
async function markersOutside(page: Page, data: MapData): Promise<string[]> {
  const id = (await currentView(page))!;
  const view = data.views.find((v) => v.id === id)!;
  const b = view.bounds;
  const inView = data.positions.filter((p) => p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east).map((p) => p.id);
  expect(inView.length, `positions in the view ${id}`).toBeGreaterThan(3);
  return page.evaluate((ids) => {
    const box = document.querySelector('.tm-map')!.getBoundingClientRect();
    return ids.filter((pid) => {
      const r = document.querySelector(`.tm-marker[data-position-id="${pid}"] .tm-marker__symbol`)?.getBoundingClientRect();
      if (!r) return true;
      const [x, y] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
      return x < box.left || x > box.right || y < box.top || y > box.bottom;
    });
  }, inView);
}

/** The sides of the map that show beyond the basemap's extent (where a straight edge of land would show); [] when none. */
async function beyondBasemap(page: Page, extent: number[]): Promise<string[]> {
  const [south, west, north, east] = await mapBounds(page);
  const over: string[] = [];
  if (south! < extent[0]!) over.push(`south ${south} < ${extent[0]}`);
  if (west! < extent[1]!) over.push(`west ${west} < ${extent[1]}`);
  if (north! > extent[2]!) over.push(`north ${north} > ${extent[2]}`);
  if (east! > extent[3]!) over.push(`east ${east} > ${extent[3]}`);
  return over;
}

// From the story at 1280×800 to a phone and back, and on. Every size keeps the view's markers in frame.
// Where the map's box is at most about twice as wide as tall, no edge of the basemap shows either (not
// yet checked: the phone turned sideways, 3.5 times as wide; see BASEMAP_MARGINS in src/lib/map/basemap.ts).
const SIZES = [
  { width: 390, height: 844, edge: true },
  { width: 1280, height: 800, edge: true },
  { width: 1280, height: 720, edge: true },
  { width: 1680, height: 1050, edge: true }, // the story's own column beside the text
  { width: 844, height: 390, edge: false }, // a phone turned sideways: the smallest box
  { width: 390, height: 844, edge: true },
  { width: 1280, height: 800, edge: true },
] as const;

describe('the live map after a resize or rotation', () => {
  it('refits its view: every marker of the view in frame, no basemap edge, at every size', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await mapReady(page);
    const data = await publishedMap(context.request, site.url(ROOT_BUILD));
    const extent = await basemapExtent(page);
    expect(await markersOutside(page, data)).toEqual([]);
    expect(await beyondBasemap(page, extent)).toEqual([]);
    for (const { width, height, edge } of SIZES) {
      await page.setViewportSize({ width, height });
      // No fixed wait: the refit runs in the animation frame after the box changes.
      await expect.poll(() => markersOutside(page, data), { timeout: 5000, message: `${width}×${height}` }).toEqual([]);
      if (edge) await expect.poll(() => beyondBasemap(page, extent), { timeout: 5000, message: `${width}×${height}` }).toEqual([]);
      await page.locator('.positions-map__stage').screenshot({ path: join(RESULTS_DIR, 'screenshots', `map-resized-${width}x${height}.png`) });
    }
    expectClean(observed);
  });

  it('shows no edge of the basemap in a tall box either: the embed on a phone, twice as tall as wide', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'embed/map/'));
    await mapReady(page);
    const extent = await basemapExtent(page);
    const box = (await page.locator('.tm-map').boundingBox())!;
    expect(box.height / box.width).toBeGreaterThan(1.5);
    await expect.poll(() => beyondBasemap(page, extent), { timeout: 5000 }).toEqual([]);
    await page.locator('.positions-map__stage').screenshot({ path: join(RESULTS_DIR, 'screenshots', 'map-embed-tall-390x844.png') });
    expectClean(observed);
  });

  it('keeps the map where a reader put it: after zooming in, a resize does not reframe it', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await mapReady(page);
    const framed = await mapBounds(page);
    await page.locator('.leaflet-control-zoom-in').click();
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(async () => (await mapBounds(page))[3]! - (await mapBounds(page))[1]!).toBeLessThan((framed[3]! - framed[1]!) * 0.6);
    const zoomed = await mapBounds(page);
    const centre = (b: number[]) => [(b[0]! + b[2]!) / 2, (b[1]! + b[3]!) / 2];
    await page.setViewportSize({ width: 1100, height: 800 });
    await expect.poll(async () => (await mapBounds(page)).join(), { timeout: 5000 }).not.toBe(zoomed.join()); // it learnt its new size
    const after = await mapBounds(page);
    // Same centre, same scale (the span shrinks with the box, not back to the view's frame).
    expect(centre(after)[0]).toBeCloseTo(centre(zoomed)[0]!, 1);
    expect(centre(after)[1]).toBeCloseTo(centre(zoomed)[1]!, 1);
    expect(after[3]! - after[1]!).toBeLessThanOrEqual(zoomed[3]! - zoomed[1]! + 0.01);
    expectClean(observed);
  });
});
