// Issue 17, item 5: the map that sticks over a phone's text. While the reader reads on (scrolls down)
// it shrinks to a slim strip, its title bar and "Hide map"; scrolling back up, a new section or a jump
// brings it back. The text under it never moves. At the end of the story the map leaves with its bar
// and never slides over it. (positions-map-sticky.css, map-toggle.ts)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sourceSections } from '../helpers/content';
import { RESULTS_DIR, ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { contextOptions, coveredTop, readSection, SIZES } from './helpers/layout';
import { expectClean, frames, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();
const PHONES = [SIZES[0], { name: 'landscape', width: 844, height: 390, hasTouch: true, isMobile: true }] as const;

const barBottom = (page: Page) => page.locator('.positions-map__bar').evaluate((el) => el.getBoundingClientRect().bottom);

/** The reader's own scroll (a wheel or a finger: relative), then the frames its handlers need. */
async function readOn(page: Page, dy: number) {
  const from = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, dy);
  // Until the scroll has ended: the same position two frames apart, away from where it started.
  let last = from;
  for (let i = 0; i < 50; i++) {
    await frames(page);
    const now = await page.evaluate(() => window.scrollY);
    if (now !== from && now === last) break;
    last = now;
  }
  await frames(page);
}

/** The text at `y` down the window, across its middle: never the map, which a new section brings back over it, as it should. */
const textAt = (page: Page, y: number) =>
  page.evaluateHandle((at) => document.elementsFromPoint(window.innerWidth / 2, at).find((el) => !el.closest('.positions-map__head'))!, y);

/**
 * Reads on by `dy` and checks the text under the map moved by just that: the line the reader had
 * just below the map (or the strip) is `dy` higher, whatever the map did meanwhile. (When a caption
 * changes length the browser's scroll anchoring keeps the text in place.) Returns what moved otherwise.
 */
async function readOnSteadily(page: Page, dy: number): Promise<string[]> {
  const y = (await coveredTop(page)) + 12;
  const line = await textAt(page, y);
  const top = () => line.evaluate((el) => el.getBoundingClientRect().top);
  const before = await top();
  await readOn(page, dy);
  const after = await top();
  return Math.abs(after - (before - dy)) > 1.5 ? [`reading on by ${dy} px moved the line at ${y} px from ${before} to ${after}`] : [];
}

/** Reads on, a little at a time, until the map is a slim strip (or gives up); returns the steps taken and any jumps of the text. */
async function readOnUntilSlim(page: Page): Promise<{ steps: number; jumps: string[] }> {
  const jumps: string[] = [];
  for (let step = 1; step <= 12; step++) {
    jumps.push(...(await readOnSteadily(page, 80)));
    if ((await coveredTop(page)) <= (await barBottom(page)) + 2) return { steps: step, jumps };
  }
  return { steps: -1, jumps };
}

describe('the sticky map on a phone, while the reader reads', () => {
  it.each(PHONES)('shrinks to its bar as the reader reads on, comes back on the way up, and the text never moves ($width×$height)', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await readSection(page, sections[1]!.id);
    await frames(page);
    const full = await coveredTop(page);
    const bar = await barBottom(page);
    expect(full, 'the whole map, to start with').toBeGreaterThan(bar + 80);

    const { steps, jumps } = await readOnUntilSlim(page);
    expect(steps, 'the map slims as the reader reads on').toBeGreaterThan(0);
    expect(jumps, 'the text moved other than with the reader').toEqual([]);
    const slim = await coveredTop(page);
    expect(slim, 'only the bar covers the text').toBeLessThanOrEqual(bar + 2);
    expect(slim / size.height).toBeLessThan(0.1);
    // The text under the strip is on show: the map is no longer there.
    const under = await page.evaluate((y) => !!document.elementFromPoint(window.innerWidth / 2, y)?.closest('.positions-map__head'), bar + 40);
    expect(under, 'the map still under the bar').toBe(false);
    // Still a bar with "Hide map", which still works.
    const toggle = page.locator('[data-map-toggle]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.textContent()).toBe('Hide map');
    await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', `sticky-map-slim-${size.width}x${size.height}.png`) });
    expect((await runAxe(page)).violations).toEqual([]);

    // A step back up: the whole map again, the text moving only with the reader.
    expect(await readOnSteadily(page, -40)).toEqual([]);
    expect(await coveredTop(page)).toBeGreaterThan(full - 20);
    expectClean(observed);
  });

  it('comes back whole at a new section and after a jump', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(SIZES[0]));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await readSection(page, sections[1]!.id);
    await frames(page);
    const full = await coveredTop(page);
    expect((await readOnUntilSlim(page)).steps).toBeGreaterThan(0);
    // Read on, strip by strip, until the map follows the reader into the next section.
    const frame = page.locator('.story-grid__map');
    const view = await frame.getAttribute('data-view');
    for (let i = 0; i < 40 && (await frame.getAttribute('data-reader-view')) === view; i++) await readOn(page, 60);
    expect(await frame.getAttribute('data-reader-view')).not.toBe(view);
    expect(await coveredTop(page), 'the whole map, at the new section').toBeGreaterThan(full - 20);
    // Read on: it slims again; a jump (the contents' link to a later section) brings it back.
    expect((await readOnUntilSlim(page)).steps).toBeGreaterThan(0);
    await page.evaluate((id) => {
      location.hash = id;
    }, sections[5]!.id);
    await expect.poll(() => coveredTop(page)).toBeGreaterThan(full - 20);
    expectClean(observed);
  });

  it('slides without motion for readers who asked for less, and with it otherwise; the first line stays put meanwhile', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { newPage, observed } = await site.context(ROOT_BUILD, { ...contextOptions(SIZES[0]), reducedMotion });
      const page = await newPage();
      await open(page, site.url(ROOT_BUILD));
      const duration = await page.locator('.positions-map__figure').evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
      if (reducedMotion === 'reduce') expect(duration).toBe(0);
      else expect(duration).toBeGreaterThan(0);
      await readSection(page, sections[1]!.id);
      await frames(page);
      const bar = await barBottom(page);
      // While the figure slides away (or jumps, without motion), the text below the map stays where it is.
      const { steps, jumps } = await readOnUntilSlim(page);
      expect(steps).toBeGreaterThan(0);
      expect(jumps, reducedMotion).toEqual([]);
      const line = await textAt(page, bar + 30);
      const samples = await line.evaluate(
        (at) =>
          new Promise<number[]>((resolve) => {
            const out: number[] = [];
            const start = performance.now();
            const tick = () => {
              out.push(at.getBoundingClientRect().top);
              if (performance.now() - start < 500) requestAnimationFrame(tick);
              else resolve(out);
            };
            tick();
          }),
      );
      expect(new Set(samples.map((s) => Math.round(s))).size, `${reducedMotion}: the line under the strip moved`).toBe(1);
      expectClean(observed);
    }
  });
});

describe('the sticky map at the end of the story', () => {
  it.each(PHONES)('leaves with its bar: the figure never covers the title or "Hide map" ($width×$height)', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const end = await page.locator('main').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    const covered: string[] = [];
    let seen = 0;
    for (let y = end - size.height - 200; y <= end + 50; y += 25) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
      await frames(page);
      const hit = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('[data-map-toggle], #positions-map-title')) {
          const r = el.getBoundingClientRect();
          const [x, cy] = [r.left + Math.min(12, r.width / 2), r.top + r.height / 2];
          if (cy < 2 || cy > window.innerHeight) continue;
          const top = document.elementFromPoint(x, cy);
          out.push(top && el.contains(top) ? '' : `${el.textContent?.trim().slice(0, 20)} under ${top?.className}`);
        }
        return out;
      });
      seen += hit.length;
      for (const h of hit) if (h) covered.push(`${y}: ${h}`);
    }
    expect(seen, 'the bar was checked').toBeGreaterThan(10);
    expect(covered).toEqual([]);
    expectClean(observed);
  });
});
