// The "How we made this" page in a real browser: reached from the story page's footer under both
// deploy paths, no axe violations in light and dark, nothing wider than a 390 px phone, keyboard
// reachable. Screenshots go to test-results/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, RESULTS_DIR, ROOT_BUILD } from '../helpers/paths';
import { expectAxeClean } from './helpers/axe';
import { expectClean, open, useSite } from './helpers/site';

const dir = join(RESULTS_DIR, 'screenshots');
const site = useSite([...BUILDS]);

describe('How we made this', () => {
  mkdirSync(dir, { recursive: true });

  it.each(BUILDS)('is one click from the story’s footer under the $name build’s base, and links back', async (build) => {
    const { newPage, observed } = await site.context(build, { viewport: { width: 390, height: 844 }, hasTouch: true, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(build));
    await page.locator('footer a', { hasText: 'How we made this' }).first().click();
    await page.waitForURL(site.url(build, 'how-we-made-this/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('How we made this');
    await page.locator('main a', { hasText: 'Back to the full story' }).click();
    await page.waitForURL(site.url(build));
    expectClean(observed);
  });

  it.each([
    { width: 390, height: 844, colorScheme: 'light' },
    { width: 390, height: 844, colorScheme: 'dark' },
    { width: 1280, height: 800, colorScheme: 'light' },
    { width: 1680, height: 1050, colorScheme: 'dark' },
  ] as const)('has no axe violations and nothing wider than the screen at $width px ($colorScheme)', async ({ width, height, colorScheme }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height }, colorScheme, hasTouch: width < 600, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'how-we-made-this/'));
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAxeClean(page);
    // The "Explainer" label is visible in the masthead.
    await expect(page.locator('header.masthead .work-type').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(dir, `how-we-made-this-${width}-${colorScheme}.png`), fullPage: true });
    expectClean(observed);
  });

  it('the skip link and every link on the page are reachable by keyboard', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width: 1280, height: 800 } });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'how-we-made-this/'));
    const links = await page.locator('a[href]').count();
    const reached = new Set<string>();
    for (let i = 0; i < links + 2; i++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement | null;
        return a?.tagName === 'A' ? `${a.textContent?.trim()}|${a.getAttribute('href')}|${[...document.querySelectorAll('a[href]')].indexOf(a)}` : null;
      });
      if (key) reached.add(key);
    }
    expect(reached.size).toBe(links);
    expectClean(observed);
  });
});
