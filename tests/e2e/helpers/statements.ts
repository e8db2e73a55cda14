// Shared by the who-said-what e2e tests: the statements the site publishes, and checks on where an
// element is on screen.
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface PublishedStatement {
  id: string;
  kind: 'quote' | 'paraphrase';
  text: string;
  section: string;
  date?: string;
  speaker: { id: string; name: string; role: string };
  sources: { id: string; url?: string }[];
}

/** /data/statements.json of the served build. */
export async function publishedStatements(request: APIRequestContext, siteUrl: string): Promise<PublishedStatement[]> {
  const response = await request.get(new URL('data/statements.json', siteUrl).href);
  expect(response.status()).toBe(200);
  return (await response.json()) as PublishedStatement[];
}

/** Waits until the <who-said-what> element has started (it is defined when the browser is idle). */
export async function sidebarReady(page: Page) {
  await page.locator('who-said-what[data-ready]').waitFor({ state: 'attached' });
}

/**
 * True when the element's box is on screen: inside the viewport, clear of the sticky map on phones,
 * and, should it sit in a box that scrolls on its own (there should be none), inside that box's visible part.
 */
export function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const visible = (top: number, bottom: number) => r.bottom > top + 4 && r.top < bottom - 4;
    // Under the map where it sticks over the top of the window (phones) is not on screen.
    let covered = 0;
    if (!el.closest('.story-grid__map')) {
      for (const s of document.querySelectorAll<HTMLElement>('.positions-map__head')) {
        const style = getComputedStyle(s);
        const b = s.getBoundingClientRect();
        // Bar and figure stick as one box; the figure may have slid up under the bar (the slim strip).
        if (style.position === 'sticky' && b.height > 0 && b.top <= parseFloat(style.top) + 1) for (const part of s.children) covered = Math.max(covered, part.getBoundingClientRect().bottom);
      }
    }
    if (!visible(covered, window.innerHeight) || r.width === 0) return false;
    for (let box = el.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (/(auto|scroll)/.test(style.overflowY) && box.scrollHeight > box.clientHeight) {
        const b = box.getBoundingClientRect();
        if (!visible(b.top, b.bottom)) return false;
      }
    }
    return true;
  });
}

/**
 * Waits for smooth scrolling (window and sidebar) to come to rest: the same positions in 4 readings
 * in a row, 50 ms apart (time enough for a scroll a click asked for to start). Read from here, not
 * timed in the page, which may run no script of its own (the tests with JavaScript off).
 */
export async function scrollSettled(page: Page) {
  const STILL_READINGS = 4;
  let last = '';
  let still = 0;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => `${window.scrollY}:${document.getElementById('who-said-what')?.scrollTop ?? 0}`);
        still = now === last ? still + 1 : 1;
        last = now;
        return still >= STILL_READINGS;
      },
      { timeout: 5000, interval: 50 },
    )
    .toBe(true);
}

/** The id of the focused element. */
export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
