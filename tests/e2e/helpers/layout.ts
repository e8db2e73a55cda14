// Shared by the layout e2e tests: the sizes the story is checked at, where the sticky map covers the
// window, scrolling a section to where a reader reads it, and boxes that scroll on their own.
import type { Locator, Page } from 'playwright-core';
import { ROOT_BUILD } from '../../helpers/paths';
import { open, type Site } from './site';

export const SIZES = [
  { name: 'phone', width: 390, height: 844, hasTouch: true, isMobile: true },
  { name: 'laptop', width: 1280, height: 800, hasTouch: false, isMobile: false },
  { name: 'wide', width: 1680, height: 1050, hasTouch: false, isMobile: false },
] as const;
export type Size = (typeof SIZES)[number];

/** A browser context at `size` (one of SIZES or any other), motion reduced. */
export const contextOptions = (size: { width: number; height: number; hasTouch: boolean; isMobile: boolean }, colorScheme: 'light' | 'dark' = 'light') => ({
  viewport: { width: size.width, height: size.height },
  hasTouch: size.hasTouch,
  isMobile: size.isMobile,
  colorScheme,
  reducedMotion: 'reduce' as const,
});

/**
 * The story (or `path`) of the root build open in a new context at `size` (see contextOptions): the
 * page, what the context observed and the context itself.
 */
export async function openAt(site: Site, size: Parameters<typeof contextOptions>[0], colorScheme: 'light' | 'dark' = 'light', path = '') {
  const { context, observed, newPage } = await site.context(ROOT_BUILD, contextOptions(size, colorScheme));
  const page = await newPage();
  await open(page, site.url(ROOT_BUILD, path));
  return { page, observed, context };
}

/** The bottom edge of the map where it sticks over the top of the window (phones), else 0. */
export const coveredTop = (page: Page) =>
  page.evaluate(() => {
    let bottom = 0;
    for (const el of document.querySelectorAll<HTMLElement>('.positions-map__head')) {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      // Stuck: sticky, shown, and at its sticky offset from the top of the window.
      // Bar and figure stick as one box; the figure may have slid up under the bar (the slim strip).
      if (style.position === 'sticky' && r.height > 0 && r.top <= parseFloat(style.top) + 1) for (const part of el.children) bottom = Math.max(bottom, part.getBoundingClientRect().bottom);
    }
    return bottom;
  });

/** Scrolls as a reader would: the section's start just below whatever sticks over the window. */
export async function readSection(page: Page, id: string) {
  await page.evaluate((target) => {
    const sticky = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sticky-map')) || 0;
    const el = document.getElementById(target)!;
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - sticky - 8, behavior: 'instant' });
  }, id);
}

/** Elements that scroll on their own: overflow auto or scroll, with more content than room. */
export const scrollBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const s = getComputedStyle(el);
        const y = /(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
        const x = /(auto|scroll)/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
        return y || x;
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`),
  );

/** The page scrolls sideways when its content is wider than the window. */
export const sidewaysScroll = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);

/** The element's box, and whether all of it is inside the window and clear of the sticky map. */
export async function placement(locator: Locator, covered: number) {
  return locator.evaluate((el, top) => {
    const r = el.getBoundingClientRect();
    return {
      top: r.top,
      bottom: r.bottom,
      left: r.left,
      right: r.right,
      fully: r.width > 0 && r.top >= top - 1 && r.bottom <= window.innerHeight + 1,
      visible: r.width > 0 && r.bottom > top + 4 && r.top < window.innerHeight - 4,
    };
  }, covered);
}
