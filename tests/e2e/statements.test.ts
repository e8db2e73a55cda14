// "Who said what" on the full story: every statement listed, filters and arrangements, links
// between the text and the list (focus, scroll, highlight, and back by way of the card under the
// passage), entries of the section on screen marked as current, copy-link, and all of it by keyboard alone.
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { expectClean, frames, open, scrollToSection, useSite } from './helpers/site';
import { focusedId, onScreen, publishedStatements, scrollSettled, sidebarReady } from './helpers/statements';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();
const entries = '#who-said-what li[id^="statement-"]';
const visibleEntries = '#who-said-what ol:not([hidden]) > li[id^="statement-"]';

describe('who said what (/)', () => {
  it('lists every statement in /data/statements.json, in order, each linked to its passage and back', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD);
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    expect(statements.length).toBeGreaterThan(0);
    expect(await page.locator(entries).evaluateAll((els) => els.map((e) => e.id))).toEqual(statements.map((s) => `statement-${s.id}`));
    for (const s of statements) {
      const entry = page.locator(`#statement-${s.id}`);
      const words = (await entry.locator('.wsw-entry__words').textContent())!.replace(/\s+/g, ' ');
      expect(words, s.id).toContain(s.kind === 'quote' ? `“${s.text}”` : s.text);
      expect(words, s.id).toContain(s.kind === 'quote' ? 'Quote' : 'Paraphrase');
      expect(await entry.locator('.wsw-entry__speaker').textContent(), s.id).toContain(s.speaker.name);
      expect(await entry.locator('.wsw-entry__speaker').textContent(), s.id).toContain(s.speaker.role);
      expect(await entry.locator(`a[href^="#quote-${s.id}"]`).count(), s.id).toBe(1);
      expect(await entry.locator(`a[href="/#statement-${s.id}"]`).count(), s.id).toBe(1);
      for (const source of s.sources.filter((x) => x.url)) {
        expect(await entry.locator(`a[href="${source.url}"]`).count(), `${s.id} ${source.id}`).toBe(1);
      }
      // The passage: inside its section's text, exactly the statement's words, linking to the entry.
      const passage = page.locator(`section#${s.section} .article-text mark#quote-${s.id}`);
      expect(await passage.textContent(), s.id).toBe(s.text);
      expect(await passage.locator(`a[href="#statement-${s.id}"]`).count(), s.id).toBe(1);
    }
    expectClean(observed);
  });

  it('filtering by a speaker shows only theirs, by side only that side, and arranging groups them', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD);
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    const status = page.locator('#who-said-what [data-count]');
    expect(await status.textContent()).toBe(`Showing all ${statements.length} statements`);

    for (const speaker of new Set(statements.map((s) => s.speaker.id))) {
      await page.selectOption('#wsw-speaker', speaker);
      const theirs = statements.filter((s) => s.speaker.id === speaker).map((s) => `statement-${s.id}`);
      expect(await page.locator(visibleEntries).evaluateAll((els) => els.map((e) => e.id)), speaker).toEqual(theirs);
      for (const id of theirs) expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
      const others = statements.filter((s) => s.speaker.id !== speaker);
      for (const s of others) expect(await page.locator(`#statement-${s.id}`).isVisible(), s.id).toBe(false);
      expect(await status.textContent()).toBe(
        theirs.length === statements.length ? `Showing all ${statements.length} statements` : `Showing ${theirs.length} of ${statements.length} statements`,
      );
    }
    await page.selectOption('#wsw-speaker', '');
    await page.selectOption('#wsw-side', 'russia');
    const sides = await page.locator(visibleEntries).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.side));
    expect(sides.length).toBeGreaterThan(0);
    expect(new Set(sides)).toEqual(new Set(['russia']));
    // Both filters at once can match nothing: say so.
    await page.selectOption('#wsw-speaker', 'jake-sullivan');
    expect(await page.locator(visibleEntries).count()).toBe(0);
    expect(await status.textContent()).toBe('No statement matches these filters');
    await page.selectOption('#wsw-speaker', '');
    await page.selectOption('#wsw-side', '');

    await page.selectOption('#wsw-arrange', 'speaker');
    const headings = await page.locator('#who-said-what .wsw__group-heading').allTextContents();
    expect(headings).toEqual(await page.locator('#wsw-speaker option:not([value=""])').allTextContents());
    expect(await page.locator(visibleEntries).count()).toBe(statements.length);

    await page.selectOption('#wsw-arrange', 'date');
    const dated = await page.locator(visibleEntries).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.date ?? ''));
    const known = dated.filter(Boolean);
    expect(known).toEqual([...known].sort());
    expect(dated.slice(known.length).every((d) => d === ''), 'undated statements come last').toBe(true);
    expect(await page.locator('#who-said-what .wsw__group-heading').last().textContent()).toBe('Undated');

    await page.selectOption('#wsw-arrange', 'reading');
    expect(await page.locator(visibleEntries).evaluateAll((els) => els.map((e) => e.id))).toEqual(statements.map((s) => `statement-${s.id}`));
    expect(await page.locator('#who-said-what .wsw__group-heading').count()).toBe(0);
    expectClean(observed);
  });

  it.each([
    { width: 1280, height: 800, reducedMotion: 'no-preference' },
    { width: 1280, height: 800, reducedMotion: 'reduce' },
    { width: 390, height: 844, reducedMotion: 'reduce' },
  ] as const)(
    'at $width px ($reducedMotion) following a sidebar link brings its passage into view and focus, and its link comes back',
    async ({ width, height, reducedMotion }) => {
      const { newPage, observed, context } = await site.context(ROOT_BUILD, { viewport: { width, height }, reducedMotion });
      const page = await newPage();
      await open(page, site.url(ROOT_BUILD));
      await sidebarReady(page);
      const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
      for (const s of [statements[0]!, statements[Math.floor(statements.length / 2)]!, statements.at(-1)!]) {
        const entry = page.locator(`#statement-${s.id}`);
        const passage = page.locator(`#quote-${s.id}`);
        // Hover first, as a pointer would: the sidebar never scrolls itself under the pointer.
        await entry.locator('.wsw-entry__to-text').hover();
        const historyLength = await page.evaluate(() => history.length);
        await entry.locator('.wsw-entry__to-text').click();
        await scrollSettled(page);
        expect(await focusedId(page), s.id).toBe(`quote-${s.id}`);
        expect(await onScreen(passage), `${s.id}: passage on screen`).toBe(true);
        expect(await passage.evaluate((el) => el.classList.contains('is-flash'))).toBe(true);
        // A history entry, so Back returns (the address bar then follows the section being read).
        expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);

        // Back: the passage's own link opens the statement's card right there; its "In the full
        // list" link leads to the entry, which takes focus and is on screen.
        await passage.locator('a').hover();
        await passage.locator('a').click();
        const card = page.locator(`.passage-card[data-statement="${s.id}"]`);
        await scrollSettled(page); // the card scrolls into view smoothly unless motion is reduced
        expect(await onScreen(card.locator('.wsw-entry__speaker')), `${s.id}: card on screen`).toBe(true);
        await card.locator(`a[href="#statement-${s.id}"]`).click();
        await scrollSettled(page);
        expect(await focusedId(page), s.id).toBe(`statement-${s.id}`);
        expect(await onScreen(entry), `${s.id}: entry on screen`).toBe(true);
        expect(await entry.evaluate((el) => el.classList.contains('is-flash'))).toBe(true);
        await page.keyboard.press('Escape'); // focus is in the list now: the card stays open
        expect(await card.count()).toBe(1);
        await card.locator('[data-close-card]').click();
        expect(await card.count()).toBe(0);
      }
      expectClean(observed);
    },
  );

  it('the card under a passage reaches its entry in the list even when a filter hides it', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    await page.selectOption('#wsw-speaker', 'jake-sullivan');
    const target = page.locator('#statement-macron-reasonably-optimistic');
    expect(await target.isVisible()).toBe(false);
    await page.locator('#quote-macron-reasonably-optimistic a').click();
    await page.locator('.passage-card a[href="#statement-macron-reasonably-optimistic"]').click();
    await scrollSettled(page);
    expect(await target.isVisible()).toBe(true);
    expect(await focusedId(page)).toBe('statement-macron-reasonably-optimistic');
    expect(await page.locator('#wsw-speaker').inputValue()).toBe('');
    expectClean(observed);
  });

  it('the entries of the section on screen are marked current, and only those', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    const statements = await publishedStatements(context.request, site.url(ROOT_BUILD));
    for (const section of sections) {
      await scrollToSection(page, section.id);
      const expected = statements.filter((s) => s.section === section.id).map((s) => `statement-${s.id}`);
      await expect
        .poll(() => page.locator(`${entries}[aria-current="true"]`).evaluateAll((els) => els.map((e) => e.id)), { timeout: 3000 })
        .toEqual(expected);
      expect(await page.locator(`${entries}.is-current`).count()).toBe(expected.length);
      // Beside the text, the first of them is in sight as a card.
      if (expected.length) expect(await onScreen(page.locator(`.story-cards [data-statement="${expected[0]!.replace(/^statement-/, '')}"]`)), section.id).toBe(true);
    }
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => page.locator(`${entries}[aria-current]`).count(), { timeout: 3000 }).toBe(0);
    expectClean(observed);
  });

  it('a permalink opens with its entry on screen, focused and highlighted', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    const id = 'statement-white-house-scholz-visit';
    await open(page, site.url(ROOT_BUILD, `#${id}`));
    await sidebarReady(page);
    await scrollSettled(page);
    expect(await onScreen(page.locator(`#${id}`))).toBe(true);
    expect(await focusedId(page)).toBe(id);
    expectClean(observed);
  });

  it('without the Web Share API, Share copies the address of the statement’s own page', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD);
    await context.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      delete (Navigator.prototype as { canShare?: unknown }).canShare;
    });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    const entry = page.locator('#statement-sullivan-any-day-now');
    await entry.scrollIntoViewIfNeeded();
    await entry.locator('share-statement button').click();
    await expect.poll(() => entry.locator('[role="status"]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(ROOT_BUILD, 'statements/sullivan-any-day-now/'));
    expectClean(observed);
  });

  it('with the Web Share API, Share hands the statement’s title, words and page to the share sheet', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD);
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    const entry = page.locator('#statement-sullivan-any-day-now');
    await entry.scrollIntoViewIfNeeded();
    await entry.locator('share-statement button').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.length)).toBe(1);
    const [data] = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(data!.url).toBe(site.url(ROOT_BUILD, 'statements/sullivan-any-day-now/'));
    expect(data!.text).toContain('“any day now”');
    expect(data!.title).toContain('Jake Sullivan');
    expect(await entry.locator('[role="status"]').textContent()).toBe('');
    expectClean(observed);
  });

  it('keyboard alone: filter, follow a link to the text and back, open a speaker', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await sidebarReady(page);
    const tabTo = async (matches: (id: string, cls: string, tag: string) => boolean, limit = 400) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const [id, cls, tag] = await page.evaluate(() => {
          const el = document.activeElement!;
          return [el.id, el.className, el.tagName.toLowerCase()];
        });
        if (matches(id, String(cls), tag)) return;
      }
      throw new Error('never reached by Tab');
    };
    // Filter by a speaker with the keyboard.
    await tabTo((id) => id === 'wsw-speaker');
    const options = await page.locator('#wsw-speaker option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    const target = 'dmitry-peskov';
    for (let i = 0; i < options.indexOf(target); i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#wsw-speaker').inputValue()).toBe(target);
    const shown = await page.locator(visibleEntries).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.speaker));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([target]));
    // On to the first entry's link to the text; Enter follows it.
    await tabTo((_id, cls) => cls.includes('wsw-entry__to-text'));
    const first = await page.evaluate(() => document.activeElement!.closest('li')!.id);
    await page.keyboard.press('Enter');
    await scrollSettled(page);
    const quoteId = first.replace(/^statement-/, 'quote-');
    expect(await focusedId(page)).toBe(quoteId);
    expect(await onScreen(page.locator(`#${quoteId}`))).toBe(true);
    // The next Tab stop is the passage's own link; Enter opens its card there, Escape closes it,
    // and the card's "In the full list" goes back to the entry.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.closest('mark')?.id)).toBe(quoteId);
    await page.keyboard.press('Enter');
    const card = page.locator('.passage-card');
    expect(await card.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await focusedId(page)).toBe(quoteId);
    await page.keyboard.press('Tab'); // from the passage to its link
    await page.keyboard.press('Enter');
    await tabTo((_id, cls) => cls.includes('wsw-entry__to-text'));
    expect(await page.evaluate(() => !!document.activeElement!.closest('.passage-card'))).toBe(true);
    await page.keyboard.press('Enter');
    await scrollSettled(page);
    expect(await focusedId(page)).toBe(first);
    expect(await onScreen(page.locator(`#${first}`))).toBe(true);
    // The speaker's name leads to their details, which open.
    await tabTo((_id, _cls, tag) => tag === 'a');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('href'))).toBe(`#speaker-${target}`);
    await page.keyboard.press('Enter');
    await scrollSettled(page);
    expect(await page.locator(`#speaker-${target}`).evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement!.closest('details')?.id)).toBe(`speaker-${target}`);
    expect(await page.locator(`#speaker-${target} .wsw-speaker__statements a`).count()).toBeGreaterThan(1);
    await frames(page);
    expectClean(observed);
  });

  it('on a phone, a control near the top leads to the sidebar', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    const jump = page.locator('.wsw-jump a');
    expect(await onScreen(jump)).toBe(true);
    await jump.click();
    await scrollSettled(page);
    expect(await onScreen(page.locator('#who-said-what-heading'))).toBe(true);
    const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, viewport: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
    // No trap: the sidebar ends with a way back to the text.
    await page.locator('#who-said-what .wsw__back a').click();
    await scrollSettled(page);
    expect(await onScreen(page.locator('#main'))).toBe(true);
    expectClean(observed);
  });
});
