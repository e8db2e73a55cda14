// The embed snippet under "Get the data", pasted into another site's page (served from another
// origin): the iframe takes the height the embed reports in pym.js's messages, on load and when
// the viewport changes, so nothing scrolls inside it; the iframe alone still works at its own height.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { parseHtml, readHtml } from '../helpers/html';
import { RESULTS_DIR, ROOT_BUILD, SITE_URL, SUBPATH_BUILD, type TestBuild } from '../helpers/paths';
import { serveStatic, type StaticServer } from './helpers/serve';
import { expectClean, open, useSite } from './helpers/site';
import { currentView } from './helpers/map';

const site = useSite([ROOT_BUILD, SUBPATH_BUILD]);
let parent: StaticServer;
const parentDir = mkdtempSync(join(tmpdir(), 'explainer-parent-'));

/** The snippet as the story page prints it, pointing at the served build instead of SITE_URL. */
function snippet(build: TestBuild, origin: string): string {
  const text = readHtml(join(build.dir, 'index.html')).querySelector('.data-downloads__snippet')!.textContent!;
  return text.replaceAll(SITE_URL, origin);
}

/** A newsroom's article page carrying the snippet (its own CSS, no CSP of ours). */
function writeParent(file: string, body: string) {
  writeFileSync(
    join(parentDir, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom article</title>
<style>body{margin:0;padding:1rem;font:18px/1.5 Georgia,serif}iframe{display:block;border:0}</style></head>
<body><h1>Another newsroom’s article</h1><p>Text before the map.</p>${body}<p>Text after the map.</p></body></html>`,
  );
}

beforeAll(async () => {
  parent = await serveStatic(parentDir, '/');
});
afterAll(async () => {
  await parent?.close();
});

/** The embed's frame, once its document has loaded. */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  return frame;
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);

describe.each([ROOT_BUILD, SUBPATH_BUILD])('the embed snippet in a parent page ($name build)', (build) => {
  it('resizes the iframe to the embed’s height at load and whenever the viewport changes', async () => {
    const origin = site.servers.get(build.name)!.origin;
    writeParent(`snippet-${build.name}.html`, snippet(build, origin));
    const { newPage, observed } = await site.context(build, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, `${parent.url}snippet-${build.name}.html`);
    const frame = await embedFrame(page);
    expect(new URL(frame.url()).pathname).toBe(`${build.base}embed/map/`);
    await frame.locator('.tm-map[data-ready]').waitFor(); // the embed goes live at once

    const heights: number[] = [];
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
      [1680, 1050],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      // The iframe ends up exactly as tall as the embed's content, nothing scrolls inside it, and
      // the map keeps its shape (the stage 0.7 times as tall as wide).
      await expect
        .poll(
          async () => {
            const inner = await frame.evaluate(() => {
              const stage = document.querySelector('.positions-map__stage')!.getBoundingClientRect();
              return { scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight, stage: [stage.width, stage.height] };
            });
            const natural = inner.stage[0]! * 0.7;
            return Math.abs(inner.scroll - inner.client) <= 1 && Math.abs((await frameHeight(page)) - inner.client) <= 1 && Math.abs(inner.stage[1]! - natural) <= 2;
          },
          { timeout: 5000 },
        )
        .toBe(true);
      // And it stays so (no resize loop): the height reported is the height it has.
      const settled = await frameHeight(page);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      expect(await frameHeight(page), `${width} px`).toBe(settled);
      heights.push(settled);
      if (build === ROOT_BUILD) await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', `embed-in-parent-${width}.png`), fullPage: true });
    }
    // Narrower is shorter (the map keeps its shape), and coming back gives the same height.
    expect(heights[1]).toBeLessThan(heights[0]!);
    expect(heights[2]).toBeGreaterThan(heights[0]!);
    expect(heights[3]).toBe(heights[1]);
    expectClean(observed);
  });
});

describe('the iframe alone', () => {
  it('without the script keeps its own height, and the embed fills it without scrolling', async () => {
    const origin = site.servers.get(ROOT_BUILD.name)!.origin;
    const frameOnly = parseHtml(`<body>${snippet(ROOT_BUILD, origin)}</body>`).querySelector('iframe')!.outerHTML;
    writeParent('plain.html', frameOnly);
    const { newPage, observed } = await site.context(ROOT_BUILD, { viewport: { width: 1280, height: 800 } });
    const page = await newPage();
    await open(page, `${parent.url}plain.html`);
    const frame = await embedFrame(page);
    await frame.locator('.tm-map[data-ready]').waitFor(); // the embed goes live at once
    const declared = Number(await page.locator('iframe').getAttribute('height'));
    expect(await frameHeight(page)).toBe(declared);
    const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    expect(inner.scroll - inner.client).toBeLessThanOrEqual(1);
    expectClean(observed);
  });

  it('opened with ?view=SECTION-ID by a pym parent reports its height in pym’s format with the child id', async () => {
    const { newPage, observed } = await site.context(ROOT_BUILD);
    const origin = site.servers.get(ROOT_BUILD.name)!.origin;
    // A page playing pym.Parent: it frames the embed as pym does (?initialWidth, childId, …) and records messages.
    writeParent(
      'pym.html',
      `<div id="pym-map"></div><script>
        window.messages = [];
        window.addEventListener('message', function (e) { window.messages.push(e.data); });
        var f = document.createElement('iframe');
        f.src = ${JSON.stringify(`${origin}/embed/map/?view=troop-buildup`)} + '&initialWidth=600&childId=pym-map&parentTitle=x&parentUrl=' + encodeURIComponent(location.href);
        f.width = '100%';
        document.getElementById('pym-map').appendChild(f);
      </script>`,
    );
    const page = await newPage();
    await open(page, `${parent.url}pym.html`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { messages: string[] }).messages.find((m) => /^pymxPYMxpym-mapxPYMxheightxPYMx\d+$/.test(m)) ?? null))
      .not.toBeNull();
    const frame = await embedFrame(page);
    await frame.locator('.tm-map[data-ready]').waitFor(); // the embed goes live at once
    expect(await currentView(frame as unknown as Page)).toBe('troop-buildup');
    expectClean(observed);
  });
});
