// The embed where CMSs put oEmbed iframes: in <iframe sandbox="allow-scripts allow-popups">, without
// allow-same-origin, on another site's page. The frame's origin is then opaque ("null"), so every
// module script, the map data and the basemap are cross-origin requests to our site. Served with the
// headers dist/_headers asks for (as Netlify or Cloudflare Pages would), the live map loads there;
// served without them, it cannot (the control case below), which is what _headers is for.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { RESULTS_DIR, ROOT_BUILD, SUBPATH_BUILD, type TestBuild } from '../helpers/paths';
import { launchBrowser, openContext, type TestContext } from './helpers/browser';
import { serveStatic, type StaticServer } from './helpers/serve';
import { expectClean, open } from './helpers/site';

const SANDBOX = 'allow-scripts allow-popups';
const parentDir = mkdtempSync(join(tmpdir(), 'explainer-sandbox-parent-'));
let browser: Browser;
let parent: StaticServer;
const servers: StaticServer[] = [];
const contexts: TestContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  parent = await serveStatic(parentDir, '/');
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  for (const s of [...servers, parent]) await s?.close();
});

/** The build served on its own port, with or without the headers of its `_headers` file. */
async function serve(build: TestBuild, headers: boolean): Promise<StaticServer> {
  const server = await serveStatic(build.dir, build.base, { headers });
  servers.push(server);
  return server;
}

/** A CMS's article page on another origin, holding the embed in a sandboxed iframe, opened in a fresh context. */
async function openHost(server: StaticServer, name: string, view: string): Promise<{ page: Page; frame: Frame; context: TestContext; failed: string[] }> {
  writeFileSync(
    join(parentDir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A CMS article</title></head>
<body><h1>An article with an embed</h1><iframe sandbox="${SANDBOX}" src="${server.url}embed/map/?view=${view}" title="Troop map" width="640" height="560"></iframe></body></html>`,
  );
  const context = await openContext(browser, server.origin, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  contexts.push(context);
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await open(page, `${parent.url}${name}.html`);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await frame.waitForLoadState('load');
  return { page, frame, context, failed };
}

describe.each([ROOT_BUILD, SUBPATH_BUILD])('the embed in a sandboxed iframe on another origin ($name build)', (build) => {
  it('reaches its live map, with every marker, in the view the address asks for', async () => {
    const server = await serve(build, true);
    const { page, frame, context } = await openHost(server, `sandbox-${build.name}`, 'troop-buildup');
    // The frame really is sandboxed: its origin is opaque, and storage is off limits.
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    // The embed goes live by itself; a reader's tap on the map is intent too, and must not hurt.
    await frame.locator('.troop-map__stage').hover();
    await frame.locator('.tm-map[data-ready]').waitFor({ timeout: 20_000 });
    expect(await frame.locator('.troop-map').getAttribute('data-live')).toBe('ready');
    const data = (await (await fetch(`${server.url}map/data.json`)).json()) as { positions: unknown[] };
    expect(await frame.locator('.tm-marker[data-position-id]').count()).toBe(data.positions.length);
    expect(await frame.locator('.tm-map').getAttribute('data-view')).toBe('troop-buildup');
    // The picker still works (it writes ?view= into the address, which an opaque origin may not).
    await frame.locator('.tm-picker select').selectOption('overview');
    await expect.poll(() => frame.locator('.tm-map').getAttribute('data-view')).toBe('overview');
    if (build === ROOT_BUILD) await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', 'embed-sandboxed.png') });
    expectClean(context.observed);
  });
});

describe('the control case: the same sandbox, served without the _headers headers', () => {
  it('cannot load the live map (so the test above depends on the headers)', async () => {
    const server = await serve(ROOT_BUILD, false);
    const { frame, failed } = await openHost(server, 'sandbox-no-headers', 'troop-buildup');
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    await frame.locator('.troop-map__stage').hover();
    // The island's own script is a cross-origin module without the header: it fails, and so does
    // Astro's one retry (?astro-retry=…), after which nothing else tries. The static map stays.
    const island = (url: string) => /\/_astro\/TroopMapIsland[^/]*\.js(\?|$)/.test(url);
    await expect.poll(() => failed.filter(island).length, { timeout: 15_000 }).toBe(2);
    expect(await frame.locator('.tm-map[data-ready]').count()).toBe(0);
    expect(await frame.locator('img[data-static-map]').isVisible()).toBe(true);
  });
});
