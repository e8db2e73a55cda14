// A statement's card where the reader is: on a phone, tapping a marked passage opens its card under
// the paragraph (speaker, role, date, via, note, sources); Escape or Close shuts it with focus back
// on the passage. Beside the text, a card's "Details" opens the same card. Links inside the
// statements bring their target into view (clear of the sticky map). axe finds nothing at any size.
import { describe, expect, it } from 'vitest';
import { ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { coveredTop, contextOptions, placement, readSection, SIZES } from './helpers/layout';
import { expectClean, frames, open, useSite } from './helpers/site';
import { focusedId, publishedStatements, scrollSettled, sidebarReady } from './helpers/statements';

const site = useSite([ROOT_BUILD]);
const [phone, laptop] = SIZES;

describe('statement cards', () => {
  it.each(['light', 'dark'] as const)('on a phone (%s), tapping a passage opens its card there; Escape and Close bring focus back', async (colorScheme) => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, contextOptions(phone, colorScheme));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    const yaml = statements.find((s) => s.id === 'white-house-scholz-visit')!; // it has a note
    for (const [s, how] of [
      [yaml, 'Escape'],
      [statements[0]!, 'Close'],
    ] as const) {
      await readSection(page, s.section);
      const passage = page.locator(`#quote-${s.id}`);
      await passage.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      const scrollBefore = await page.evaluate(() => window.scrollY);
      await passage.locator('a').tap();
      const card = page.locator(`.passage-card[data-statement="${s.id}"]`);
      await card.waitFor();
      expect(await passage.locator('a').getAttribute('aria-expanded')).toBe('true');
      // Right there: after the passage's paragraph, with the speaker on screen, clear of the map.
      expect(await card.evaluate((el, id) => el.previousElementSibling?.contains(document.getElementById(`quote-${id}`)), s.id)).toBe(true);
      const covered = await coveredTop(page);
      expect((await placement(card.locator('.wsw-entry__speaker'), covered)).fully, `${s.id}: speaker on screen`).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrollBefore + 400); // the reader keeps their place
      const text = (await card.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(s.speaker.name);
      expect(text).toContain(s.speaker.role);
      expect(text).toContain('Said');
      expect(text).toContain('Via');
      if (s.id === yaml.id) expect(text).toContain('Note:');
      expect(await card.locator('details[open] .wsw-sources li').count()).toBe(s.sources.length);
      expect(await card.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      expect(await card.locator('[id]').count(), 'no duplicate ids').toBe(0);

      if (how === 'Escape') await page.keyboard.press('Escape');
      else await card.locator('[data-close-card]').tap();
      expect(await card.count()).toBe(0);
      expect(await focusedId(page)).toBe(`quote-${s.id}`);
      expect(await passage.locator('a').getAttribute('aria-expanded')).toBe('false');
      expect((await placement(passage, await coveredTop(page))).visible, `${s.id}: the passage is on screen`).toBe(true);
    }
    expectClean(observed);
  });

  it('beside the text, a card’s Details opens the full card under its passage, and Escape returns to Details', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(laptop));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    await readSection(page, 'any-day-now');
    const details = page.locator('.story-cards [data-statement="sullivan-any-day-now"] a[data-card-for]');
    await expect.poll(() => details.isVisible()).toBe(true);
    await details.click();
    const card = page.locator('.passage-card[data-statement="sullivan-any-day-now"]');
    await card.waitFor();
    expect((await placement(card.locator('.wsw-entry__speaker'), 0)).fully).toBe(true);
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-card-for'))).toBe('sullivan-any-day-now');
    expectClean(observed);
  });

  it.each([phone, laptop])('at $width px links inside the statements bring their target into view', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    const onScreen = async (selector: string) => (await placement(page.locator(selector), await coveredTop(page))).visible;
    // A speaker's name in the full list opens and shows their details.
    await page.locator('#statement-peskov-atmosphere-tense').scrollIntoViewIfNeeded();
    await page.locator('#statement-peskov-atmosphere-tense .wsw-entry__speaker a').click();
    await scrollSettled(page);
    expect(await page.locator('#speaker-dmitry-peskov').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await onScreen('#speaker-dmitry-peskov summary')).toBe(true);
    // "Find in the text" brings the passage into view, clear of the sticky map.
    await page.locator('#statement-russia-demands .wsw-entry__to-text').click();
    await scrollSettled(page);
    expect(await focusedId(page)).toBe('quote-russia-demands');
    expect(await onScreen('#quote-russia-demands')).toBe(true);
    // From a card under a passage, "In the full list" leads to the entry.
    await page.locator('#quote-russia-demands a').click();
    await page.locator('.passage-card a[href="#statement-russia-demands"]').click();
    await scrollSettled(page);
    expect(await focusedId(page)).toBe('statement-russia-demands');
    expect(await onScreen('#statement-russia-demands')).toBe(true);
    if (size.width >= 1024) {
      // Beside the text: "All 16" leads to the full list.
      await readSection(page, 'macron-in-moscow');
      await frames(page);
      await page.locator('.story-cards__all').click();
      await scrollSettled(page);
      expect(await onScreen('#who-said-what-heading')).toBe(true);
    }
    expectClean(observed);
  });

  it.each(SIZES.flatMap((size) => (['light', 'dark'] as const).map((colorScheme) => ({ ...size, size, colorScheme }))))(
    'axe finds nothing at $width px in $colorScheme mode, reading a section with a card open',
    async ({ size, colorScheme }) => {
      const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size, colorScheme));
      const page = await newPage();
      await open(page, site.url(ROOT_BUILD));
      await sidebarReady(page);
      await readSection(page, 'kremlin-expectations');
      await page.locator('#quote-peskov-atmosphere-tense a').click();
      await page.locator('.passage-card').waitFor();
      await frames(page);
      const { violations } = await runAxe(page);
      expect(violations).toEqual([]);
      if (size.width < 1024) {
        await page.locator('[data-map-toggle]').click();
        expect((await runAxe(page)).violations, 'map folded').toEqual([]);
      }
      expectClean(observed);
    },
  );
});
