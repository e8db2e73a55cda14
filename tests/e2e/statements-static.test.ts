// "Who said what" without JavaScript (every statement and link is there and the links work, no dead
// controls), on a section page (that section's statements, section permalinks), and in the build
// served under a sub-path.
import { describe, expect, it } from 'vitest';
import { ROOT_BUILD, SUBPATH_BUILD } from '../helpers/paths';
import { expectClean, open, useSite } from './helpers/site';
import { onScreen, publishedStatements, scrollSettled, sidebarReady } from './helpers/statements';

const site = useSite([ROOT_BUILD, SUBPATH_BUILD]);
const entries = '#who-said-what li[id^="statement-"]';

describe('who said what without JavaScript', () => {
  it('/ lists every statement with all its links, and no control that needs JavaScript', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { javaScriptEnabled: false });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    expect(await page.locator(entries).evaluateAll((els) => els.map((e) => e.id))).toEqual(statements.map((s) => `statement-${s.id}`));
    for (const s of statements) {
      const entry = page.locator(`#statement-${s.id}`);
      expect(await entry.isVisible(), s.id).toBe(true);
      for (const href of [`/#statement-${s.id}`, `#speaker-${s.speaker.id}`, `/statements/${s.id}/`]) {
        expect(await entry.locator(`a[href="${href}"]`).isVisible(), `${s.id} ${href}`).toBe(true);
      }
      expect(await entry.locator(`a[href^="#quote-${s.id}"]`).isVisible(), `${s.id} find in the text`).toBe(true);
      for (const source of s.sources.filter((x) => x.url)) {
        expect(await entry.locator(`a[href="${source.url}"]`).count(), `${s.id} ${source.id}`).toBe(1);
      }
      expect(await page.locator(`#quote-${s.id} a[href="#statement-${s.id}"]`).isVisible(), s.id).toBe(true);
      expect(await page.locator(`#speaker-${s.speaker.id} a[href="#statement-${s.id}"]`).count(), s.id).toBe(1);
    }
    expect(await page.locator('#who-said-what [data-controls]').isVisible()).toBe(false);
    const copyButtons = page.locator('#who-said-what button');
    expect(await copyButtons.count()).toBe(statements.length);
    for (let i = 0; i < statements.length; i++) expect(await copyButtons.nth(i).isVisible()).toBe(false);
    expectClean(observed);
  });

  it.each([1280, 390])('at %i px the links between text and sidebar work as plain links', async (width) => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { javaScriptEnabled: false, viewport: { width, height: 844 } });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    for (const s of [statements[1]!, statements.at(-2)!]) {
      await page.locator(`#statement-${s.id} a[href^="#quote-${s.id}"]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#quote-${s.id}`);
      // The browser scrolls to a fragment with a text directive a moment after the address changes.
      await expect.poll(() => onScreen(page.locator(`#quote-${s.id}`)), { message: s.id, timeout: 3000 }).toBe(true);
      await scrollSettled(page);
      await page.locator(`#quote-${s.id} a`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#statement-${s.id}`);
      await scrollSettled(page);
      expect(await onScreen(page.locator(`#statement-${s.id} .wsw-entry__words`)), s.id).toBe(true);
    }
    expectClean(observed);
  });
});

describe('who said what on a section page', () => {
  it('shows that section’s statements, with section-page permalinks, passages and speakers, and filters above three', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD);
    const page = await newPage();
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    for (const section of [...new Set(statements.map((s) => s.section))]) {
      await open(page, site.url(ROOT_BUILD, `${section}/`));
      const own = statements.filter((s) => s.section === section);
      expect(await page.locator(entries).evaluateAll((els) => els.map((e) => e.id)), section).toEqual(own.map((s) => `statement-${s.id}`));
      for (const s of own) {
        expect(await page.locator(`#statement-${s.id} a[href="/${section}/#statement-${s.id}"]`).count(), s.id).toBe(1);
        expect(await page.locator(`main mark#quote-${s.id}`).textContent(), s.id).toBe(s.text);
      }
      await sidebarReady(page);
      // Filters only when there is something to filter: more than three statements.
      expect(await page.locator('#who-said-what [data-controls]').count(), section).toBe(own.length > 3 ? 1 : 0);
      if (own.length > 3) expect(await page.locator('#who-said-what [data-controls]').isVisible(), section).toBe(true);
      const s = own[0]!;
      expect(await page.locator(`#statement-${s.id} .wsw-entry__to-text`).getAttribute('href'), s.id).toMatch(new RegExp(`^#quote-${s.id}:~:text=`));
      await page.evaluate(() => delete (Navigator.prototype as { share?: unknown }).share);
      await page.locator(`#statement-${s.id} share-statement button`).click();
      await expect.poll(() => page.locator(`#statement-${s.id} [role="status"]`).textContent()).toBe('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(ROOT_BUILD, `statements/${s.id}/`));
    }
    expectClean(observed);
  });
});

describe(`who said what in the sub-path build (${SUBPATH_BUILD.base})`, () => {
  it('permalinks, Share and links to the text stay under the sub-path', async () => {
    const { newPage, observed, context } = await site.context(SUBPATH_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(SUBPATH_BUILD));
    await sidebarReady(page);
    const statements = await publishedStatements(context.request, site.url(SUBPATH_BUILD));
    expect(await page.locator(entries).count()).toBe(statements.length);
    const s = statements[2]!;
    const entry = page.locator(`#statement-${s.id}`);
    expect(await entry.locator('.wsw-entry__permalink').getAttribute('href')).toBe(`${SUBPATH_BUILD.base}#statement-${s.id}`);
    await page.evaluate(() => delete (Navigator.prototype as { share?: unknown }).share);
    await entry.locator('share-statement button').click();
    await expect.poll(() => entry.locator('[role="status"]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(SUBPATH_BUILD, `statements/${s.id}/`));
    await entry.locator('.wsw-entry__to-text').click();
    await scrollSettled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`quote-${s.id}`);
    expect(await page.evaluate(() => location.pathname)).toBe(SUBPATH_BUILD.base);
    // A permalink opened fresh lands on its entry.
    await page.goto('about:blank');
    await open(page, site.url(SUBPATH_BUILD, `#statement-${s.id}`));
    await sidebarReady(page);
    await scrollSettled(page);
    expect(await onScreen(entry)).toBe(true);
    await open(page, site.url(SUBPATH_BUILD, `${s.section}/`));
    expect(await page.locator(`#statement-${s.id} .wsw-entry__permalink`).getAttribute('href')).toBe(`${SUBPATH_BUILD.base}${s.section}/#statement-${s.id}`);
    expectClean(observed);
  });
});
