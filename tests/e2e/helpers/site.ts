// Per-file e2e fixture: one browser and one static server per build, started in beforeAll.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, type Observed, type TestContext } from './browser';
import { serveStatic, type StaticServer } from './serve';
import type { TestBuild } from '../../helpers/paths';

export interface Site {
  browser: Browser;
  servers: Map<TestBuild['name'], StaticServer>;
  /** A new context on the closed network; closed automatically after the file. */
  context(build: TestBuild, options?: Parameters<typeof openContext>[2]): Promise<TestContext>;
  /** The served URL of a site-relative path in a build, e.g. url(ROOT_BUILD, 'troop-buildup/'). */
  url(build: TestBuild, path?: string): string;
}

export function useSite(builds: TestBuild[]): Site {
  const contexts: TestContext[] = [];
  const site = { servers: new Map() } as Site;
  beforeAll(async () => {
    for (const b of builds) site.servers.set(b.name, await serveStatic(b.dir, b.base));
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await site.browser?.close();
    for (const s of site.servers.values()) await s.close();
  });
  site.url = (build, path = '') => `${site.servers.get(build.name)!.url}${path}`;
  site.context = async (build, options) => {
    const c = await openContext(site.browser, site.servers.get(build.name)!.origin, options);
    contexts.push(c);
    return c;
  };
  return site;
}

/** Waits for two animation frames, so scroll handlers and rAF callbacks have run. */
export const frames = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Opens a URL and checks the document itself loaded with 200. */
export async function open(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(200);
  return response!;
}

/** Nothing left the machine, nothing logged an error (CSP violations included), nothing 404ed. */
export function expectClean(observed: Observed) {
  expect(observed.external, 'requests to other hosts').toEqual([]);
  expect(observed.consoleErrors, 'console errors').toEqual([]);
  expect(observed.badResponses, 'HTTP errors').toEqual([]);
}

/**
 * Scrolls, without animation, to just below the top of the element with this id (a section): its
 * top just under the top of the window, or, on phones, just under the map stuck there (--sticky-map).
 */
export const scrollToSection = (page: Page, id: string) =>
  page.evaluate((target) => {
    const sticky = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sticky-map')) || 0;
    const el = document.getElementById(target)!;
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY + 5 - sticky, behavior: 'instant' });
  }, id);

/**
 * Holds back every request for `url` until release() (each then goes on to the server as usual);
 * `held` lists the URLs asked for meanwhile. For what a page does while a file is slow to come.
 */
export async function holdRequests(target: BrowserContext | Page, url: string | RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await target.route(url, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { held, release };
}
