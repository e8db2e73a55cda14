// The rail beside the text on a short laptop window (issue 17, item 8): with "Key to symbols" or
// "What the map shows" open, the rail is taller than the window. Its panel and the section's
// statements stay reachable and readable as the reader scrolls the page, with no box that scrolls
// on its own, and the rail sticks again once the panels are closed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { readSection, scrollBoxes } from './helpers/layout';
import { expectClean, frames, open, useSite } from './helpers/site';
import { sidebarReady } from './helpers/statements';

const site = useSite([ROOT_BUILD]);
const section = sourceSections()[1]!.id;
const PANELS = {
  key: '.story-rail .map-legend__more summary',
  text: '.story-rail .positions-map__text summary',
} as const;

/** What of the rail is on screen: the open panels' ends, the cards' heading, a card of the section. */
const seen = (page: Page, panels: string[]) =>
  page.evaluate((selectors) => {
    const fully = (el: Element | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
    };
    const group = document.querySelector('.story-cards [data-cards-for]:not([hidden])');
    return {
      panels: selectors.map((s) => {
        const details = document.querySelector(s)!.closest('details')!;
        const last = [...details.querySelectorAll('p, li')].at(-1) ?? details;
        return fully(last);
      }),
      heading: fully(document.querySelector('#story-cards-heading')),
      card: fully(group?.querySelector('[data-statement]:not([hidden])') ?? null),
      railTop: document.querySelector('.story-rail')!.getBoundingClientRect().top,
    };
  }, panels);

const sizes = [
  { width: 1280, height: 800 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
];
const combos = sizes.flatMap((size) => [['key'], ['text'], ['key', 'text']].map((open) => ({ ...size, open: open as (keyof typeof PANELS)[] })));

describe('the rail with a panel open on a short window', () => {
  it.each(combos)('$width×$height, $open open: the panel and the section’s statements can be read', async ({ width, height, open: panels }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    await readSection(page, section);
    await expect.poll(() => page.locator(`.story-cards [data-cards-for="${section}"]`).isVisible()).toBe(true);
    const selectors = panels.map((p) => PANELS[p]);
    for (const s of selectors) await page.locator(s).click();
    await frames(page);
    // Read on down the page: every open panel's end, the cards' heading and a card come into view.
    const reached = { panels: selectors.map(() => false), heading: false, card: false };
    for (let step = 0; step < 16 && !(reached.panels.every(Boolean) && reached.heading && reached.card); step++) {
      const now = await seen(page, selectors);
      now.panels.forEach((ok, i) => (reached.panels[i] ||= ok));
      reached.heading ||= now.heading;
      reached.card ||= now.card;
      expect(now.railTop, 'the rail never comes loose from the top of the window').toBeLessThanOrEqual(17);
      expect(await scrollBoxes(page), 'boxes that scroll on their own').toEqual([]);
      await page.mouse.wheel(0, 120);
      await frames(page);
    }
    expect(reached, 'seen while scrolling on').toEqual({ panels: selectors.map(() => true), heading: true, card: true });
    // Scrolling back up brings the rail's top (the map) back at the top of the window.
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
    await frames(page);
    const top = await page.locator('.story-rail').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top - 16), 'the map back at the top').toBeLessThan(2);
    // Panels closed: it sticks again, as tall as the window.
    for (const s of selectors) await page.locator(s).click();
    await frames(page);
    await frames(page);
    expect(await page.locator('.story-rail').evaluate((el) => [getComputedStyle(el).position, Math.round(el.getBoundingClientRect().height)])).toEqual([
      'sticky',
      height - 32,
    ]);
    // axe once per size (with both panels open), as it is slow.
    if (panels.length === 2) expect((await runAxe(page)).violations).toEqual([]);
    expectClean(observed);
  });
});
