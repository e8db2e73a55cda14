// The story's layout at 390×844 (touch), 1280×800 and 1680×1050, light and dark: the map on screen
// in every section, showing that section's view; beside the text, at least one of the section's
// statements fully on screen; nothing that scrolls on its own; no sideways scroll; the phone's
// sticky map never hides what has focus, folds away and back, and lets a one-finger drag scroll.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { coveredTop, openAt, placement, readSection, scrollBoxes, SIZES, sidewaysScroll } from './helpers/layout';
import { expectClean, frames, useSite } from './helpers/site';
import { publishedStatements, sidebarReady } from './helpers/statements';
import { mapReady } from './helpers/map';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();
const phone = SIZES[0];

const combos = SIZES.flatMap((size) => (['light', 'dark'] as const).map((colorScheme) => ({ ...size, size, colorScheme })));

describe('the story travels with the reader', () => {
  it.each(combos)('$width×$height $colorScheme: map, view and statements in every section; no scroll box', async ({ size, colorScheme }) => {
    const { page, observed, context } = await openAt(site, size, colorScheme);
    // Before intent: the static maps follow the reader (what most readers see).
    await sidebarReady(page);
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    const frame = page.locator('.story-grid__map');
    const stage = page.locator('.story-grid__map .positions-map__stage');
    expect(await scrollBoxes(page), 'at the top').toEqual([]);
    for (const section of sections) {
      await readSection(page, section.id);
      await expect.poll(() => frame.getAttribute('data-view'), { timeout: 4000, message: section.id }).toBe(section.id);
      await frames(page);
      const covered = await coveredTop(page);
      const map = await placement(stage, 0);
      expect(map.fully, `${section.id}: the whole map is on screen`).toBe(true);
      if (size.width < 1024) {
        // Sticky at the top, leaving most of the window to the text.
        expect(covered, section.id).toBeGreaterThan(0.3 * size.height);
        expect(covered, section.id).toBeLessThanOrEqual(0.46 * size.height);
      }
      // The section's own words are on screen, clear of the map.
      const heading = await placement(page.locator(`#${section.id}-heading`), covered);
      expect(heading.visible, `${section.id}: its heading is read, not hidden`).toBe(true);
      if (size.width >= 1024) {
        const mine = statements.filter((s) => s.section === section.id);
        if (mine.length > 0) {
          const textRight = await page.locator('#main').evaluate((el) => el.getBoundingClientRect().right);
          const fully = [];
          for (const s of mine) {
            const card = page.locator(`.story-cards [data-statement="${s.id}"]`);
            const p = await placement(card, 0);
            if (p.fully && p.left >= textRight && (await card.isVisible())) fully.push(s.id);
          }
          expect(fully.length, `${section.id}: a statement fully on screen beside the text`).toBeGreaterThan(0);
          // The cards are this section's only.
          const shown = await page.locator('.story-cards [data-statement]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.statement));
          expect(shown.every((id) => mine.some((s) => s.id === id)), section.id).toBe(true);
        }
      }
      expect(await scrollBoxes(page), section.id).toEqual([]);
      expect(await sidewaysScroll(page), section.id).toBe(false);
    }
    // The full list at the end scrolls with the page too.
    await page.locator('#who-said-what').scrollIntoViewIfNeeded();
    expect(await scrollBoxes(page), 'at the full list').toEqual([]);
    expectClean(observed);
  });

  it('every statement card carries data-statement, in the list, beside the text and under a passage', async () => {
    const { page, observed, context } = await openAt(site, SIZES[1]);
    await sidebarReady(page);
    const ids = (await publishedStatements(context.request, site.url(ROOT_BUILD))).map((s) => s.id);
    const of = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.statement ?? ''));
    expect(await of('#who-said-what .wsw-entry')).toEqual(ids);
    expect(await of('.story-cards .wsw-card')).toEqual(ids);
    await page.locator(`#quote-${ids[0]} a`).click();
    expect(await of('.passage-card')).toEqual([ids[0]]);
    expectClean(observed);
  });
});

describe('the sticky map on a phone', () => {
  it('folds to "Show map" and back, remembered for the visit, and focus never hides under it', async () => {
    const { page, observed } = await openAt(site, phone);
    const toggle = page.locator('[data-map-toggle]');
    await readSection(page, sections[3]!.id);
    const open0 = await coveredTop(page);
    expect(await toggle.textContent()).toBe('Hide map');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.tap();
    expect(await toggle.textContent()).toBe('Show map');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.positions-map__figure').isVisible()).toBe(false);
    await frames(page);
    const folded = await coveredTop(page);
    expect(folded).toBeGreaterThan(20);
    expect(folded).toBeLessThan(70);
    expect(folded).toBeLessThan(open0);
    // Jumps and focus in the story stop below the bar alone now (1.5rem below it, for a section).
    const margin = await page.evaluate((id) => parseFloat(getComputedStyle(document.getElementById(id)!).scrollMarginTop), sections[3]!.id);
    expect(Math.abs(margin - 24 - folded)).toBeLessThan(2);
    // Still folded after a reload, in the same visit.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => toggle.textContent()).toBe('Show map');
    expect(await page.locator('.positions-map__figure').isVisible()).toBe(false);
    await toggle.tap();
    expect(await page.locator('.positions-map__figure').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('explainer:map-collapsed'))).toBeNull();

    // Tab through the whole page, forwards and then back: whatever has focus is on screen and
    // never under the map (going back is where a sticky header hides things).
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.locator('body').focus();
    const forwards = await tabThrough(page, 'Tab');
    expect(forwards.stops, 'Tab went through the page').toBeGreaterThan(50);
    expect(forwards.reachedEnd, 'Tab reached the end of the page').toBe(true);
    expect(forwards.hidden, 'Tab').toEqual([]);
    const backwards = await tabThrough(page, 'Shift+Tab');
    expect(backwards.stops, 'Shift+Tab went back through the page').toBeGreaterThan(50);
    expect(backwards.hidden, 'Shift+Tab').toEqual([]);
    expectClean(observed);
  });

  it('a one-finger drag over the map scrolls the page, and does not pan the map', async () => {
    const { page, observed } = await openAt(site, phone);
    await mapReady(page);
    await readSection(page, sections[2]!.id);
    await expect.poll(() => page.locator('.story-grid__map').getAttribute('data-view')).toBe(sections[2]!.id);
    const before = await page.evaluate(() => window.scrollY);
    const bounds = await page.locator('.tm-map').getAttribute('data-bounds');
    const box = (await page.locator('.positions-map__stage').boundingBox())!;
    // A real touch drag, finger moving up over the middle of the live map.
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height * 0.75);
    expect(await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('.tm-map'), [x, y])).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 15 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await frames(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    expect(await page.locator('.tm-map').getAttribute('data-bounds')).toBe(bounds);
    expectClean(observed);
  });
});

/** Presses `key` until focus leaves the page, noting every focused element that is off screen or under the map. */
async function tabThrough(page: Page, key: 'Tab' | 'Shift+Tab') {
  const hidden: string[] = [];
  let stops = 0;
  let reachedEnd = false;
  for (; stops < 600; stops++) {
    await page.keyboard.press(key);
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { done: true, what: '', problem: false, end: false };
      const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.getAttribute('href') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
      if (el.closest('.story-grid__map')) return { done: false, what, problem: false, end: false };
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      // What sticks over the top (as coveredTop in helpers/layout.ts, measured here in the same round trip: this runs per Tab stop).
      let covered = 0;
      for (const s of document.querySelectorAll<HTMLElement>('.positions-map__head')) {
        const b = s.getBoundingClientRect();
        const style = getComputedStyle(s);
        // Bar and figure stick as one box; the figure may have slid up under the bar (the slim strip).
        if (style.position === 'sticky' && b.height > 0 && b.top <= parseFloat(style.top) + 1) for (const part of s.children) covered = Math.max(covered, part.getBoundingClientRect().bottom);
      }
      const problem = r.top < covered - 1 || r.bottom > window.innerHeight + 1 || r.bottom < 0;
      const end = !!el.closest('.story-layout__after');
      return { done: false, what: `${what} at ${Math.round(r.top)}..${Math.round(r.bottom)} (map to ${Math.round(covered)})`, problem, end };
    });
    if (state.done) break;
    reachedEnd ||= state.end;
    if (state.problem) hidden.push(state.what);
  }
  return { stops, reachedEnd, hidden };
}
