// Corrections where readers meet them, in a real browser: the note in a corrected marker's panel,
// on a corrected statement card and the "Corrections and updates" section, at phone and desktop
// widths. Screenshots go to test-results/screenshots/ for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, ROOT, ROOT_BUILD } from '../helpers/paths';
import { parseYaml } from '../../src/lib/checks/yaml';
import type { Correction } from '../../src/schemas/correction';
import { mapReady } from './helpers/map';
import { expectClean, frames, open, useSite } from './helpers/site';

const dir = join(RESULTS_DIR, 'screenshots');
const site = useSite([ROOT_BUILD]);
const corrections = (parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data/corrections.yaml'), 'utf8')) as { value: Correction[] }).value;
const noteFor = (kind: keyof Correction['touches'], id: string) => corrections.find((c) => c.touches[kind]?.includes(id))!;
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
  { width: 1680, height: 1050 },
] as const;

describe('corrections in the browser', () => {
  mkdirSync(dir, { recursive: true });

  it.each(widths)('a corrected Crimean marker’s panel says where it is and what was corrected ($width px)', async ({ width, height }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height }, hasTouch: width < 600, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'troop-buildup/'));
    await mapReady(page);
    await page.locator('.tm-marker[data-position-id="ru-crimea-opuk"]').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await frames(page);
    expect(squash(await dialog.locator('.tm-panel__kind').textContent())).toBe('Russian forces in Crimea, annexed by Russia in 2014 · present');
    const c = noteFor('positions', 'ru-crimea-opuk');
    // Every correction that touches the point has its note (1 Dec: the words; 3 Dec: the map itself).
    const notes = (await dialog.locator('.tm-panel__correction').allTextContents()).map(squash);
    expect(notes).toContain(`Corrected 1 Dec 2026: ${c.wrong} ${c.now}`);
    // The details open in the text, read whole: the page scrolls to the note.
    await dialog.locator('.tm-panel__correction').first().scrollIntoViewIfNeeded();
    await frames(page);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await dialog.screenshot({ path: join(dir, `correction-panel-${width}.png`) });
    expectClean(observed);
  });

  it.each(widths)('the corrected statement card carries the sense and its note ($width px)', async ({ width, height }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height }, hasTouch: width < 600, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await page.evaluate(() => document.fonts.ready);
    const card = page.locator('#statement-macron-short-term-victories');
    await card.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await frames(page);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(squash(await card.locator('.wsw-entry__sense').textContent())).toBe('In our words: Macron does not believe short-term victories are on the table.');
    const c = noteFor('statements', 'macron-short-term-victories');
    expect((await card.locator('.correction-note').allTextContents()).map(squash)).toContain(`Corrected 1 Dec 2026: ${c.wrong} ${c.now}`);
    await card.screenshot({ path: join(dir, `correction-statement-${width}.png`) });
    expectClean(observed);
  });

  it.each(widths)('the "Corrections and updates" section lists every entry and its links resolve ($width px)', async ({ width, height }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height }, hasTouch: width < 600, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await page.evaluate(() => document.fonts.ready);
    const section = page.locator('#corrections');
    await section.scrollIntoViewIfNeeded();
    expect(await section.locator('.corrections__item').count()).toBe(corrections.length);
    // Nothing in it is wider than the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The header's "Updated" link leads here.
    await page.locator('.masthead .updated a').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#corrections');
    await section.screenshot({ path: join(dir, `corrections-section-${width}.png`) });
    expectClean(observed);
  });
});
