// Target size (WCAG 2.2 SC 2.5.8, axe's `target-size`) on the live map, in every view, on a phone
// (412 px, Lighthouse's mobile width) and a desktop (1350 px): crowded markers step aside so each
// keeps a whole 24×24 target, none under a map control, and every position keeps its own marker.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { currentView, mapReady, publishedMap } from './helpers/map';
import { expectClean, frames, open, scrollToSection, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);
const sections = sourceSections();
const viewports = [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
];

/** Marker targets that overlap another marker or a map control, by position id ("a × b"). */
function overlapping(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.tm-marker[data-position-id]')].map((e) => ({ id: e.dataset.positionId!, r: e.getBoundingClientRect() }));
    const controls = [...document.querySelectorAll<HTMLElement>('.leaflet-control a, .tm-picker select')].map((e) => ({ id: e.className || e.tagName, r: e.getBoundingClientRect() }));
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.01 && b.left < a.right - 0.01 && a.top < b.bottom - 0.01 && b.top < a.bottom - 0.01;
    const found: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of [...boxes.slice(i + 1), ...controls]) if (hit(a.r, b.r)) found.push(`${a.id} × ${b.id}`);
    });
    return found;
  });
}

/** Every marker: its own element, 24×24, focusable and named; one of them in the Tab order (arrow keys reach the rest). */
async function expectEveryMarker(page: Page, count: number) {
  const markers = await page.locator('.tm-marker[data-position-id]').evaluateAll((els) =>
    els.map((e) => ({ tabindex: e.getAttribute('tabindex'), name: e.getAttribute('aria-label') ?? '', ...e.getBoundingClientRect().toJSON() })),
  );
  expect(markers).toHaveLength(count);
  expect(markers.filter((m) => m.tabindex === '0')).toHaveLength(1);
  for (const m of markers) {
    expect(['0', '-1']).toContain(m.tabindex);
    expect(m.name.length).toBeGreaterThan(10);
    expect([m.width, m.height]).toEqual([24, 24]);
  }
}

async function expectTargetsPass(page: Page, where: string) {
  await frames(page);
  expect(await overlapping(page), where).toEqual([]);
  const { violations } = await runAxe(page, ['target-size']);
  expect(violations, where).toEqual([]);
}

describe.each(viewports)('map targets at $width px', (viewport) => {
  it('the story, scrolled to each section: no target-size violations, every marker kept', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { viewport, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD));
    await mapReady(page);
    const data = await publishedMap(context.request, site.url(ROOT_BUILD));
    expect(await currentView(page)).toBe('overview');
    await expectTargetsPass(page, 'overview');
    await expectEveryMarker(page, data.positions.length);
    for (const s of sections) {
      await scrollToSection(page, s.id);
      await expect.poll(() => currentView(page), { timeout: 3000 }).toBe(s.id);
      await expectTargetsPass(page, `/ at ${s.id}`);
    }
    await expectEveryMarker(page, data.positions.length);
    expectClean(observed);
  });

  it('each section page: no target-size violations', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport, reducedMotion: 'reduce' });
    const page = await newPage();
    for (const s of sections) {
      await open(page, site.url(ROOT_BUILD, `${s.id}/`));
      await mapReady(page);
      expect(await currentView(page)).toBe(s.id);
      await expectTargetsPass(page, `/${s.id}/`);
    }
    expectClean(observed);
  });

  it('/embed/map/ in every view: no target-size violations', async () => {
    const { newPage, observed, context } = await site.context(ROOT_BUILD, { viewport, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, 'embed/map/'));
    await mapReady(page);
    const data = await publishedMap(context.request, site.url(ROOT_BUILD));
    await expectTargetsPass(page, '/embed/map/');
    for (const v of data.views) {
      await page.locator('.tm-picker select').selectOption(v.id);
      await expect.poll(() => currentView(page)).toBe(v.id);
      await expectTargetsPass(page, `/embed/map/ at ${v.id}`);
    }
    await expectEveryMarker(page, data.positions.length);
    expectClean(observed);
  });
});
