// /positions/ on a phone and on paper (issue 17, item 1): every field of every position is on
// screen at 390 px and 844×390, as a labelled card, with no sideways scroll and no box that scrolls;
// the page stays one table for screen readers; on paper every column prints within the page's width.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { contextOptions, scrollBoxes, sidewaysScroll } from './helpers/layout';
import { expectClean, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);
const COLUMNS = ['Side', 'Status', 'What is there', 'Strength', 'As of', 'Confidence', 'Sources'];

/** Every position row's cells: its box, the label drawn before it, and whether it is shown. */
const cells = (page: Page) =>
  page.locator('#positions-table tr[id^="position-"] > *').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const label = getComputedStyle(el, '::before').content;
      return {
        row: el.parentElement!.id,
        // The column's own header, by position in the row (what the cell's label must repeat).
        column: document.querySelectorAll('#positions-table thead th')[[...el.parentElement!.children].indexOf(el)]!.textContent!.trim(),
        left: r.left,
        right: r.right,
        width: r.width,
        height: r.height,
        shown: getComputedStyle(el).visibility === 'visible' && r.width > 0 && r.height > 0,
        label,
        text: (el.textContent ?? '').trim(),
      };
    }),
  );

describe('/positions/ on a phone', () => {
  it.each([
    { width: 390, height: 844, hasTouch: true, isMobile: true },
    { width: 844, height: 390, hasTouch: true, isMobile: true },
  ])('$width×$height: every field of every position on screen, labelled, nothing scrolls sideways', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'positions/'));
    expect(await sidewaysScroll(page), 'the page scrolls sideways').toBe(false);
    expect(await scrollBoxes(page), 'boxes that scroll on their own').toEqual([]);
    const all = await cells(page);
    const rows = new Set(all.map((c) => c.row));
    expect(rows.size).toBeGreaterThan(20);
    for (const c of all) {
      const where = `${c.row} ${c.column}`;
      expect(c.shown, `${where} is shown`).toBe(true);
      expect(c.left, `${where} starts inside the window`).toBeGreaterThanOrEqual(0);
      expect(c.right, `${where} ends inside the window`).toBeLessThanOrEqual(size.width);
      expect(c.text.length, `${where} has its text`).toBeGreaterThan(0);
      // Each cell but the place names its column on screen (the place is the card's title).
      if (c.column !== 'Place') expect(c.label, `${where} shows its label`).toContain(c.column);
    }
    for (const row of rows) expect(all.filter((c) => c.row === row).map((c) => c.column), row).toEqual(['Place', ...COLUMNS]);
    // Still one table for screen readers: rows, row headers and column headers.
    const tree = await page.locator('#positions-table table').ariaSnapshot();
    expect(tree).toMatch(/^- table /);
    expect(tree).toContain('- columnheader "Confidence"');
    expect(tree).toMatch(/rowheader "Boguchar/);
    expect(tree).toMatch(/cell "low/);
    expect((await runAxe(page)).violations).toEqual([]);
    expectClean(observed);
  });

  // An A4 page's printable width at Chromium's default margins (718 CSS px), and a phone's window
  // printed as it is (390 px, where a printout keeps the cards).
  it.each([718, 390])('prints every column, within the width of the page (%i px)', async (width) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width, height: 1000 }, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'positions/'));
    await page.emulateMedia({ media: 'print' });
    const all = await cells(page);
    const printed = all.filter((x) => ['As of', 'Confidence', 'Sources'].includes(x.column));
    expect(printed.length).toBe((all.length / 8) * 3);
    for (const c of printed) {
      const where = `${c.row} ${c.column}`;
      expect(c.shown, `${where} printed`).toBe(true);
      expect(c.left, `${where} within the page`).toBeGreaterThanOrEqual(0);
      expect(c.right, `${where} within the page`).toBeLessThanOrEqual(width);
      expect(c.width, `${where} wide enough to read`).toBeGreaterThan(40);
    }
    expect(await sidewaysScroll(page)).toBe(false);
    // The PDF itself: made without error, and more than one page long (the table is not clipped to one).
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
    expectClean(observed);
  });
});
