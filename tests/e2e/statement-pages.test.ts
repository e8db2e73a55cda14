// A statement's own page in Chromium, and the links to the exact words: a text-fragment link opens
// with the words on screen (matched by the browser, or by Google's polyfill where the browser ignores
// text directives), the page's Share control copies its address where there is no Web Share API, and
// screenshots at three widths.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, ROOT_BUILD, SUBPATH_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
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

// Google's text-fragments-polyfill: the matching code of its own loader (text-fragments.js), which we
// drive by hand because that loader does nothing in any Chromium (document.fragmentDirective exists,
// and the browser strips the directive from location.hash).
const POLYFILL_PATH = '/__test__/text-fragment-utils.js';
const polyfillSource = readFileSync(createRequire(import.meta.url).resolve('text-fragments-polyfill/text-fragment-utils'), 'utf8');

/**
 * Follows a text directive as the polyfill would on navigation: finds the words, marks the first match
 * and scrolls it into view. The module is served from the page's own origin, as the CSP requires.
 */
async function followWithPolyfill(page: Page, directive: string) {
  await page.route(`**${POLYFILL_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: polyfillSource }));
  // A string, not a function: vitest would rewrite a function's import() into its own loader.
  await page.evaluate(`(async () => {
    const utils = await import(${JSON.stringify(POLYFILL_PATH)});
    const marks = utils.processFragmentDirectives(utils.parseFragmentDirectives(utils.getFragmentDirectives(${JSON.stringify(`#:~:${directive}`)}))).text;
    const first = marks.find((m) => m.length)?.[0];
    if (first) utils.scrollElementIntoView(first);
  })()`);
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
    // A full Chromium (CHROME_PATH=/usr/bin/chromium, as in CI's second pass) follows text directives itself.
    // The headless shell inside @sparticuz/chromium (the default) ignores them: there the polyfill follows each one,
    // and the same checks below apply to where it lands, so a directive that matches nothing fails on both.
    const native = await followsTextDirectives(page);
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
      // Only the text matching can scroll here: there is no #id, and our script ignores the directive.
      await open(page, `${site.url(ROOT_BUILD)}#:~:${directive}`);
      if (!native) await followWithPolyfill(page, directive);
      await scrollSettled(page);
      if ((await page.evaluate(() => window.scrollY)) > 0) scrolled++;
      expect(await onScreen(page.locator(`#quote-${id}`)), `${id}: #:~:${directive} (${native ? 'browser' : 'polyfill'})`).toBe(true);
    }
    // Words near the top are on screen without scrolling; the rest were scrolled to.
    expect(scrolled, native ? 'browser' : 'polyfill').toBeGreaterThanOrEqual(withWords.length - 3);
    for (const { id, href } of idOnly) {
      await page.goto('about:blank');
      await open(page, `${site.url(ROOT_BUILD)}${href}`);
      await scrollSettled(page);
      expect(await onScreen(page.locator(`#quote-${id}`)), `${id}: ${href}`).toBe(true);
    }
    expectClean(observed);
  }, 180_000); // one full page load per statement: about 16 loads on a 2-core machine
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
