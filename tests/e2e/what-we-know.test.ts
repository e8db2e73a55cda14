// The "What we know, and what we don't" box in a real browser: its lists open without JavaScript
// (by touch and by keyboard), read at every size with nothing sideways and nothing scrolling inside
// them, print whole (folded lists included), and axe finds nothing, light or dark.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { SIZES, contextOptions, scrollBoxes, sidewaysScroll } from './helpers/layout';
import { expectClean, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);
const BOX = '#what-we-know';

/** Opens every list of the box by tapping (or clicking) its summary, as a reader would. */
async function openLists(page: Page, tap: boolean) {
  const summaries = page.locator(`${BOX} details > summary`);
  expect(await summaries.count()).toBe(3);
  for (const summary of await summaries.all()) {
    await summary.scrollIntoViewIfNeeded();
    if (tap) await summary.tap();
    else await summary.click();
  }
  expect(await page.locator(`${BOX} details[open]`).count()).toBe(3);
}

describe('the "What we know" box', () => {
  it.each(SIZES)('opens without JavaScript and reads at $width×$height: nothing sideways, nothing scrolls inside it', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...contextOptions(size), javaScriptEnabled: false });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const box = page.locator(BOX);
    await box.scrollIntoViewIfNeeded();
    expect(await box.isVisible()).toBe(true);
    // Folded, the lists' items are out of the way; the summaries say what each list holds.
    expect(await page.locator(`${BOX} li`).first().isVisible()).toBe(false);
    await openLists(page, size.hasTouch);
    const items = page.locator(`${BOX} li`);
    const count = await items.count();
    expect(count).toBeGreaterThan(10);
    const frame = (await box.boundingBox())!;
    for (let i = 0; i < count; i++) {
      const r = (await items.nth(i).boundingBox())!;
      expect(r.x >= frame.x && r.x + r.width <= frame.x + frame.width + 0.5, `item ${i + 1} inside the box`).toBe(true);
    }
    expect(await sidewaysScroll(page), 'the page scrolls sideways').toBe(false);
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect((await scrollBoxes(page)).filter((s) => s.includes('wwk') || s.includes('what-we-know'))).toEqual([]);
    // Our words are in the sans face, the article's stay in the serif.
    const [boxFont, articleFont] = await page.evaluate(() => [
      getComputedStyle(document.querySelector('#what-we-know li')!).fontFamily,
      getComputedStyle(document.querySelector('.article-text p')!).fontFamily,
    ]);
    expect(boxFont).toBe(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sans').trim()));
    expect(boxFont).not.toBe(articleFont);
    expectClean(observed);
  });

  it('opens from the keyboard, and its links lead to a point, a statement or a section', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(SIZES[1]));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const summary = page.locator(`${BOX} details > summary`).nth(1);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`${BOX} details`).nth(1).getAttribute('open')).not.toBeNull();
    const link = page.locator(`${BOX} details`).nth(1).locator('a[href*="#position-"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.href.endsWith(href));
    expect(await page.locator(`#${href.split('#')[1]}`).isVisible()).toBe(true);
    expectClean(observed);
  });

  it('prints every list whole, folded or not, without the page’s tinted panel', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { javaScriptEnabled: false });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${BOX} details[open]`).count()).toBe(0);
    const items = page.locator(`${BOX} li`);
    const count = await items.count();
    for (let i = 0; i < count; i++) expect(await items.nth(i).isVisible(), `item ${i + 1} prints`).toBe(true);
    expect(await page.locator(BOX).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expectClean(observed);
  });

  it.each(['light', 'dark'] as const)('has no axe violations with its lists open (%s)', async (colorScheme) => {
    // With JavaScript on: axe itself runs as a script (the box needs none).
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(SIZES[0], colorScheme));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await openLists(page, true);
    const { violations, passes } = await runAxe(page);
    expect(passes).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    expectClean(observed);
  });
});
