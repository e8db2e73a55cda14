// The map costs nothing until a reader reaches for it (issue 11):
//   - scrolling the story swaps static maps, one request per view, crossfading (not under reduced
//     motion), preloading the next one, and nothing of the live map (Leaflet, React, data) loads;
//   - hovering, focusing or tapping the map, its "Explore the map" button, or a <Place> link brings
//     up the live map in the reader's view, one marker per position, in the static map's frame;
//   - with the live map's JavaScript or data blocked the static map stays, with a plain note, and
//     nothing reaches the console but the failed request.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STATIC_ASPECT, STATIC_WIDTH } from '../../src/lib/map/framing';
import { fitMercator } from '../../src/lib/map/projection';
import { sourceSections } from '../helpers/content';
import { RESULTS_DIR, ROOT_BUILD } from '../helpers/paths';
import { LIVE_MAP_FILES, currentView, publishedMap } from './helpers/map';
import { expectClean, frames, holdRequests, open, scrollToSection, useSite } from './helpers/site';
import type { Observed } from './helpers/browser';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();
const shots = join(RESULTS_DIR, 'screenshots');
mkdirSync(shots, { recursive: true });
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };

const frameView = (page: Page) => page.locator('.positions-map').getAttribute('data-view');
const liveReady = (page: Page) => page.locator('.tm-map[data-ready]').waitFor();
/** The static map on screen: the last one in the stage (an incoming view lies over the outgoing one). */
const shownStatic = (page: Page) =>
  page.locator('.positions-map__stage img[data-static-map]').last().evaluate((img: HTMLImageElement) => ({
    src: new URL(img.src).pathname,
    drawn: img.complete && img.naturalWidth > 0,
    alt: img.alt,
  }));

/** Records, in the page, the most static images the stage ever held at once (2 while crossfading). */
const countImagesAtOnce = (page: Page) =>
  page.evaluate(() => {
    const stage = document.querySelector('.positions-map__stage')!;
    const w = window as unknown as { mostImages: number };
    w.mostImages = stage.querySelectorAll('img[data-static-map]').length;
    new MutationObserver(() => {
      w.mostImages = Math.max(w.mostImages, stage.querySelectorAll('img[data-static-map]').length);
    }).observe(stage, { childList: true });
  });

function staticRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/map/static/')) seen.push(path);
  });
  return seen;
}

function liveRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (LIVE_MAP_FILES.test(path)) seen.push(path);
  });
  return seen;
}

describe.each([
  { name: 'phone (390 px)', options: PHONE },
  { name: 'laptop (1280 px)', options: LAPTOP },
])('before intent, on a $name', ({ options }) => {
  it.each(['no-preference', 'reduce'] as const)(
    'scrolling the story shows each section’s static view, each downloaded once, nothing of the live map (motion: %s)',
    async (reducedMotion) => {
      const { newPage, observed, context } = await site.context(ROOT_BUILD, { ...options, reducedMotion });
      const page = await newPage();
      const live = liveRequests(page);
      const images = staticRequests(page);
      await open(page, site.url(ROOT_BUILD));
      await frames(page); // the section tracker starts just after the load event
      const data = await publishedMap(context.request, site.url(ROOT_BUILD));
      await countImagesAtOnce(page);
      expect(await frameView(page)).toBe('overview');
      const tour = [...sections.map((s) => s.id), ...sections.map((s) => s.id).reverse()];
      for (const id of tour) {
        await scrollToSection(page, id);
        await expect.poll(() => frameView(page), { timeout: 3000 }).toBe(id);
        await expect.poll(() => shownStatic(page), { timeout: 3000 }).toMatchObject({ src: `/map/static/${id}.svg`, drawn: true });
        const view = data.views.find((v) => v.id === id)!;
        expect((await shownStatic(page)).alt, id).toContain(view.description.title);
        expect(await page.locator('[data-map-caption]').textContent(), id).toContain(view.caption);
        expect(await page.locator('[data-map-text] p').first().textContent(), id).toContain(view.description.title);
      }
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await expect.poll(() => frameView(page), { timeout: 3000 }).toBe('overview');
      await expect.poll(() => shownStatic(page)).toMatchObject({ src: '/map/static/overview.svg', drawn: true });
      expect(live, 'the live map’s files').toEqual([]);
      expect(await page.locator('.leaflet-container').count()).toBe(0);
      // Every view was shown, and none downloaded twice (there and back again).
      expect([...images].sort()).toEqual(['overview', ...sections.map((s) => s.id)].map((id) => `/map/static/${id}.svg`).sort());
      const mostImages = await page.evaluate(() => (window as unknown as { mostImages: number }).mostImages);
      // A crossfade lays the new view over the old one for a moment; under reduced motion it is a plain swap.
      expect(mostImages).toBe(reducedMotion === 'reduce' ? 1 : 2);
      await expect.poll(() => page.locator('.positions-map__stage img[data-static-map]').count()).toBe(1);
      expectClean(observed);
    },
  );

  it('the next view downloads as the reader approaches it, before it is on screen', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...options, reducedMotion: 'reduce' });
    const page = await newPage();
    const images = staticRequests(page);
    await open(page, site.url(ROOT_BUILD));
    const [current, next] = [sections[1]!.id, sections[2]!.id];
    await frames(page);
    await scrollToSection(page, current);
    await expect.poll(() => frameView(page)).toBe(current);
    // Bring the next section to just below the viewport: not the reader's yet, but near.
    await page.evaluate((id) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * 1.2, behavior: 'instant' });
    }, next);
    await expect.poll(() => images.includes(`/map/static/${next}.svg`), { timeout: 3000 }).toBe(true);
    expect(await frameView(page)).not.toBe(next);
    expectClean(observed);
  });
});

/** The marker's true point (its icon's centre less any dodge offset), in document pixels, by position id. */
const markerPoints = (page: Page) =>
  page.locator('.tm-marker[data-position-id]').evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const [dx = 0, dy = 0] = getComputedStyle(el).translate === 'none' ? [] : getComputedStyle(el).translate.split(' ').map(parseFloat);
        return [(el as HTMLElement).dataset.positionId!, { x: r.left + r.width / 2 - dx + scrollX, y: r.top + r.height / 2 - dy + scrollY }];
      }),
    ),
  );

/** Where the static image draws each position (document pixels): its SVG coordinates, scaled as object-fit: contain shows them. */
async function staticPoints(page: Page, viewId: string) {
  const data = await publishedMap(page.context().request, site.url(ROOT_BUILD));
  const view = data.views.find((v) => v.id === viewId)!;
  const { projection, width, height } = fitMercator(view.bounds, STATIC_WIDTH, STATIC_ASPECT);
  const box = (await page.locator('.positions-map__stage img[data-static-map]').last().boundingBox())!;
  const [sx, sy] = await page.evaluate(() => [scrollX, scrollY]);
  const scale = Math.min(box.width / width, box.height / height);
  const [ox, oy] = [sx! + box.x + (box.width - width * scale) / 2, sy! + box.y + (box.height - height * scale) / 2];
  const points: Record<string, { x: number; y: number }> = {};
  for (const p of data.positions) {
    const [x, y] = projection([p.lng, p.lat])!;
    if (x >= 0 && x <= width && y >= 0 && y <= height) points[p.id] = { x: ox + x * scale, y: oy + y * scale };
  }
  return { points, count: data.positions.length };
}

/** Scrolls to a section on the story and waits until its static view is drawn. */
async function readSection(page: Page, id: string) {
  await frames(page); // the section tracker starts just after the load event
  await scrollToSection(page, id);
  await expect.poll(() => frameView(page), { timeout: 3000 }).toBe(id);
  await expect.poll(() => shownStatic(page)).toMatchObject({ src: `/map/static/${id}.svg`, drawn: true });
  await frames(page);
}

async function expectLiveInView(page: Page, id: string, observed: Observed) {
  await liveReady(page);
  expect(await currentView(page)).toBe(id);
  expect(await frameView(page)).toBe(id);
  const data = await publishedMap(page.context().request, site.url(ROOT_BUILD));
  expect(await page.locator('.tm-marker[data-position-id]').count()).toBe(data.positions.length);
  expect(await page.locator('.positions-map').getAttribute('data-live')).toBe('ready');
  expect(await page.locator('.positions-map__explore').isVisible()).toBe(false);
  expectClean(observed);
}

describe('intent brings up the live map in the reader’s view', () => {
  const id = 'us-reinforcements';

  it('the pointer over the map', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...LAPTOP, reducedMotion: 'reduce' });
    const page = await newPage();
    const live = liveRequests(page);
    await open(page, site.url(ROOT_BUILD));
    await readSection(page, id);
    expect(live).toEqual([]);
    await page.locator('.positions-map__stage').hover({ position: { x: 60, y: 60 } });
    await expectLiveInView(page, id, observed);
  });

  it('focus inside it (Tab to "Explore the map"); focus then stays in the map', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...LAPTOP, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await readSection(page, id);
    // Tab from the section's end backwards would be long; start just before the map's button.
    await page.locator('.positions-map__title').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus({ preventScroll: true });
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Explore the map');
    // While the map loads, the focused button stays where it is (focus is never dropped).
    expect(await page.locator('.positions-map').getAttribute('data-live')).not.toBe('idle');
    await expectLiveInView(page, id, observed);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tm-map'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.positionId)).toBeTruthy();
  });

  it('a tap on it, on a touch screen', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...PHONE, reducedMotion: 'reduce' });
    const page = await newPage();
    const live = liveRequests(page);
    // A section's own page: on a phone its map is at the top, in view.
    await open(page, site.url(ROOT_BUILD, `${id}/`));
    await page.locator('.positions-map__stage').scrollIntoViewIfNeeded();
    await frames(page);
    expect(live).toEqual([]);
    await page.locator('.positions-map__stage').tap({ position: { x: 40, y: 80 } });
    await expectLiveInView(page, id, observed);
  });

  it('the "Explore the map" button', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...PHONE, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, `${id}/`));
    await page.getByRole('button', { name: 'Explore the map' }).tap();
    await expectLiveInView(page, id, observed);
  });

  it('a <Place> link: the live map loads and its position’s details open', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...LAPTOP, reducedMotion: 'reduce' });
    const page = await newPage();
    const live = liveRequests(page);
    await open(page, site.url(ROOT_BUILD));
    const link = page.locator('a[data-place]').first();
    const place = (await link.getAttribute('data-place'))!;
    const section = await link.evaluate((a) => a.closest<HTMLElement>('[data-section]')!.id);
    await readSection(page, section);
    expect(live).toEqual([]);
    await link.click();
    await page.getByRole('dialog').waitFor();
    expect(await page.locator(`.tm-marker[data-position-id="${place}"]`).getAttribute('aria-expanded')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).hash).not.toBe(`#position-${place}`);
    await expectLiveInView(page, section, observed);
  });

  it('in the reader’s section even while that section’s static map is still on its way', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { ...LAPTOP, reducedMotion: 'reduce' });
    const { release } = await holdRequests(context, `**/map/static/${id}.svg`);
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await frames(page);
    await scrollToSection(page, id);
    await expect.poll(() => page.locator('.positions-map').getAttribute('data-reader-view')).toBe(id);
    expect(await frameView(page), 'the image on screen is still the previous view').not.toBe(id);
    await page.locator('.positions-map__stage').hover({ position: { x: 60, y: 60 } });
    await liveReady(page);
    expect(await currentView(page)).toBe(id);
    release();
    await expectLiveInView(page, id, observed);
  });

  it('on /embed/map/, at once: an embed is there to be explored', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'embed/map/'));
    await liveReady(page);
    expect(await currentView(page)).toBe('overview');
    expectClean(observed);
  });
});

describe('the handover keeps the static map’s frame', () => {
  // On a phone, the section's own page (its map at the top); on a laptop, the story read down to the
  // section (the map stays beside the text).
  it.each([
    { name: '390', options: PHONE, how: 'tap', story: false },
    { name: '1280', options: LAPTOP, how: 'hover', story: true },
  ] as const)('at $name px every position stays where the static map drew it (screenshots before and after)', async ({ name, options, how, story }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...options, reducedMotion: 'reduce' });
    const page = await newPage();
    const id = 'us-reinforcements';
    await open(page, site.url(ROOT_BUILD, story ? '' : `${id}/`));
    if (story) await readSection(page, id);
    await expect.poll(() => shownStatic(page)).toMatchObject({ src: `/map/static/${id}.svg`, drawn: true });
    expect(await frameView(page)).toBe(id);
    const before = await staticPoints(page, id);
    expect(Object.keys(before.points).length).toBeGreaterThan(5);
    await page.locator('.positions-map__stage').screenshot({ path: join(shots, `handover-${id}-${name}-before.png`) });
    const stage = page.locator('.positions-map__stage');
    if (how === 'tap') await stage.tap({ position: { x: 4, y: 120 } });
    else await stage.hover({ position: { x: 4, y: 120 } });
    await liveReady(page);
    await frames(page);
    expect(await currentView(page)).toBe(id);
    const after = await markerPoints(page);
    expect(Object.keys(after)).toHaveLength(before.count);
    for (const [pid, p] of Object.entries(before.points)) {
      expect(Math.abs(after[pid]!.x - p.x), `${pid} x`).toBeLessThanOrEqual(1.5);
      expect(Math.abs(after[pid]!.y - p.y), `${pid} y`).toBeLessThanOrEqual(1.5);
    }
    await page.mouse.move(0, 0);
    await page.locator('.positions-map__stage').screenshot({ path: join(shots, `handover-${id}-${name}-after.png`) });
    expectClean(observed);
  });
});

describe('when the live map cannot load', () => {
  it.each([
    { name: 'its island’s JavaScript', pattern: /\/_astro\/PositionsMapIsland[^/]*\.js/ },
    { name: 'Leaflet', pattern: /\/_astro\/leaflet-layers[^/]*\.js/ },
    { name: 'its data', pattern: /\/map\/data\.json/ },
  ])('with $name blocked the static map stays, with a plain note, and only the failed request is logged', async ({ pattern }) => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    await context.route(pattern, (route) => route.abort());
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await page.locator('.positions-map__stage').hover({ position: { x: 60, y: 60 } });
    await expect.poll(() => page.locator('.positions-map').getAttribute('data-live'), { timeout: 10_000 }).toBe('failed');
    expect(await page.locator('.positions-map__note').textContent()).toBe('The live map could not load. This map shows the same positions.');
    expect(await page.locator('.positions-map__note').isVisible()).toBe(true);
    expect(await page.locator('.positions-map__explore').isVisible(), 'no button that can do no more').toBe(false);
    expect(await shownStatic(page)).toMatchObject({ src: '/map/static/overview.svg', drawn: true });
    expect(await page.locator('.positions-map__static').isVisible()).toBe(true);
    expect(await page.locator('.tm-map[data-ready]').count()).toBe(0);
    // The console holds the failed request(s) (Astro retries an island's import once) and nothing else.
    expect(observed.consoleErrors.length).toBeGreaterThan(0);
    for (const line of observed.consoleErrors) expect(line).toMatch(/Failed to load resource: net::ERR_FAILED$/);
    expect(observed.external).toEqual([]);
    expect(observed.badResponses).toEqual([]);
    // A place name is a plain link again: it leads to the position in the table.
    const link = page.locator('a[data-place]').first();
    const place = await link.getAttribute('data-place');
    await Promise.all([page.waitForURL(/\/positions\/#position-/), link.click()]);
    expect(new URL(page.url()).hash).toBe(`#position-${place}`);
  });

  it('a keyboard reader on "Explore the map" is told, and keeps a place: the note takes the focus', async () => {
    const { newPage, context } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    await context.route(/\/_astro\/PositionsMapIsland[^/]*\.js/, (route) => route.abort());
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'troop-buildup/'));
    await page.locator('.positions-map__explore').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.positions-map').getAttribute('data-live'), { timeout: 10_000 }).toBe('failed');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('The live map could not load. This map shows the same positions.');
  });
});
