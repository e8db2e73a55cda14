// Jumps land where the reader looks (issue 17, items 6 and 7). Below 64rem the map sticks over the top
// of the window, but only within the story's body: a jump to a section stops just below the map, a
// jump anywhere else (the full list, a speaker, a statement, the corrections, the timeline) just
// below the top of the window, with JavaScript and without. A reader who opens /#statement-…,
// /#speaker-… or /#correction-… keeps that address until they scroll away from it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { contextOptions } from './helpers/layout';
import { expectClean, frames, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();

const SIZES = [
  { width: 390, height: 844, hasTouch: true, isMobile: true },
  { width: 844, height: 390, hasTouch: true, isMobile: true },
];

/** The ids to jump to, one of each kind, as the page has them. */
const targetsOf = (page: Page) =>
  page.evaluate((section) => {
    const first = (selector: string) => document.querySelector(selector)!.id;
    return {
      'the full list': 'who-said-what',
      'a speaker': first('[id^="speaker-"]'),
      'a statement': first('.wsw-entry[id^="statement-"]'),
      'the corrections': 'corrections',
      'a correction': first('[id^="correction-"]'),
      'the timeline': 'timeline',
      'a section': section,
    };
  }, sections[2]!.id);

/** landing() once two readings 50 ms apart agree (a page without JavaScript runs no frame to wait on). */
async function settled(page: Page, id: string) {
  let last = await landing(page, id);
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const now = await landing(page, id);
    if (now.top === last.top && now.covered === last.covered) return now;
    last = now;
  }
  return last;
}

/** Where the target's top is, and the bottom of whatever fixed or sticky box covers the top of the window. */
const landing = (page: Page, id: string) =>
  page.evaluate((target) => {
    let covered = 0;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (style.position !== 'sticky' && style.position !== 'fixed') continue;
      const r = el.getBoundingClientRect();
      if (r.height > 0 && r.width > 0 && r.top <= 1 + (parseFloat(style.top) || 0) && r.bottom > 0 && style.visibility !== 'hidden') {
        covered = Math.max(covered, r.bottom);
      }
    }
    return { top: document.getElementById(target)!.getBoundingClientRect().top, covered };
  }, id);

describe('jumps land just below whatever covers the top of the window', () => {
  const combos = SIZES.flatMap((size) => [true, false].map((js) => ({ ...size, js })));
  it.each(combos)('$width×$height, JavaScript $js: cold /#id of every kind', async ({ js, ...size }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...contextOptions(size), javaScriptEnabled: js });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const targets = await targetsOf(page);
    for (const [kind, id] of Object.entries(targets)) {
      await page.goto('about:blank'); // a cold load, not a jump within the page
      await open(page, site.url(ROOT_BUILD, `#${id}`));
      // Without JavaScript no animation frame runs for the test to wait on: wait until the jump has settled.
      if (js) await frames(page);
      const { top, covered } = js ? await landing(page, id) : await settled(page, id);
      const where = `${kind} (#${id}): top at ${Math.round(top)}, covered to ${Math.round(covered)}`;
      expect(top, where).toBeGreaterThanOrEqual(covered - 1);
      // A breath of at most 1.5rem (24 px) above it, not half a screen.
      expect(top, where).toBeLessThanOrEqual(covered + 28);
      if (kind === 'a section') expect(covered, `${where}: the map sticks over the section`).toBeGreaterThan(100);
      else expect(covered, `${where}: nothing sticks over it`).toBe(0);
    }
    expectClean(observed);
  });

  it.each(SIZES)('$width×$height: links within the page land the same way', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await page.locator('who-said-what[data-ready]').waitFor({ state: 'attached' });
    const links = [
      { link: `.toc a[href="#${sections[1]!.id}"]`, id: sections[1]!.id },
      { link: '.story-layout__intro a[href="#who-said-what"]', id: 'who-said-what' },
      { link: '.story-layout__intro a[href="#corrections"]', id: 'corrections' },
    ];
    for (const { link, id } of links) {
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.locator(link).first().click();
      await frames(page);
      await frames(page);
      const { top, covered } = await landing(page, id);
      const where = `${link}: top at ${Math.round(top)}, covered to ${Math.round(covered)}`;
      expect(top, where).toBeGreaterThanOrEqual(covered - 1);
      expect(top, where).toBeLessThanOrEqual(covered + 28);
    }
    expectClean(observed);
  });
});

describe('a cold deep link keeps its address', () => {
  it.each(SIZES)('$width×$height: until the reader scrolls away from what it points at', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const targets = await targetsOf(page);
    for (const id of [targets['a statement'], targets['a speaker'], targets['a correction']]) {
      await page.goto('about:blank');
      await open(page, site.url(ROOT_BUILD, `#${id}`));
      // What runs after load (the map's measure, the tracker after a frame, the list, last, when the
      // browser is idle) leaves the address alone.
      await page.locator('who-said-what[data-ready]').waitFor({ state: 'attached' });
      await frames(page);
      expect(new URL(page.url()).hash, `${id} after load`).toBe(`#${id}`);
      // A little scrolling that keeps it on screen keeps the address too (the tracker measures a frame after the scroll).
      const before = await page.evaluate(() => window.scrollY);
      await page.mouse.wheel(0, 40);
      await page.waitForFunction((y) => window.scrollY !== y, before);
      await frames(page);
      await frames(page);
      expect(new URL(page.url()).hash, `${id} after a small scroll`).toBe(`#${id}`);
      // Scrolled away (back into the story): the address follows the reader again.
      await page.evaluate((section) => {
        const el = document.getElementById(section)!;
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY + 40 - window.innerHeight * 0.2, behavior: 'instant' });
      }, sections[1]!.id);
      await expect.poll(() => new URL(page.url()).hash, { message: `${id} once scrolled away` }).not.toBe(`#${id}`);
    }
    expectClean(observed);
  });
});
