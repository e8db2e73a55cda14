// Shared by the troop map e2e tests: the published map data and waiting for the live map.
import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MapData } from '../../../src/lib/map/map-data';

/** /map/data.json of the served build. */
export async function publishedMap(request: APIRequestContext, siteUrl: string): Promise<MapData> {
  const response = await request.get(new URL('map/data.json', siteUrl).href);
  expect(response.status()).toBe(200);
  return (await response.json()) as MapData;
}

/**
 * The live map's own files, which must wait for the reader's intent: its island, React's client
 * runtime, Leaflet (with the layers), their CSS, the map data and the basemap.
 */
export const LIVE_MAP_FILES = /\/_astro\/(?:PositionsMapIsland|client|react-dom|leaflet)[^/]*\.(?:js|css)$|\/_astro\/positions-map-live[^/]*\.css$|\/map\/(?:data\.json|basemap\.geojson)$/;

/**
 * Shows intent as a mouse reader does, the pointer over the map (or, if the map is out of view, a
 * click on it, so the page does not scroll to another section), unless the live map is already on its way.
 */
export async function showIntent(page: Page) {
  const frame = page.locator('.positions-map');
  if ((await frame.getAttribute('data-live')) !== 'idle') return;
  const stage = page.locator('.positions-map__stage');
  const box = await stage.boundingBox();
  const viewport = page.viewportSize()!;
  if (box && box.y >= 0 && box.y + 16 <= viewport.height) {
    await page.mouse.move(0, 0);
    await page.mouse.move(box.x + 8, box.y + 8);
  } else {
    await stage.dispatchEvent('click');
  }
}

/** Shows intent (see showIntent), then waits until Leaflet has drawn the live map (data-ready on its container). */
export async function mapReady(page: Page) {
  await showIntent(page);
  await page.locator('.tm-map[data-ready]').waitFor();
}

/** The view the live map shows (data-view on the map container). */
export const currentView = (page: Page) => page.locator('.tm-map').getAttribute('data-view');

/** The live map's bounds as [south, west, north, east] (data-bounds, updated after every move). */
export async function mapBounds(page: Page): Promise<number[]> {
  return ((await page.locator('.tm-map').getAttribute('data-bounds')) ?? '').split(',').map(Number);
}
