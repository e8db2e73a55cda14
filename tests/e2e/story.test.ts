// The full story at /: sections, copy-link, landing on /#id, the address bar following the reader,
// and the narrow layout.
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { expectClean, frames, holdRequests, open, scrollToSection, useSite } from './helpers/site';

const sections = sourceSections();
const ids = sections.map((s) => s.id);
const site = useSite([ROOT_BUILD]);

describe('/ (full story)', () => {
  it('shows every section as section[id] in main, in order, each with its heading', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD);
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    expect(await page.locator('main section[id]').evaluateAll((els) => els.map((e) => e.id))).toEqual(ids);
    for (const s of sections) {
      await expect.soft(page.locator(`section#${s.id} > header h2`).textContent()).resolves.toBe(s.heading);
    }
    expectClean(observed);
  });

  it('each copy-link button copies the section page URL and says so in a live region', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD);
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    for (const id of ids) {
      const row = page.locator(`section#${id} copy-link`);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await row.locator('button').click();
      const status = row.locator('[role="status"]');
      await expect.poll(() => status.textContent()).toBe('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText()), id).toBe(site.url(ROOT_BUILD, `${id}/`));
    }
    expectClean(observed);
  });

  it('a reader who scrolled before the page finished loading is followed at once, without scrolling again', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD);
    const page = await newPage();
    // The map's picture held back, so the load event waits while the reader scrolls.
    const { release } = await holdRequests(page, /\/map\/static\/[^/]+\.svg$/);
    await page.goto(site.url(ROOT_BUILD), { waitUntil: 'domcontentloaded' });
    await scrollToSection(page, ids[2]!);
    await frames(page);
    release();
    await page.waitForLoadState('load');
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 3000 }).toBe(`#${ids[2]}`);
    await expect.poll(() => page.locator('.positions-map').first().getAttribute('data-reader-view'), { timeout: 3000 }).toBe(ids[2]);
    expectClean(observed);
  });

  it.each([
    ['no-preference', 'smooth scrolling'],
    ['reduce', 'reduced motion'],
  ] as const)('opening /#SECTION-ID lands on that section (%s: %s)', async (reducedMotion, _label) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion });
    const page = await newPage();
    // Smooth scrolling takes a while: check the first, a middle and the last section with it.
    const targets = reducedMotion === 'reduce' ? ids : [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!];
    for (const id of targets) {
      await open(page, site.url(ROOT_BUILD, `#${id}`));
      // Wait until any (smooth) scroll to the fragment has settled.
      let last = Number.NaN;
      await expect
        .poll(
          async () => {
            const y = await page.evaluate(() => window.scrollY);
            const settled = y === last;
            last = y;
            await frames(page);
            return settled;
          },
          { timeout: 5000, interval: 100 },
        )
        .toBe(true);
      const box = await page.locator(`section#${id}`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, vh: innerHeight };
      });
      expect(box.top, `${id}: section top in view`).toBeGreaterThanOrEqual(-2);
      expect(box.top, `${id}: section top in the upper half of the viewport`).toBeLessThan(box.vh / 2);
      expect(await page.evaluate(() => location.hash), `${id}: the fragment is kept`).toBe(`#${id}`);
      // A fresh navigation each time, not a same-document fragment change.
      await page.goto('about:blank');
    }
    expectClean(observed);
  });

  it('the address bar follows the current section with replaceState, without adding history', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD);
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await frames(page);
    const historyLength = await page.evaluate(() => history.length);
    expect(await page.evaluate(() => location.hash)).toBe('');
    for (const id of ids) {
      await scrollToSection(page, id);
      await expect.poll(() => page.evaluate(() => location.hash), { timeout: 3000 }).toBe(`#${id}`);
    }
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 3000 }).toBe('');
    expect(await page.evaluate(() => location.pathname)).toBe('/');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    // The contents list marks the current section.
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ behavior: 'instant' }), ids[2]!);
    await expect.poll(() => page.locator('[aria-current="location"]').getAttribute('href')).toBe(`#${ids[2]}`);
    expectClean(observed);
  });

  it('scrolling with the mouse wheel updates the hash too', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD);
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await frames(page);
    const historyLength = await page.evaluate(() => history.length);
    const target = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top + 5, ids[1]!);
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, target);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 3000 }).toBe(`#${ids[1]}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expectClean(observed);
  });

  it.each([
    ['/', ''],
    ['a section page', `${ids[0]}/`],
    ['the 404 page', '404.html'],
  ])('at 320 px, %s has no sideways scroll', async (_name, path) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width: 320, height: 640 } });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, path));
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expectClean(observed);
  });
});
