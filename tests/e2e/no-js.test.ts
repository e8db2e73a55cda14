// With JavaScript off: the whole text is there, the copy button is hidden (never a dead button),
// and the section page links work.
import { describe, expect, it } from 'vitest';
import { articleParagraphs, sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { expectClean, open, useSite } from './helpers/site';

const paragraphs = articleParagraphs();
const sections = sourceSections();
const site = useSite([ROOT_BUILD]);

describe('with JavaScript disabled', () => {
  it('/ shows the whole article, every heading and no copy button', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { javaScriptEnabled: false });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const texts = page.locator('.article-text p');
    expect(await texts.allTextContents()).toEqual(paragraphs);
    for (let i = 0; i < paragraphs.length; i++) expect(await texts.nth(i).isVisible(), `paragraph ${i + 1}`).toBe(true);
    for (const s of sections) expect(await page.locator(`section#${s.id} > header h2`).isVisible()).toBe(true);
    const buttons = page.locator('copy-link button');
    expect(await buttons.count()).toBe(sections.length);
    for (let i = 0; i < sections.length; i++) expect(await buttons.nth(i).isVisible(), `copy button ${i + 1}`).toBe(false);
    expectClean(observed);
  });

  it('the section page links from / and the links on a section page work', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { javaScriptEnabled: false });
    const page = await newPage();
    for (const s of sections) {
      await open(page, site.url(ROOT_BUILD));
      const link = page.locator(`section#${s.id} copy-link a`);
      expect(await link.isVisible()).toBe(true);
      const target = site.url(ROOT_BUILD, `${s.id}/`);
      const [response] = await Promise.all([page.waitForResponse(target), link.click()]);
      expect(response.status(), s.id).toBe(200);
      await page.waitForURL(target);
      expect((await page.locator('main h1').textContent())?.trim()).toBe(s.heading);
      expect(await page.locator('.article-text p').allTextContents()).toEqual(s.paragraphs);
      expect(await page.locator('copy-link button').isVisible()).toBe(false);
    }
    const previous = site.url(ROOT_BUILD, `${sections.at(-2)!.id}/`);
    const [response] = await Promise.all([page.waitForResponse(previous), page.locator('a[rel="prev"]').click()]);
    expect(response.status()).toBe(200);
    await page.waitForURL(previous);
    const full = site.url(ROOT_BUILD, `#${sections.at(-2)!.id}`);
    await Promise.all([page.waitForURL(full), page.getByRole('link', { name: 'Read the full story' }).click()]);
    expect(await page.locator('.article-text p').count()).toBe(paragraphs.length);
    expectClean(observed);
  });
});
