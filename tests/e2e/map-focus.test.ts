// The focus ring on the live map (issue 17, item 9): when the map itself has the focus (arrow keys
// pan it), its ring shows whole, not cut away by the stage that clips the map's edges.
import { describe, expect, it } from 'vitest';
import { ROOT_BUILD } from '../helpers/paths';
import { contextOptions, SIZES } from './helpers/layout';
import { expectClean, frames, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);

describe('the live map’s focus ring', () => {
  it.each([SIZES[0], { ...SIZES[1], height: 720 }])('$width×$height: shows whole when the map has the focus', async (size) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    // A keyboard reader: "Explore the map", then the map itself.
    await page.locator('.positions-map__explore').focus();
    await page.keyboard.press('Enter');
    await page.locator('.tm-map[data-ready]').waitFor();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.positions-map'))).toBe(true);
    const map = page.locator('.tm-map');
    for (let i = 0; i < 5 && !(await map.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    expect(await map.evaluate((el) => el === document.activeElement && el.matches(':focus-visible')), 'the map has the focus').toBe(true);
    await frames(page);
    const ring = await map.evaluate((el) => {
      // The ring: the map's outline, or a frame its ::after lays over its edge.
      const style = getComputedStyle(el);
      const after = getComputedStyle(el, '::after');
      const r = el.getBoundingClientRect();
      let width = 0;
      let out = r;
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
        width = parseFloat(style.outlineWidth);
        const grow = parseFloat(style.outlineOffset) + width;
        out = new DOMRect(r.x - grow, r.y - grow, r.width + 2 * grow, r.height + 2 * grow);
      } else if (after.content !== 'none' && after.borderTopStyle !== 'none') {
        width = parseFloat(after.borderTopWidth);
        const inset = parseFloat(after.top) || 0;
        out = new DOMRect(r.x + inset, r.y + inset, r.width - 2 * inset, r.height - 2 * inset);
      }
      const clipped: string[] = [];
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (out.top < b.top - 0.5 || out.left < b.left - 0.5 || out.bottom > b.bottom + 0.5 || out.right > b.right + 0.5) {
          clipped.push(`${a.tagName.toLowerCase()}.${[...a.classList].join('.')}`);
        }
      }
      return { width, clipped };
    });
    expect(ring.width, 'a ring at least 2 px wide').toBeGreaterThanOrEqual(2);
    expect(ring.clipped, 'boxes that cut the ring').toEqual([]);
    // And it is really drawn: the focus colour on the map's edge, in a screenshot.
    const box = (await map.boundingBox())!;
    const shot = await page.screenshot({ clip: { x: box.x + box.width / 2, y: box.y, width: 1, height: 4 } });
    const withRing = shot.toString('base64');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await frames(page);
    const without = (await page.screenshot({ clip: { x: box.x + box.width / 2, y: box.y, width: 1, height: 4 } })).toString('base64');
    expect(withRing, 'the top edge of the map looks different with the focus').not.toBe(without);
    expectClean(observed);
  });
});
