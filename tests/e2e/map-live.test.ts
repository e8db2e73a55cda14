// The live map on a phone and a laptop (issue 17, items 2, 3, 4, 10 and the live map's points of
// 12): a position's details open in the text, read whole, and close with Close, Escape and Back;
// two fingers pan the map, one finger scrolls the page and gets a hint; a place name in the text
// keeps the reader where they are and opens its details; the map is a few Tab stops, its markers
// reached by arrow keys; labels never under a control, cut at the edge or overlapping; with details
// open, the map still follows the reader.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { contextOptions, coveredTop, readSection, scrollBoxes } from './helpers/layout';
import { currentView, mapBounds, publishedMap } from './helpers/map';
import { expectClean, frames, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();

const PHONE = { width: 390, height: 844, hasTouch: true, isMobile: true };
const LANDSCAPE = { width: 844, height: 390, hasTouch: true, isMobile: true };
const LAPTOP = { width: 1280, height: 720, hasTouch: false, isMobile: false };
const WIDE = { width: 1680, height: 1050, hasTouch: false, isMobile: false };
type Size = typeof PHONE;

const SECTION = 'us-reinforcements';
const MARKER = 'us-82nd-rzeszow';

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.positionId ?? null);
const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));

/** The story at a section, the live map loaded with "Explore the map" (a tap or a click). */
async function liveAt(size: Size, section = SECTION) {
  const { newPage, observed, context } = await site.context(ROOT_BUILD, contextOptions(size));
  const page = await newPage();
  await open(page, site.url(ROOT_BUILD));
  await readSection(page, section);
  await frames(page);
  const explore = page.locator('.positions-map__explore');
  if (size.hasTouch) await explore.tap();
  else await explore.click();
  await page.locator('.tm-map[data-ready]').waitFor();
  await frames(page);
  return { page, observed, context };
}

/**
 * A tap or a click where the element is on screen. (Playwright's own tap first scrolls the element
 * "into view", which for a marker in the map stuck over a phone's window moves the page.)
 */
async function activate(page: Page, size: Size, selector: string) {
  const b = (await page.locator(selector).boundingBox())!;
  const at = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  if (size.hasTouch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

/** The box of an element, in viewport px. */
const box = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
const intersect = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('a marker’s details (item 2)', () => {
  it.each([PHONE, LANDSCAPE, LAPTOP, WIDE])('$width×$height: open in the text, read whole, off the map; Close, Escape and Back close them, focus back on the marker', async (size) => {
    const { page, observed } = await liveAt(size);
    const marker = `.tm-marker[data-position-id="${MARKER}"]`;
    await activate(page, size, marker);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await frames(page);
    expect(await focusInDialog(page), 'focus moved into the details').toBe(true);
    const where = await dialog.evaluate((el) => ({
      inMap: !!el.closest('.positions-map'),
      inText: !!el.closest('.story-grid__text'),
      scrolls: el.scrollHeight > el.clientHeight + 1,
    }));
    expect(where).toEqual({ inMap: false, inText: true, scrolls: false });
    expect(await scrollBoxes(page), 'nothing scrolls inside the page').toEqual([]);
    // As wide as the text, which on a phone is the screen less its margins.
    const d = await box(page, '[role="dialog"]');
    const text = await box(page, '.story-grid__text');
    expect(d.width).toBeGreaterThanOrEqual(text.width - 1);
    if (size.width < 600) expect(d.width).toBeGreaterThanOrEqual(size.width - 40);
    // Opened where the reader looks, clear of the map and of whatever sticks over the window.
    expect(intersect(d, await box(page, '.positions-map__stage')), 'over the map').toBe(false);
    expect(d.top).toBeGreaterThanOrEqual((await coveredTop(page)) - 1);
    expect(d.top).toBeLessThan(size.height - 40);
    expect(await page.locator(marker).getAttribute('aria-expanded')).toBe('true');

    // Close: focus goes back to the marker.
    await activate(page, size, '.tm-panel__close');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focusedId(page)).toBe(MARKER);
    // Escape.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focusedId(page)).toBe(MARKER);
    // Back (a gesture, or the browser's button): the details close, and the reader is back at the
    // text they were reading when they opened them.
    const address = page.url();
    const before = await page.evaluate(() => scrollY);
    await activate(page, size, marker);
    await dialog.waitFor();
    await page.goBack();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focusedId(page)).toBe(MARKER);
    expect(page.url()).toBe(address);
    await expect.poll(() => page.evaluate(() => scrollY), { message: 'where the reader was' }).toBeCloseTo(before, -1);
    // Back once more leaves nothing of the details behind in the history: it goes where Back went before.
    expect(await page.evaluate(() => history.state?.tmDetails ?? null)).toBeNull();
    expectClean(observed);
  });

  it('390×844: axe finds nothing with the details open in the text', async () => {
    const { page, observed } = await liveAt(PHONE);
    await activate(page, PHONE, `.tm-marker[data-position-id="${MARKER}"]`);
    await page.getByRole('dialog').waitFor();
    const { violations } = await runAxe(page);
    expect(violations).toEqual([]);
    expectClean(observed);
  });
});

/** Dispatches a drag of one or two fingers through the browser's own input pipeline (CDP). */
async function drag(cdp: CDPSession, at: { x: number; y: number }, fingers: 1 | 2, dy: number) {
  const points = (d: number) =>
    fingers === 1 ? [{ x: at.x, y: at.y + d, id: 0 }] : [{ x: at.x - 40, y: at.y + d, id: 0 }, { x: at.x + 40, y: at.y + d, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points((dy * i) / 10) });
  return () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('panning on a touch screen (item 3)', () => {
  it('390×844: after a pinch, two fingers pan the map; one finger scrolls the page and shows a hint', async () => {
    const { page, observed, context } = await liveAt(PHONE);
    const cdp = await context.newCDPSession(page);
    const map = await box(page, '.tm-map');
    const mid = { x: map.left + map.width / 2, y: map.top + map.height / 2 };
    // A pinch first: the fingers move apart.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: mid.x - 20, y: mid.y, id: 0 }, { x: mid.x + 20, y: mid.y, id: 1 }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: mid.x - 20 - 6 * i, y: mid.y, id: 0 }, { x: mid.x + 20 + 6 * i, y: mid.y, id: 1 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await frames(page);
    const zoomed = await mapBounds(page);
    const scrolled = await page.evaluate(() => scrollY);
    // Two fingers up: the map moves (its bounds go south), the page does not.
    await (await drag(cdp, mid, 2, -80))();
    await expect.poll(async () => (await mapBounds(page))[0]).toBeLessThan(zoomed[0]!);
    expect(await page.evaluate(() => scrollY), 'the page stayed').toBe(scrolled);
    // One finger: the page scrolls, the map stays, and the hint says how to move it.
    const panned = await mapBounds(page);
    const lift = await drag(cdp, mid, 1, -60);
    const hint = page.locator('.tm-hint');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toBe('Use two fingers to move the map');
    await lift();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
    expect(await mapBounds(page)).toEqual(panned);
    // It goes again by itself.
    await expect.poll(() => hint.isVisible(), { timeout: 5000 }).toBe(false);
    // A tap is not a drag: no hint.
    await page.locator('.tm-map').tap({ position: { x: 30, y: 150 } });
    expect(await hint.isVisible()).toBe(false);
    expectClean(observed);
  });
});

describe('place names in the text (item 4)', () => {
  it.each([
    { ...PHONE, loaded: false },
    { ...PHONE, loaded: true },
    { ...LANDSCAPE, loaded: true },
    { ...LAPTOP, loaded: false },
    { ...WIDE, loaded: true },
  ])('$width×$height, live map loaded before: $loaded: the reader stays, the section’s view stays, the place’s details open', async (size) => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const link = page.locator('a[data-place]').first();
    const place = (await link.getAttribute('data-place'))!;
    const section = await link.evaluate((a) => a.closest<HTMLElement>('[data-section]')!.id);
    await readSection(page, section);
    if (size.loaded) {
      await frames(page);
      const explore = page.locator('.positions-map__explore');
      if (size.hasTouch) await explore.tap();
      else await explore.click();
      await page.locator('.tm-map[data-ready]').waitFor();
    }
    // The reader has the link a third of the way down what the map leaves of the window.
    const covered = await coveredTop(page);
    await link.evaluate((a, top) => {
      const r = a.getBoundingClientRect();
      window.scrollTo({ top: scrollY + r.top - top - (innerHeight - top) / 3, behavior: 'instant' });
    }, covered);
    await frames(page);
    // The reader's view (before the live map, the static map's data-view waits for its image).
    const view = await page.locator('.positions-map').evaluate((el: HTMLElement) => el.dataset.readerView ?? el.dataset.view);
    const linkBefore = await link.evaluate((a) => a.getBoundingClientRect().top);
    if (size.hasTouch) await link.tap();
    else await link.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await frames(page);
    const data = await publishedMap(context.request, site.url(ROOT_BUILD));
    expect(await dialog.locator('.tm-panel__title').textContent()).toBe(data.positions.find((p) => p.id === place)!.label);
    expect(await focusInDialog(page)).toBe(true);
    // Under the link's own paragraph, in sight.
    expect(await link.evaluate((a) => !!a.closest('p')?.nextElementSibling?.querySelector('[role="dialog"]'))).toBe(true);
    const d = await box(page, '[role="dialog"]');
    expect(d.top, 'the details show (visible feedback)').toBeLessThan(size.height - 60);
    // The reader is where they were: the link has not moved much and is still in sight, in the same section and view.
    const linkAfter = await link.evaluate((a) => a.getBoundingClientRect().toJSON() as DOMRect);
    expect(Math.abs(linkAfter.top - linkBefore), 'no jump').toBeLessThan(size.height / 4);
    expect(linkAfter.top).toBeGreaterThanOrEqual((await coveredTop(page)) - 1);
    expect(await currentView(page), 'the section’s view').toBe(view);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator(`.tm-marker[data-position-id="${place}"]`).getAttribute('aria-expanded')).toBe('true');
    // Escape: the focus goes back to the place name.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.place)).toBe(place);
    expectClean(observed);
  });
});

describe('the live map in the Tab order (item 10)', () => {
  it.each([LAPTOP, { ...PHONE, hasTouch: false, isMobile: false }])('$width×$height: the map and one marker are its Tab stops; arrow keys go from marker to marker', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await readSection(page, SECTION);
    await page.locator('.positions-map__explore').focus();
    await page.keyboard.press('Enter');
    await page.locator('.tm-map[data-ready]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('tm-map'))).toBe(true);
    // Tab on from the map: how many stops inside the live map, and how many until the story's text.
    let inMap = 0;
    let toText = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => ({
        map: !!document.activeElement?.closest('.positions-map__stage'),
        text: !!document.activeElement?.closest('.story-grid__text'),
      }));
      if (at.map) inMap++;
      else toText++;
      if (at.text) break;
    }
    expect(inMap, 'Tab stops inside the live map').toBe(1);
    expect(toText, 'Tab presses from the map to the story’s text').toBeLessThanOrEqual(size.width < 600 ? 6 : 12);
    // Back to the marker: the arrow keys move between markers, Enter opens one.
    for (let i = 0; i < 20 && !(await focusedId(page)); i++) await page.keyboard.press('Shift+Tab');
    const first = (await focusedId(page))!;
    expect(first).toBeTruthy();
    const seen = new Set([first]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End', 'Home']) {
      await page.keyboard.press(key);
      const id = await focusedId(page);
      expect(id, key).toBeTruthy();
      seen.add(id!);
    }
    expect(seen.size).toBeGreaterThan(2);
    expect(await page.locator('.tm-marker[tabindex="0"]').count(), 'one marker in the Tab order').toBe(1);
    const now = (await focusedId(page))!;
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe(now);
    expectClean(observed);
  });
});

/** Labels shown on the live map that are cut by its edge, sit on a control, or overlap another label or marker. */
function badLabels(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('.tm-map')!.getBoundingClientRect();
    const controls = [...document.querySelectorAll('.tm-live .leaflet-control')].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
    const cross = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const labels = [...document.querySelectorAll<HTMLElement>('.tm-marker--labelled')].map((m) => ({
      id: m.dataset.positionId!,
      r: m.querySelector('.tm-marker__label')!.getBoundingClientRect(),
    }));
    const symbols = [...document.querySelectorAll<HTMLElement>('.tm-marker[data-position-id]')].map((m) => ({
      id: m.dataset.positionId!,
      r: m.querySelector('.tm-marker__symbol')!.getBoundingClientRect(),
    }));
    const bad: string[] = [];
    for (const { id, r } of labels) {
      if (r.left < map.left - 0.5 || r.right > map.right + 0.5 || r.top < map.top - 0.5 || r.bottom > map.bottom + 0.5) bad.push(`${id}: cut at the edge`);
      if (controls.some((c) => cross(r, c))) bad.push(`${id}: under a control`);
      for (const o of labels) if (o.id < id && cross(r, o.r)) bad.push(`${id}: over the label of ${o.id}`);
      for (const s of symbols) if (s.id !== id && cross(r, s.r)) bad.push(`${id}: over the marker of ${s.id}`);
    }
    return { bad, shown: labels.length };
  });
}

describe('labels on the live map (item 12)', () => {
  it.each([PHONE, LANDSCAPE, LAPTOP, WIDE])('$width×$height: in every view, none under a control, cut at the edge, or overlapping', async (size) => {
    const { page, observed } = await liveAt(size, sections[0]!.id);
    let shown = 0;
    for (const s of sections) {
      await readSection(page, s.id);
      await expect.poll(() => currentView(page), { timeout: 3000 }).toBe(s.id);
      await frames(page);
      const result = await badLabels(page);
      expect(result.bad, s.id).toEqual([]);
      shown += result.shown;
    }
    // (A map as short as a phone's in landscape has no room for any.)
    if (size.height > 600) expect(shown, 'labels are shown at all').toBeGreaterThan(sections.length);
    expectClean(observed);
  });
});

/**
 * Where the labels of markers shown anyway are cut by the map's edge or sit on a control: each of
 * `ids` focused in turn (its label shows at once), or with `focus` false, as they are now (open).
 */
function shownLabelProblems(page: Page, ids: string[], focus: boolean) {
  return page.evaluate(
    ({ ids, focus }) => {
      const map = document.querySelector('.tm-map')!.getBoundingClientRect();
      const controls = [...document.querySelectorAll('.tm-live .leaflet-control')].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
      const cross = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const bad: string[] = [];
      for (const id of ids) {
        const marker = document.querySelector<HTMLElement>(`.tm-marker[data-position-id="${id}"]`)!;
        if (focus) marker.focus({ preventScroll: true });
        const r = marker.querySelector('.tm-marker__label')!.getBoundingClientRect();
        if (r.width === 0) bad.push(`${id}: not shown`);
        if (r.left < map.left - 0.5 || r.right > map.right + 0.5 || r.top < map.top - 0.5 || r.bottom > map.bottom + 0.5) bad.push(`${id}: cut at the edge`);
        if (controls.some((c) => cross(r, c))) bad.push(`${id}: under a control`);
      }
      return bad;
    },
    { ids, focus },
  );
}

/** The markers drawn wholly inside the live map, the layout's unlabelled ones first, longest label first. */
const markersInMap = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('.tm-map')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.tm-marker[data-position-id]')]
      .filter((m) => {
        const r = m.getBoundingClientRect();
        return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
      })
      .map((m) => ({ id: m.dataset.positionId!, labelled: m.classList.contains('tm-marker--labelled'), length: m.textContent!.length }))
      .sort((a, b) => Number(a.labelled) - Number(b.labelled) || b.length - a.length)
      .map((m) => m.id);
  });

describe('the label of a focused or open marker (item 12)', () => {
  it.each([PHONE, LANDSCAPE, LAPTOP, WIDE])('$width×$height: in every view, never under a control or cut at the edge', async (size) => {
    const { page, observed } = await liveAt(size, sections[0]!.id);
    const bad: string[] = [];
    for (const s of sections) {
      await readSection(page, s.id);
      await expect.poll(() => currentView(page), { timeout: 3000 }).toBe(s.id);
      await frames(page);
      const inMap = await markersInMap(page);
      bad.push(...(await shownLabelProblems(page, inMap, true)).map((b) => `${s.id}, focused: ${b}`));
      // Opened, the marker the layout gave no label with the longest name: its label must find room,
      // beside the open marker's larger symbol.
      await page.keyboard.press('Escape');
      await page.locator(`.tm-marker[data-position-id="${inMap[0]}"]`).evaluate((el: HTMLElement) => el.click());
      await page.getByRole('dialog').waitFor();
      await frames(page);
      bad.push(...(await shownLabelProblems(page, [inMap[0]!], false)).map((b) => `${s.id}, open: ${b}`));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    expect(bad).toEqual([]);
    expectClean(observed);
  });
});

describe('hover on a touch screen (item 12)', () => {
  it('390×844: the :hover a tap leaves behind shows no label the layout left out', async () => {
    const { page, observed } = await liveAt(PHONE, 'us-reinforcements');
    await readSection(page, 'us-reinforcements');
    await frames(page);
    const unlabelled = (await markersInMap(page))[0]!;
    const marker = page.locator(`.tm-marker[data-position-id="${unlabelled}"]`);
    expect(await marker.evaluate((el) => el.classList.contains('tm-marker--labelled'))).toBe(false);
    // Where a tap happened, the browser keeps :hover until the next tap elsewhere.
    const b = (await marker.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    expect(await marker.evaluate((el) => el.matches(':hover'))).toBe(true);
    expect(await marker.locator('.tm-marker__label').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expectClean(observed);
  });
});

describe('details open while the reader reads on (item 12)', () => {
  it.each([PHONE, LAPTOP])('$width×$height: the next section moves the map, which nothing covers', async (size) => {
    const { page, observed } = await liveAt(size);
    await activate(page, size, `.tm-marker[data-position-id="${MARKER}"]`);
    await page.getByRole('dialog').waitFor();
    const before = await mapBounds(page);
    const next = sections[sections.findIndex((s) => s.id === SECTION) + 1]!.id;
    await readSection(page, next);
    await expect.poll(() => currentView(page), { timeout: 3000 }).toBe(next);
    await expect.poll(() => mapBounds(page)).not.toEqual(before);
    expect(await page.locator('[data-map-caption]').textContent()).toContain((await page.locator(`#${next} .section-head__title`).textContent())!);
    // Nothing of the details lies over the map.
    expect(intersect(await box(page, '[role="dialog"]'), await box(page, '.positions-map__stage'))).toBe(false);
    expectClean(observed);
  });
});
