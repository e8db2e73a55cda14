// Issue 17, items 11 and 12: the static map before the live one. Its picture fills its frame on very
// wide screens; "Explore the map" covers no label at any size; going from view to view never shows
// two sets of labels at once; on paper no link or control pretends to do something.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sourceSections } from '../helpers/content';
import { RESULTS_DIR, ROOT_BUILD } from '../helpers/paths';
import { contextOptions, readSection } from './helpers/layout';
import { expectClean, frames, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();
const size = (width: number, height: number) => ({ width, height, hasTouch: width < 1024, isMobile: width < 1024 });
const SIZES = [size(360, 740), size(390, 844), size(844, 390), size(1280, 720), size(1280, 800), size(1366, 768), size(1680, 1050), size(1920, 1080)];

/** The static map's picture as drawn in its <img> (object-fit: contain), and the stage around it. */
const pictureInStage = (page: Page) =>
  page.locator('.positions-map__stage img[data-static-map]').first().evaluate((img: HTMLImageElement) => {
    const box = img.getBoundingClientRect();
    const stage = img.closest('.positions-map__stage')!.getBoundingClientRect();
    const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
    return { width: img.naturalWidth * scale, height: img.naturalHeight * scale, stage: { width: stage.width, height: stage.height } };
  });

describe('the static map’s picture', () => {
  it.each([size(1680, 1050), size(1920, 1080), size(1280, 800), size(390, 844)])('fills its frame ($width×$height)', async (s) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(s));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await readSection(page, sections[3]!.id);
    // The section's view shown, and its crossfade over (one picture left in the stage).
    await page.locator(`.positions-map[data-view="${sections[3]!.id}"]`).waitFor();
    await expect.poll(() => page.locator('.positions-map__stage img[data-static-map]').count()).toBe(1);
    await frames(page);
    await page.locator('.positions-map__stage img[data-static-map]').first().evaluate((img: HTMLImageElement) => img.decode());
    const p = await pictureInStage(page);
    const where = `${s.width}×${s.height}: picture ${Math.round(p.width)}×${Math.round(p.height)} in ${Math.round(p.stage.width)}×${Math.round(p.stage.height)}`;
    // Both ways at least 80% of the frame: no empty bands of a third of it above and below.
    expect(p.height / p.stage.height, where).toBeGreaterThan(0.8);
    expect(p.width / p.stage.width, where).toBeGreaterThan(0.8);
    await page.locator('.positions-map__stage').screenshot({ path: join(RESULTS_DIR, 'screenshots', `static-map-frame-${s.width}x${s.height}.png`) });
    expectClean(observed);
  });
});

describe('"Explore the map"', () => {
  it('covers no label of any view’s static map, at any size', async () => {
    const covered: string[] = [];
    for (const s of SIZES) {
      // The page's CSP would refuse the copies' styles: this test only measures.
      const { newPage, observed } = await site.context(ROOT_BUILD, { ...contextOptions(s), bypassCSP: true });
      const page = await newPage();
      await open(page, site.url(ROOT_BUILD));
      await expect.poll(() => page.locator('[data-live-explore]').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Explore the map' }).count()).toBe(1);
      const views = ['overview', ...sections.map((x) => x.id)];
      // Each view's SVG laid, invisibly, exactly over the picture (same box, same "contain" fit): its labels' boxes against the button's.
      const hits = await page.evaluate(
        async ({ views, base }) => {
          const img = document.querySelector<HTMLImageElement>('.positions-map__stage img[data-static-map]')!;
          const button = document.querySelector('[data-live-explore]')!.getBoundingClientRect();
          const r = img.getBoundingClientRect();
          const out: string[] = [];
          for (const view of views) {
            const text = await (await fetch(`${base}map/static/${view}.svg`)).text();
            const svg = document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true);
            svg.setAttribute('width', String(r.width));
            svg.setAttribute('height', String(r.height));
            const holder = document.createElement('div');
            holder.style.cssText = `position:fixed;left:${r.left}px;top:${r.top}px;opacity:0;pointer-events:none`;
            holder.append(svg);
            document.body.append(holder);
            for (const t of holder.querySelectorAll('text')) {
              const q = t.getBoundingClientRect();
              if (q.right > button.left && q.left < button.right && q.bottom > button.top && q.top < button.bottom) out.push(`${view}: ${t.textContent}`);
            }
            holder.remove();
          }
          return out;
        },
        { views, base: new URL(site.url(ROOT_BUILD)).pathname },
      );
      covered.push(...hits.map((h) => `${s.width}×${s.height} ${h}`));
      expectClean(observed);
    }
    expect(covered).toEqual([]);
  });
});

describe('from one static view to the next', () => {
  it('never shows two sets of labels at once: the old view fades out before the new one fades in', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { ...contextOptions(size(1280, 800)), reducedMotion: 'no-preference' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    for (const i of [1, 2, 3]) {
      const id = sections[i]!.id;
      // Opacity of every static picture in the stage, each frame, while the view changes.
      const samples = page.evaluate(
        () =>
          new Promise<number[][]>((resolve) => {
            const out: number[][] = [];
            const start = performance.now();
            const tick = () => {
              out.push([...document.querySelectorAll<HTMLImageElement>('.positions-map__stage img[data-static-map]')].map((img) => parseFloat(getComputedStyle(img).opacity)));
              if (performance.now() - start < 2500) requestAnimationFrame(tick);
              else resolve(out);
            };
            tick();
          }),
      );
      await readSection(page, id);
      const frames2 = await samples;
      expect(await page.locator('.story-grid__map').getAttribute('data-view'), id).toBe(id);
      expect(frames2.some((f) => f.length > 1), `${id}: a crossfade ran`).toBe(true);
      // The second most opaque picture, at every frame: never more than a trace.
      const overlap = Math.max(...frames2.map((f) => [...f].sort((a, b) => b - a)[1] ?? 0));
      expect(overlap, id).toBeLessThan(0.15);
      await frames(page);
    }
    expectClean(observed);
  });
});

describe('on paper', () => {
  it('no link looks like one, and the map’s caption does not send the reader to another page', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, contextOptions(size(1280, 800)));
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const looksLikeLinks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .filter((a) => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')
        .filter((a) => getComputedStyle(a).textDecorationLine !== 'none' || getComputedStyle(a).color !== getComputedStyle(a.parentElement!).color)
        .map((a) => `${a.className || a.parentElement!.className}: ${a.textContent!.trim().slice(0, 30)}`),
    );
    expect(looksLikeLinks).toEqual([]);
    expect(await page.locator('.positions-map__caption a').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expectClean(observed);
  });
});
