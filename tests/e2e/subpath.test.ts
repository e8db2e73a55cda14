// The build made with BASE_PATH=/deep/sub/path/, served under that path: pages and assets load,
// copy-link copies the sub-path URL, the address bar keeps the sub-path.
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { SITE_URL, SUBPATH_BUILD } from '../helpers/paths';
import { expectClean, frames, open, scrollToSection, useSite } from './helpers/site';

const sections = sourceSections();
const site = useSite([SUBPATH_BUILD]);
const base = SUBPATH_BUILD.base;

describe(`sub-path build served at ${base}`, () => {
  it.each([
    { name: base, path: '' },
    { name: `${base}${sections[2]!.id}/`, path: `${sections[2]!.id}/` },
  ])('$name loads with all its assets from under the sub-path', async ({ path }) => {
    const { newPage, observed } = await site.context(SUBPATH_BUILD);
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await open(page, site.url(SUBPATH_BUILD, path));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => !p.startsWith(base))).toEqual([]);
    expect(requested.some((p) => p.endsWith('.css'))).toBe(true);
    // The stylesheet applied (a page without CSS has the UA's 8 px body margin and Times).
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => [...document.styleSheets].every((s) => s.cssRules.length > 0))).toBe(true);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE_URL}${base}${path}`);
    expectClean(observed);
  });

  it('copy-link copies the sub-path URL, on / and on a section page', async () => {
    const { newPage, observed } = await site.context(SUBPATH_BUILD);
    const page = await newPage();
    await open(page, site.url(SUBPATH_BUILD));
    for (const s of [sections[0]!, sections.at(-1)!]) {
      await page.locator(`section#${s.id} copy-link button`).click();
      await expect.poll(() => page.locator(`section#${s.id} copy-link [role="status"]`).textContent()).toBe('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(SUBPATH_BUILD, `${s.id}/`));
    }
    const s = sections[4]!;
    await open(page, site.url(SUBPATH_BUILD, `${s.id}/`));
    await page.locator('copy-link button').click();
    await expect.poll(() => page.locator('copy-link [role="status"]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(SUBPATH_BUILD, `${s.id}/`));
    expectClean(observed);
  });

  it('the address bar keeps the sub-path while following sections, and /#id lands there', async () => {
    const { newPage, observed } = await site.context(SUBPATH_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    const s = sections[3]!;
    await open(page, site.url(SUBPATH_BUILD, `#${s.id}`));
    await frames(page);
    const top = await page.locator(`section#${s.id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(400);
    const historyLength = await page.evaluate(() => history.length);
    const next = sections[4]!;
    await scrollToSection(page, next.id);
    await expect.poll(() => page.evaluate(() => location.pathname + location.hash)).toBe(`${base}#${next.id}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expectClean(observed);
  });

  it('section page links and "Read the full story" stay under the sub-path', async () => {
    const { newPage, observed } = await site.context(SUBPATH_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    const s = sections[1]!;
    await open(page, site.url(SUBPATH_BUILD));
    await Promise.all([page.waitForURL(site.url(SUBPATH_BUILD, `${s.id}/`)), page.locator(`section#${s.id} copy-link a`).click()]);
    await Promise.all([
      page.waitForURL(site.url(SUBPATH_BUILD, `${sections[2]!.id}/`)),
      page.locator('a[rel="next"]').click(),
    ]);
    await Promise.all([
      page.waitForURL(site.url(SUBPATH_BUILD, `#${sections[2]!.id}`)),
      page.getByRole('link', { name: 'Read the full story' }).click(),
    ]);
    expectClean(observed);
  });
});
