// The troop map in a real browser: on the reader's intent the live map replaces the static one with
// one marker per position, on a closed network; keyboard use; section-by-section views; place links;
// the map never blocks the text; without JavaScript the static map and the table are there; axe with
// the map drawn. (map-intent.test.ts covers what happens before intent and each way of showing it.)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { RESULTS_DIR, ROOT_BUILD, SUBPATH_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { LIVE_MAP_FILES, currentView, mapBounds, mapReady, publishedMap, showIntent } from './helpers/map';
import { expectClean, frames, holdRequests, open, scrollToSection, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD, SUBPATH_BUILD]);
const sections = sourceSections();
const withHighlights = ['us-reinforcements', 'any-day-now', 'russias-demands'];

describe('troop map (live)', () => {
  it('replaces the static map with one focusable marker per position, no tiles, nothing off-site, no errors', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD);
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await open(page, site.url(ROOT_BUILD));
    expect(requests.filter((u) => LIVE_MAP_FILES.test(new URL(u).pathname)), 'nothing of the live map before intent').toEqual([]);
    await mapReady(page);
    const data = await publishedMap(context.request, site.url(ROOT_BUILD));
    const markers = page.locator('.tm-marker[data-position-id]');
    expect(await markers.count()).toBe(data.positions.length);
    expect((await markers.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.positionId))).sort()).toEqual(
      data.positions.map((p) => p.id).sort(),
    );
    // Each focusable; one in the Tab order, the arrow keys reach the others (map-live.test.ts).
    expect(await page.locator('.tm-marker[data-position-id][tabindex="0"]').count()).toBe(1);
    for (const el of await markers.all()) {
      expect(['0', '-1']).toContain(await el.getAttribute('tabindex'));
      expect((await el.getAttribute('aria-label'))?.length).toBeGreaterThan(10);
    }
    expect(await page.locator('.positions-map__static').isVisible()).toBe(false);
    expect(await page.locator('.tm-land').count()).toBeGreaterThan(10); // the basemap drew
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(requests.filter((u) => /tile|\.png(\?|$)/.test(u))).toEqual([]);
    expect(requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
    // Reduced motion not asked for: Leaflet animates zooms (its zoom-animation proxy exists).
    expect(await page.locator('.leaflet-proxy').count()).toBe(1);
    expectClean(observed);
  });

  it('Tab reaches the markers, Enter opens the details, Escape closes them and returns focus', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await mapReady(page);
    let id: string | undefined;
    for (let i = 0; i < 80 && !id; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.positionId);
    }
    expect(id, 'a marker took the focus').toBeTruthy();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const name = await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);
    expect(name, 'focus moved into the details').toBe(true);
    const label = (await page.locator(`.tm-marker[data-position-id="${id}"]`).getAttribute('aria-label'))!.split(':')[0]!;
    expect(await dialog.locator('.tm-panel__title').textContent()).toBe(label);
    for (const term of ['What', 'Strength', 'As of', 'Confidence']) await expect.soft(dialog.locator('dt', { hasText: term }).count()).resolves.toBe(1);
    expect(await dialog.locator('.tm-panel__sources li').count()).toBeGreaterThan(0);
    expect(await page.locator(`.tm-marker[data-position-id="${id}"]`).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.positionId)).toBe(id);
    expectClean(observed);
  });

  it('follows the reader: each section moves the map to its view', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await mapReady(page);
    expect(await currentView(page)).toBe('overview');
    const data = await publishedMap(page.context().request, site.url(ROOT_BUILD));
    for (const s of sections) {
      await scrollToSection(page, s.id);
      await expect.poll(() => currentView(page), { timeout: 3000 }).toBe(s.id);
      const view = data.views.find((v) => v.id === s.id)!;
      const [south, west, north, east] = await mapBounds(page);
      // The map shows the whole view (Leaflet may show more, to fit the map's shape).
      expect(south! - 0.3, s.id).toBeLessThanOrEqual(view.bounds.south);
      expect(north! + 0.3, s.id).toBeGreaterThanOrEqual(view.bounds.north);
      expect(west! - 0.3, s.id).toBeLessThanOrEqual(view.bounds.west);
      expect(east! + 0.3, s.id).toBeGreaterThanOrEqual(view.bounds.east);
      // Highlighted markers are marked, the others dimmed; "What the map shows" follows too.
      const highlighted = await page.locator('.tm-marker--highlight').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.positionId).sort());
      expect(highlighted, s.id).toEqual([...view.highlight].sort());
      expect(await page.locator('.positions-map__text [data-map-text] p').first().textContent(), s.id).toContain(view.description.title);
      expect(await page.locator('[data-map-caption]').textContent(), s.id).toContain(view.caption);
    }
    expectClean(observed);
  });

  it('opening /#SECTION-ID starts in that view, and each section page shows its own', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    for (const id of withHighlights) {
      await open(page, site.url(ROOT_BUILD, `#${id}`));
      await mapReady(page);
      expect(await currentView(page), `/#${id}`).toBe(id);
      await page.goto('about:blank');
    }
    for (const s of sections) {
      await open(page, site.url(ROOT_BUILD, `${s.id}/`));
      await mapReady(page);
      expect(await currentView(page), `/${s.id}/`).toBe(s.id);
      expect(await page.locator('.positions-map__static').getAttribute('src')).toBe(`/map/static/${s.id}.svg`);
    }
    // Without animation when the reader asks for reduced motion.
    expect(await page.locator('.leaflet-proxy').count()).toBe(0);
    expectClean(observed);
  });

  it('a place name in the text opens its details under its paragraph', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await mapReady(page);
    const link = page.locator('a[data-place]').first();
    const id = await link.getAttribute('data-place');
    expect(id).toBeTruthy();
    expect(await link.getAttribute('role')).toBe('button');
    await link.click();
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    expect(await page.locator(`.tm-marker[data-position-id="${id}"]`).getAttribute('aria-expanded')).toBe('true');
    expect(new URL(page.url()).hash).not.toBe(`#position-${id}`);
    expectClean(observed);
  });

  it('the /embed/map/ page shows the map alone, in the view its address asks for', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'embed/map/?view=us-reinforcements'));
    await mapReady(page);
    expect(await currentView(page)).toBe('us-reinforcements');
    await page.locator('.tm-picker select').selectOption('overview');
    await expect.poll(() => currentView(page)).toBe('overview');
    expect(await page.locator('.article-text').count()).toBe(0);
    expectClean(observed);
  });

  it.each(['light', 'dark'] as const)('axe finds nothing with the map drawn and the details open (%s)', async (colorScheme) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { colorScheme, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'us-reinforcements/'));
    await mapReady(page);
    await page.locator('.tm-marker[data-position-id="us-82nd-rzeszow"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    const { violations, passes } = await runAxe(page);
    expect(passes).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    expectClean(observed);
  });
});

describe('troop map never blocks reading', () => {
  it('the text and the static map stay while the map’s JavaScript is still held back, with a note on the frame', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD);
    const { held, release } = await holdRequests(context, /\/_astro\/PositionsMapIsland[^/]*\.js$/);
    const page = await newPage();
    await page.goto(site.url(ROOT_BUILD), { waitUntil: 'commit' });
    await page.locator('.article-text p').first().waitFor({ state: 'visible' });
    await page.waitForLoadState('load');
    expect(held, 'nothing asked for before intent').toEqual([]);
    await showIntent(page);
    await expect.poll(() => held.length).toBe(1);
    expect(await page.locator('.article-text p').first().isVisible()).toBe(true);
    expect(await page.locator('.positions-map__static').isVisible(), 'the static map shows meanwhile').toBe(true);
    expect(await page.locator('.positions-map').getAttribute('data-live')).toBe('loading');
    expect(await page.locator('.positions-map__note').textContent()).toBe('Loading the live map…');
    expect(await page.locator('.positions-map__note').isVisible()).toBe(true);
    expect(await page.locator('.tm-map[data-ready]').count()).toBe(0);
    release();
    await mapReady(page);
    expect(await page.locator('.positions-map').getAttribute('data-live')).toBe('ready');
    expect(await page.locator('.positions-map__note').isVisible()).toBe(false);
    expectClean(observed);
  });
});

describe('troop map without JavaScript', () => {
  it('shows the static map with its text alternative, the legend, the text version and the table', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { javaScriptEnabled: false });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const img = page.locator('figure .positions-map__static');
    expect(await img.isVisible()).toBe(true);
    // No button that could do nothing, and no note.
    expect(await page.locator('.positions-map__explore').isVisible()).toBe(false);
    expect(await page.locator('.positions-map__note').textContent()).toBe('');
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect((await img.getAttribute('alt'))!).toMatch(/^Map: .*as of 7 Feb 2022\. \d+ positions shown/);
    expect(await page.locator('.positions-map figcaption').isVisible()).toBe(true);
    expect(await page.locator('.map-legend__sides li').count()).toBe(4);
    const data = await publishedMap(context.request, site.url(ROOT_BUILD));
    // A place name is a link to its row on the positions page; the map links to that page too.
    const place = page.locator('a[data-place]').first();
    const href = (await place.getAttribute('href'))!;
    expect(href).toMatch(/^\/positions\/#position-/);
    await page.locator('.positions-map figcaption a').click();
    await page.waitForURL(/\/positions\/$/);
    const rows = page.locator('#positions-table tbody tr[id^="position-"]');
    expect(await rows.count()).toBe(data.positions.length);
    expect(await page.locator('#positions-table thead th[scope="col"]').count()).toBe(8);
    expect(await page.locator(`#${href.split('#')[1]}`).count()).toBe(1);
    for (const s of sections.slice(0, 2)) {
      await open(page, site.url(ROOT_BUILD, `${s.id}/`));
      expect(await page.locator('.positions-map__static').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
    expectClean(observed);
  });

  it('prints the static map, not the live one', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.positions-map__static').isVisible(), 'before intent').toBe(true);
    expect(await page.locator('.positions-map__explore').isVisible(), 'no button on paper').toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.positions-map__explore').isVisible()).toBe(true);
    await mapReady(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.positions-map__static').isVisible()).toBe(true);
    expect(await page.locator('.tm-map').isVisible()).toBe(false);
    expectClean(observed);
  });
});

describe(`troop map under the sub-path (${SUBPATH_BUILD.base})`, () => {
  it('loads everything from under the sub-path, live and static', async () => {
    const base = SUBPATH_BUILD.base;
    const { newPage, observed, context } = await site.context(SUBPATH_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await open(page, site.url(SUBPATH_BUILD, '#us-reinforcements'));
    await mapReady(page);
    expect(await currentView(page)).toBe('us-reinforcements');
    const data = await publishedMap(context.request, site.url(SUBPATH_BUILD));
    expect(await page.locator('.tm-marker[data-position-id]').count()).toBe(data.positions.length);
    expect(requested).toContain(`${base}map/data.json`);
    expect(requested).toContain(`${base}map/basemap.geojson`);
    expect(requested.filter((p) => !p.startsWith(base))).toEqual([]);
    // The static map had followed the address to its view before the live map took over.
    expect(await page.locator('.positions-map__static').getAttribute('src')).toBe(`${base}map/static/us-reinforcements.svg`);
    expectClean(observed);

    const noJs = await site.context(SUBPATH_BUILD, { javaScriptEnabled: false });
    const still = await noJs.newPage();
    await open(still, site.url(SUBPATH_BUILD, 'any-day-now/'));
    expect(await still.locator('.positions-map__static').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect(await still.locator('a[data-place]').count()).toBeGreaterThanOrEqual(0);
    expectClean(noJs.observed);
  });
});

describe('troop map screenshots', () => {
  const dir = join(RESULTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  it.each([
    { file: 'map-us-reinforcements-1280-light.png', width: 1280, colorScheme: 'light' },
    { file: 'map-us-reinforcements-1280-dark.png', width: 1280, colorScheme: 'dark' },
    { file: 'map-us-reinforcements-390-light.png', width: 390, colorScheme: 'light' },
    { file: 'map-us-reinforcements-390-dark.png', width: 390, colorScheme: 'dark' },
  ] as const)('$file (details open)', async ({ file, width, colorScheme }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, {
      viewport: { width, height: width < 600 ? 844 : 900 },
      colorScheme,
      reducedMotion: 'reduce',
    });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'us-reinforcements/'));
    await mapReady(page);
    await page.locator('.tm-marker[data-position-id="us-82nd-rzeszow"]').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await frames(page);
    // The details stay inside the viewport, also on a phone.
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // On a phone the frame's box steps aside (display: contents) so its bar and figure can stick: shoot the figure.
    const narrow = (await page.locator('.positions-map').evaluate((el) => getComputedStyle(el).display)) === 'contents';
    await page.locator(narrow ? '.positions-map__figure' : '.positions-map').screenshot({ path: join(dir, file) });
    expectClean(observed);
  });
});
