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

/** Waits until Leaflet has drawn the live map (the island sets data-ready on the map container). */
export async function mapReady(page: Page) {
  await page.locator('.tm-map[data-ready]').waitFor();
}

/** The view the live map shows (data-view on the map container). */
export const currentView = (page: Page) => page.locator('.tm-map').getAttribute('data-view');

/** The live map's bounds as [south, west, north, east] (data-bounds, updated after every move). */
export async function mapBounds(page: Page): Promise<number[]> {
  return ((await page.locator('.tm-map').getAttribute('data-bounds')) ?? '').split(',').map(Number);
}
