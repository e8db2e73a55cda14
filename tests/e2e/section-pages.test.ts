// Every /SECTION-ID/ page: title, canonical, share image served as a PNG, copy-link, navigation.
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { pngSize } from '../helpers/png';
import { ROOT_BUILD, SITE_URL } from '../helpers/paths';
import { expectClean, frames, open, useSite } from './helpers/site';

const sections = sourceSections();
const site = useSite([ROOT_BUILD]);

describe('/SECTION-ID/ pages', () => {
  it.each(sections.map((s, i) => [s.id, s, i] as const))('/%s/: title, canonical and share image', async (id, s, i) => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD);
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, `${id}/`));
    const heading = (await page.locator('main h1').textContent())?.trim();
    expect(heading).toBe(s.heading);
    expect(await page.title()).toContain(heading);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE_URL}/${id}/`);
    expect(await page.locator('main section[id]').evaluateAll((els) => els.map((e) => e.id))).toEqual([id]);
    expect(await page.locator('main section .section-head__count, main section header').first().textContent()).toContain(
      `${i + 1}`,
    );

    const ogImage = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(ogImage.origin).toBe(SITE_URL);
    const image = await context.request.get(site.url(ROOT_BUILD, ogImage.pathname.slice(1)));
    expect(image.status(), ogImage.pathname).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
    expectClean(observed);
  });

  it('copy-link on a section page copies its own URL', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD);
    const page = await newPage();
    const s = sections[3]!;
    await open(page, site.url(ROOT_BUILD, `${s.id}/`));
    await page.locator('copy-link button').click();
    await expect.poll(() => page.locator('copy-link [role="status"]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(ROOT_BUILD, `${s.id}/`));
    expectClean(observed);
  });

  it('previous/next walk through every section, and "Read the full story" lands on the section in /', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, `${sections[0]!.id}/`));
    for (const s of sections.slice(1)) {
      await Promise.all([page.waitForURL(site.url(ROOT_BUILD, `${s.id}/`)), page.locator('a[rel="next"]').click()]);
      expect((await page.locator('main h1').textContent())?.trim()).toBe(s.heading);
    }
    await expect.poll(() => page.locator('a[rel="next"]').count()).toBe(0);
    await Promise.all([page.waitForURL(site.url(ROOT_BUILD, `${sections[5]!.id}/`)), page.locator('a[rel="prev"]').click()]);

    const last = sections[5]!;
    await Promise.all([page.waitForURL(site.url(ROOT_BUILD, `#${last.id}`)), page.getByRole('link', { name: 'Read the full story' }).click()]);
    await page.waitForLoadState('load');
    await frames(page);
    const top = await page.locator(`section#${last.id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(400);
    expectClean(observed);
  });

  it('an unknown path gets a real 404 with the site’s 404 page', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD);
    const page = await newPage();
    const response = await page.goto(site.url(ROOT_BUILD, 'no-such-section/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toMatch(/not found/i);
    expect(observed.external).toEqual([]);
    expect(observed.consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});
