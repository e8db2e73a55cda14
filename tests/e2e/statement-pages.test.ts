// A statement's own page in Chromium, and the links to the exact words: a text-fragment link opens
// with the words on screen (the browser's own matching, not only our id), the page's Share control
// copies its address where there is no Web Share API, and screenshots at three widths.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, ROOT_BUILD, SUBPATH_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { chromeExecutable } from './helpers/browser';
import { serveStatic } from './helpers/serve';
import { expectClean, open, useSite } from './helpers/site';
import { onScreen, publishedStatements, scrollSettled } from './helpers/statements';

const site = useSite([ROOT_BUILD, SUBPATH_BUILD]);

/** Whether this browser scrolls to a text directive at all, tried on a page of our own making. */
async function followsTextDirectives(page: Page): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-tf-'));
  const filler = Array.from({ length: 200 }, (_, i) => `<p>filler ${i}</p>`).join('');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><body>${filler}<p>the words to find</p>${filler}</body></html>`);
  const server = await serveStatic(dir, '/');
  try {
    await page.goto(`${server.url}#:~:text=words%20to%20find`);
    await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 1500 }).catch(() => {});
    return (await page.evaluate(() => window.scrollY)) > 0;
  } finally {
    await page.goto('about:blank');
    await server.close();
  }
}

describe('links to the exact words', () => {
  it.each([
    { id: 'sullivan-any-day-now', link: 'Read it in the full story' }, // the words also appear earlier, in a heading: a prefix leads past it
    { id: 'sullivan-in-the-window', link: 'Read it in section' }, // long words: linked by their first and last words
    { id: 'macron-short-term-victories', link: 'Read it in the full story' }, // a dash in the words
  ])('$id: “$link” opens the page with the words on screen', async ({ id, link }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, `statements/${id}/`));
    const anchor = page.locator('.statement-page__links a', { hasText: link });
    const href = (await anchor.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`#quote-${id}:~:text=`));
    await anchor.click();
    await page.waitForURL((url) => url.pathname !== `/statements/${id}/`);
    await scrollSettled(page);
    expect(await onScreen(page.locator(`#quote-${id}`)), `${id} after following ${href}`).toBe(true);
    expectClean(observed);
  });

  it('the text directive alone (no element id) brings each statement’s words on screen; an id-only link brings its own', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await newPage();
    // This checks the browser's own text matching, so it needs a browser that has it: a full Chromium
    // (the default wherever /usr/bin/chromium exists; .ci/run installs it). The headless shell inside
    // @sparticuz/chromium ignores text directives. Failing here, rather than skipping, keeps CI honest.
    expect(
      await followsTextDirectives(page),
      `${(await chromeExecutable()).path} ignores text directives: install a full Chromium (Debian: apt-get install chromium) or set CHROME_PATH`,
    ).toBe(true);
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    await open(page, site.url(ROOT_BUILD));
    const links = await page.locator('.wsw-entry__to-text').evaluateAll((as) =>
      as.map((a) => ({ id: a.closest('li')!.id.replace(/^statement-/, ''), href: a.getAttribute('href')! })),
    );
    expect(links.map((l) => l.id)).toEqual(statements.map((s) => s.id));
    // Most statements are linked by their words; a statement that is a whole paragraph goes by its id alone.
    const [withWords, idOnly] = [links.filter((l) => l.href.includes(':~:')), links.filter((l) => !l.href.includes(':~:'))];
    expect(withWords.length).toBeGreaterThan(links.length / 2);
    for (const { id, href } of idOnly) expect(href, id).toBe(`#quote-${id}`);
    let scrolled = 0;
    for (const { id, href } of withWords) {
      const directive = href.split(':~:')[1]!;
      expect(directive, id).toMatch(/^text=[^&]+$/);
      await page.goto('about:blank');
      // Only the browser's text matching can scroll here: there is no #id, and our script ignores the directive.
      await open(page, `${site.url(ROOT_BUILD)}#:~:${directive}`);
      await scrollSettled(page);
      if ((await page.evaluate(() => window.scrollY)) > 0) scrolled++;
      expect(await onScreen(page.locator(`#quote-${id}`)), `${id}: #:~:${directive}`).toBe(true);
    }
    // Words near the top are on screen without scrolling; the rest were scrolled to.
    expect(scrolled).toBeGreaterThanOrEqual(withWords.length - 3);
    for (const { id, href } of idOnly) {
      await page.goto('about:blank');
      await open(page, `${site.url(ROOT_BUILD)}${href}`);
      await scrollSettled(page);
      expect(await onScreen(page.locator(`#quote-${id}`)), `${id}: ${href}`).toBe(true);
    }
    expectClean(observed);
  });
});

describe('a statement page', () => {
  it('without the Web Share API, Share copies the page’s address (sub-path build)', async () => {
    const { newPage, observed, context } = await site.context(SUBPATH_BUILD);
    await context.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const page = await newPage();
    await open(page, site.url(SUBPATH_BUILD, 'statements/peskov-atmosphere-tense/'));
    await page.locator('share-statement button').click();
    await expect.poll(() => page.locator('share-statement [role="status"]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(SUBPATH_BUILD, 'statements/peskov-atmosphere-tense/'));
    expectClean(observed);
  });

  it('has no axe violations', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width: 390, height: 844 } });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'statements/macron-no-spontaneous-miracles/'));
    await page.locator('share-statement button:not([hidden])').waitFor();
    const { violations } = await runAxe(page);
    expect(violations).toEqual([]);
    expectClean(observed);
  });

  it.each([
    { width: 390, height: 844, colorScheme: 'light' },
    { width: 1280, height: 800, colorScheme: 'light' },
    { width: 1680, height: 1050, colorScheme: 'dark' },
  ] as const)('screenshot at $width px ($colorScheme), nothing wider than the screen', async ({ width, height, colorScheme }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'statements/macron-reasonably-optimistic/'));
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', `statement-page-${width}-${colorScheme}.png`), fullPage: true });
    expectClean(observed);
  });
});
