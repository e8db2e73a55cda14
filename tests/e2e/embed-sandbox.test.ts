// The embed where CMSs put oEmbed iframes: in <iframe sandbox="allow-scripts allow-popups">, without
// allow-same-origin, on another site's page. The frame's origin is then opaque ("null"), so every
// module script, the map data and the basemap are cross-origin requests to our site. Served with the
// headers dist/_headers asks for (as Netlify or Cloudflare Pages would), the live map loads there;
// served without them, it cannot (the control case below), which is what _headers is for.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
async function openHost(
  server: StaticServer,
  name: string,
  view: string,
  block?: (url: string) => boolean,
): Promise<{ page: Page; frame: Frame; context: TestContext; failed: string[] }> {
  writeFileSync(
    join(parentDir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A CMS article</title></head>
<body><h1>An article with an embed</h1><iframe sandbox="${SANDBOX}" src="${server.url}embed/map/?view=${view}" title="Troop map" width="640" height="560"></iframe></body></html>`,
  );
  const context = await openContext(browser, server.origin, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  contexts.push(context);
  if (block) await context.context.route((url) => block(url.href), (route) => route.abort('blockedbyclient'));
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
    await frame.locator('.positions-map__stage').hover();
    await frame.locator('.tm-map[data-ready]').waitFor({ timeout: 20_000 });
    expect(await frame.locator('.positions-map').getAttribute('data-live')).toBe('ready');
    const data = (await (await fetch(`${server.url}map/data.json`)).json()) as { positions: unknown[] };
    expect(await frame.locator('.tm-marker[data-position-id]').count()).toBe(data.positions.length);
    expect(await frame.locator('.tm-map').getAttribute('data-view')).toBe('troop-buildup');
    // The picker still works (it writes ?view= into the address, which an opaque origin may not).
    await frame.locator('.tm-picker select').selectOption('overview');
    await expect.poll(() => frame.locator('.tm-map').getAttribute('data-view')).toBe('overview');
    if (build === ROOT_BUILD) await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', 'embed-sandboxed.png') });
    // The credit opens the story in a new tab (allow-popups); the frame stays on the embed.
    const before = frame.url();
    const [tab] = await Promise.all([context.context.waitForEvent('page'), frame.locator('.embed-map__credit a').click()]);
    await tab.waitForLoadState('load');
    expect(tab.url()).toBe(server.url);
    expect(frame.url()).toBe(before);
    await tab.close();
    expectClean(context.observed);
  });
});

describe('each section’s oEmbed iframe', () => {
  it('shows that section’s view: in the static map at once, and in the live map', async () => {
    const server = await serve(ROOT_BUILD, true);
    const oembed = JSON.parse(readFileSync(join(ROOT_BUILD.dir, 'oembed/troop-buildup.json'), 'utf8')) as { html: string };
    const src = /src="([^"]+)"/.exec(oembed.html)![1]!.replaceAll('&amp;', '&');
    const view = new URL(src).searchParams.get('view')!;
    expect(view).toBe('troop-buildup');
    // Without the live map (its island blocked), the static map alone must already show the view.
    const blocked = await openHost(server, 'oembed-static', view, (url) => /\/_astro\/PositionsMapIsland[^/]*\.js/.test(url));
    await expect.poll(() => blocked.frame.locator('.positions-map').getAttribute('data-view')).toBe(view);
    expect(await blocked.frame.locator('img[data-static-map]').last().getAttribute('src')).toBe(`${ROOT_BUILD.base}map/static/${view}.svg`);
    expect(await blocked.frame.locator('[data-map-caption]').textContent()).toContain(
      (JSON.parse(readFileSync(join(ROOT_BUILD.dir, 'map/data.json'), 'utf8')) as { views: { id: string; caption: string }[] }).views.find((v) => v.id === view)!.caption,
    );
    const live = await openHost(server, 'oembed-live', view);
    await live.frame.locator('.tm-map[data-ready]').waitFor();
    expect(await live.frame.locator('.tm-map').getAttribute('data-view')).toBe(view);
    expectClean(live.context.observed);
  });
});

describe('the control case: the same sandbox, served without the _headers headers', () => {
  it('cannot load the live map (so the test above depends on the headers)', async () => {
    const server = await serve(ROOT_BUILD, false);
    const { frame, failed } = await openHost(server, 'sandbox-no-headers', 'troop-buildup');
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    await frame.locator('.positions-map__stage').hover();
    // The island's own script is a cross-origin module without the header: it fails, and so does
    // Astro's one retry (?astro-retry=…), after which nothing else tries. The static map stays.
    const island = (url: string) => /\/_astro\/PositionsMapIsland[^/]*\.js(\?|$)/.test(url);
    await expect.poll(() => failed.filter(island).length, { timeout: 15_000 }).toBe(2);
    expect(await frame.locator('.tm-map[data-ready]').count()).toBe(0);
    expect(await frame.locator('img[data-static-map]').isVisible()).toBe(true);
  });
});
