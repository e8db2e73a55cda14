// "Who said what" for every reader: axe-core finds nothing in light and dark with the sidebar in use
// (filtered, grouped, speakers open, a passage highlighted), and screenshots at 390 and 1280 px for a
// person to look at (test-results/screenshots/statements-*.png).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, ROOT_BUILD } from '../helpers/paths';
import { expectAxeClean } from './helpers/axe';
import { expectClean, frames, open, useSite } from './helpers/site';
import { scrollSettled, sidebarReady } from './helpers/statements';

const shots = join(RESULTS_DIR, 'screenshots');
const site = useSite([ROOT_BUILD]);

/** Scrolls the window so `section` is being read (its top just above the reading line). */
async function readSection(page: Page, id: string) {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 40, behavior: 'instant' });
  }, id);
  await scrollSettled(page);
  await frames(page);
}

describe('who said what: accessibility and screenshots', () => {
  mkdirSync(shots, { recursive: true });

  it.each(['light', 'dark'] as const)('axe finds nothing on / in %s mode with the sidebar in use', async (colorScheme) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { colorScheme, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    await readSection(page, 'kremlin-expectations');
    await expectAxeClean(page, 'reading order, current entries');
    await page.selectOption('#wsw-side', 'russia');
    await page.selectOption('#wsw-arrange', 'speaker');
    await page.locator('#who-said-what details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.locator('#quote-peskov-atmosphere-tense a').click();
    await expectAxeClean(page, 'filtered, grouped, speakers open, an entry highlighted');
    await page.locator('#statement-peskov-atmosphere-tense .wsw-entry__to-text').click();
    await page.selectOption('#wsw-arrange', 'date');
    await expectAxeClean(page, 'by date, a passage highlighted');
    expectClean(observed);
  });

  it.each(['light', 'dark'] as const)('axe finds nothing on a section page in %s mode', async (colorScheme) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { colorScheme, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'kremlin-expectations/'));
    await sidebarReady(page);
    await page.selectOption('#wsw-arrange', 'speaker');
    await page.locator('#who-said-what details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expectAxeClean(page, 'a section page, speakers open');
    expectClean(observed);
  });

  it.each([
    { width: 1280, height: 900, colorScheme: 'light' },
    { width: 1280, height: 900, colorScheme: 'dark' },
    { width: 390, height: 844, colorScheme: 'light' },
    { width: 390, height: 844, colorScheme: 'dark' },
  ] as const)('screenshots at $width px, $colorScheme', async ({ width, height, colorScheme }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
    const page = await newPage();
    const name = (what: string) => join(shots, `statements-${what}-${width}-${colorScheme}.png`);
    await open(page, site.url(ROOT_BUILD));
    await page.evaluate(() => document.fonts.ready);
    await sidebarReady(page);
    await page.screenshot({ path: name('top') });
    // Reading section 3: its passages marked in the text, its entries current in the sidebar.
    await readSection(page, 'kremlin-expectations');
    await page.screenshot({ path: name('reading') });
    // A passage followed from the sidebar (focus and highlight).
    await page.locator('#statement-peskov-no-decisive-breakthrough .wsw-entry__to-text').focus();
    await page.keyboard.press('Enter');
    await scrollSettled(page);
    await page.screenshot({ path: name('passage') });
    // The sidebar filtered to one speaker and grouped by date, a speaker's details open.
    await page.selectOption('#wsw-speaker', 'dmitry-peskov');
    await page.selectOption('#wsw-arrange', 'date');
    await page.locator('#speaker-dmitry-peskov').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const aside = page.locator('#who-said-what');
    if (width < 1024) {
      await aside.scrollIntoViewIfNeeded();
      const box = (await aside.boundingBox())!;
      const top = await page.evaluate(() => window.scrollY);
      await page.screenshot({ path: name('sidebar'), fullPage: true, clip: { x: 0, y: box.y + top, width, height: Math.min(box.height, 2600) } });
    } else {
      await page.locator('#statement-peskov-substantive-conversation .wsw-entry__to-text').hover();
      await page.screenshot({ path: name('sidebar') });
    }
    expectClean(observed);
  });

  it.each([
    { width: 1280, height: 900, colorScheme: 'light' },
    { width: 390, height: 844, colorScheme: 'dark' },
  ] as const)('section page screenshots at $width px, $colorScheme', async ({ width, height, colorScheme }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
    const page = await newPage();
    const name = (what: string) => join(shots, `statements-section-${what}-${width}-${colorScheme}.png`);
    await open(page, site.url(ROOT_BUILD, 'kremlin-expectations/'));
    await page.evaluate(() => document.fonts.ready);
    await sidebarReady(page);
    await page.screenshot({ path: name('top') });
    await page.locator('#who-said-what').scrollIntoViewIfNeeded();
    await page.locator('#who-said-what-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: name('sidebar') });
    expectClean(observed);
  });
});
