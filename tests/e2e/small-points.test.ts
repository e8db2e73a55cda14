// Issue 17, item 12: touch targets of at least 24 px in the statements and cards on a phone; the
// rail's words when the reader has read past the last section; print without dead controls and
// with the statements' sources unfolded; a tapped quote card that opens where it can be read.
import { describe, expect, it } from 'vitest';
import { ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { contextOptions, readSection, SIZES } from './helpers/layout';
import { expectClean, frames, open, useSite } from './helpers/site';
import { sidebarReady } from './helpers/statements';
import { smallTargets } from './helpers/targets';
import { sourceSections } from '../helpers/content';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();
const phone = SIZES[0];
const STATEMENTS = '.story-section .share-row, .wsw-jump, #who-said-what, .passage-card';

describe('touch targets on a phone', () => {
  it('every link and button in the statements and the section heads is at least 24 px', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(phone));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    // A passage's card open too: it holds the same entry, in the text.
    const passage = page.locator('a.quote-mark__link').first();
    await passage.scrollIntoViewIfNeeded();
    await passage.tap();
    await page.locator('.passage-card').waitFor();
    expect(await smallTargets(page, STATEMENTS)).toEqual([]);
    expect((await runAxe(page, ['target-size'])).violations).toEqual([]);
    expectClean(observed);
  });
});

describe('the rail beside the text', () => {
  it('says where the statements are once the reader is past the last section', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(SIZES[1]));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    const none = page.locator('.story-cards [data-none]');
    // Above the first section: they will appear as the reader reads.
    await expect.poll(() => none.textContent()).toMatch(/as you read/);
    await readSection(page, sections[0]!.id);
    await expect.poll(() => none.isVisible()).toBe(false);
    // In the full list, after the text: not "as you read".
    await page.evaluate(() => {
      const list = document.getElementById('who-said-what')!;
      window.scrollTo({ top: list.getBoundingClientRect().top + window.scrollY + 200, behavior: 'instant' });
    });
    await frames(page);
    await expect.poll(() => none.isVisible()).toBe(true);
    const words = (await none.textContent())!;
    expect(words).not.toMatch(/as you read/);
    expect(words).toMatch(/list/);
    expectClean(observed);
  });
});

describe('on paper', () => {
  it('shows no control that does nothing there, and every statement’s sources', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(SIZES[1]));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    // The browser's print: beforeprint, then print media.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const dead = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          // A statement's "Sources" stays, as the label of its unfolded list.
          'button, select, summary:not(.wsw-entry__sources summary), .share-row__link, .wsw-entry__to-text, .wsw-entry__permalink, .story-cards__all, .wsw-jump a, .wsw__back a',
        ),
      ]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 30)}”`),
    );
    expect(dead, 'controls printed').toEqual([]);
    const folded = await page.locator('#who-said-what .wsw-sources').evaluateAll((lists) => lists.filter((l) => l.getClientRects().length === 0).length);
    expect(folded, 'statements whose sources do not print').toBe(0);
    expect(await page.locator('#who-said-what .wsw-sources').count()).toBeGreaterThan(5);
    // Back on screen, the sources fold again as the reader left them.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('#who-said-what details.wsw-entry__sources[open]').count()).toBe(0);
    expectClean(observed);
  });
});

describe('a tapped quote on a phone', () => {
  it('opens its card with the card’s start on screen', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(phone));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    const quotes = await page.locator('a.quote-mark__link').count();
    expect(quotes).toBeGreaterThan(3);
    for (const i of [0, 2, quotes - 1]) {
      const passage = page.locator('a.quote-mark__link').nth(i);
      // The passage read low on the screen, where a reader's thumb taps it.
      await passage.evaluate((el) => {
        const r = el.getBoundingClientRect();
        window.scrollTo({ top: r.top + window.scrollY - window.innerHeight * 0.8, behavior: 'instant' });
      });
      await frames(page);
      await passage.tap();
      const card = page.locator('.passage-card');
      await card.waitFor();
      await frames(page);
      const fits = await card.evaluate((el) => {
        let covered = 0;
        for (const s of document.querySelectorAll<HTMLElement>('.troop-map__head')) {
          const st = getComputedStyle(s);
          const b = s.getBoundingClientRect();
          // Bar and figure stick as one box; the figure may have slid up under the bar (the slim strip).
          if (st.position === 'sticky' && b.height > 0 && b.top <= parseFloat(st.top) + 1) for (const part of s.children) covered = Math.max(covered, part.getBoundingClientRect().bottom);
        }
        const r = el.getBoundingClientRect();
        const shown = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, covered);
        return { top: r.top, covered, shown, height: r.height, room: window.innerHeight - covered };
      });
      const where = `quote ${i}: card ${JSON.stringify(fits)}`;
      expect(fits.top, where).toBeGreaterThanOrEqual(fits.covered - 1);
      // Its start, and most of it or as much as the window leaves, is on screen.
      expect(fits.shown, where).toBeGreaterThanOrEqual(Math.min(fits.height, fits.room) * 0.9);
      await page.locator('.passage-card [data-close-card]').tap();
    }
    expectClean(observed);
  });
});
