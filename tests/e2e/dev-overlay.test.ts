// `npm start` (astro dev) as an editor meets it: a data or content mistake shows in the browser's
// error overlay at the editor's file and line, "Open in editor" opens that file there, and one bad
// field gives one error. One dev server over a copy of the content, edited between the cases; each
// case waits for the overlay the dev server pushes (no fixed sleeps). /_review/ is served too.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './helpers/axe';
import { launchBrowser } from './helpers/browser';
import { MAIN_STORY, ROOT } from '../helpers/paths';

const work = mkdtempSync(join(tmpdir(), 'explainer-dev-'));
const content = join(work, 'content');
const story = join(content, 'stories', MAIN_STORY);
const file = (path: string) => join(story, path);
let dev: ChildProcess;
let browser: Browser;
let page: Page;
let origin = '';
const opened: string[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Replaces the first `from` in a content file; returns the 1-based line it is on. */
function edit(path: string, from: string | RegExp, to: string): number {
  const text = readFileSync(file(path), 'utf8');
  const at = text.search(from);
  expect(at, `${path} holds ${from}`).toBeGreaterThanOrEqual(0);
  writeFileSync(file(path), text.replace(from, to));
  return text.slice(0, at).split('\n').length;
}

/** The overlay's file:line:column once it names `suffix`, and its message. */
async function overlayAt(suffix: string): Promise<{ location: string; title: string; message: string }> {
  // A saved MDX file also makes Astro reload the page, which may land mid-read: read again then.
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await page.waitForFunction(
        (s) => {
          const root = document.querySelector('vite-error-overlay')?.shadowRoot;
          const location = root?.querySelector('#code header h2')?.getAttribute('title');
          if (!root || !location?.includes(s)) return false;
          return { location, title: root.querySelector('#title')!.textContent!, message: root.querySelector('#message-content')!.textContent! };
        },
        suffix,
        { timeout: 30_000 },
      );
      return (await handle.jsonValue()) as { location: string; title: string; message: string };
    } catch (error) {
      if (attempt >= 3 || !/context was destroyed|navigat/i.test(String(error))) throw error;
    }
  }
}

beforeAll(async () => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST|VITEST|VITEST_.*|NODE_ENV|BASE_URL|BASE_PATH|STORY|DRAFTS|SITE|MODE|DEV|PROD|SSR)$/.test(k)));
  dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...env, EXPLAINER_CONTENT_DIR: content, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      log += d;
      if (/watching for file changes/.test(log)) resolve();
    };
    dev.stdout!.on('data', onData);
    dev.stderr!.on('data', onData);
    dev.on('close', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // "Open in editor" asks the dev server to launch an editor: record the request instead.
  await page.route('**/__open-in-editor**', (route) => {
    opened.push(new URL(route.request().url()).searchParams.get('file') ?? '');
    return route.fulfill({ status: 200, body: '' });
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm start: mistakes in the browser overlay, at the editor’s file and line', () => {
  it('a mistyped speaker id: statements.yaml at its line, and "Open in editor" opens it there', async () => {
    await page.goto(`${origin}/`);
    const line = edit('data/statements.yaml', 'speaker: jake-sullivan', 'speaker: jake-sulivan');
    const shown = await overlayAt(`data/statements.yaml:${line}:`);
    expect(shown.location).toBe(`${file('data/statements.yaml')}:${line}:3`);
    expect(shown.message).toContain(`data/statements.yaml:${line}: entry "`);
    expect(shown.message).toContain('field "speaker": "jake-sulivan" is not a speaker id');
    expect(shown.location).not.toContain('/src/');
    const root = page.locator('vite-error-overlay');
    await root.getByText('Open in editor').click();
    await expect.poll(() => opened.at(-1)).toBe(`${file('data/statements.yaml')}:${line}:3`);
  });

  it('a latitude out of range: one error at positions.yaml, no cascade into the article', async () => {
    // Break the latitude first, then mend the speaker, so the data is never clean in between.
    const line = edit('data/positions.yaml', /lat: 54\.\d+/, 'lat: 154.5774');
    edit('data/statements.yaml', 'speaker: jake-sulivan', 'speaker: jake-sullivan');
    const shown = await overlayAt(`data/positions.yaml:${line}:`);
    expect(shown.title).toBe('The story data has a problem');
    expect(shown.message).toContain('field "lat": 154.5774 is not a latitude (must be between -90 and 90)');
    expect(shown.message).not.toMatch(/Place|statements\.yaml/);
  });

  it('a content mistake in an MDX section: the section file at the tag’s line', async () => {
    const mdx = 'story/sections/06-us-reinforcements.mdx';
    const line = edit(mdx, /<Place id="([a-z0-9-]+)"/, '<Place id="ru-nowhere"');
    edit('data/positions.yaml', 'lat: 154.5774', 'lat: 54.5774');
    const shown = await overlayAt(`${mdx}:${line}:`);
    expect(shown.message).toContain('<Place id="ru-nowhere"> names no position');
  });

  it('serves /_review/, usable by keyboard and clean under axe', async () => {
    edit('story/sections/06-us-reinforcements.mdx', 'id="ru-nowhere"', 'id="us-82nd-rzeszow"');
    const review = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The framed pages and the share cards have their own tests; here only the review page itself
    // is judged (and the dev server is spared rendering them all).
    await review.route('**/*', (route) => {
      const request = route.request();
      if (request.resourceType() === 'image') return route.fulfill({ status: 204 });
      if (request.frame() !== review.mainFrame()) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>frame</title></html>' });
      return route.continue();
    });
    // Pages answer with the overlay until the dev server has re-checked the mended section.
    const status = async () => (await fetch(`${origin}/_review/`, { headers: { accept: 'text/html' } })).status;
    await expect.poll(status, { timeout: 30_000, interval: 250 }).toBe(200);
    await review.goto(`${origin}/_review/`);
    expect(await review.locator('h1').textContent()).toBe('Review before publishing');
    expect(await review.locator('iframe').count()).toBeGreaterThan(20);
    expect(await review.locator('iframe[loading="lazy"]').count()).toBe(await review.locator('iframe').count());
    // The first Tab reaches the page's own links, the "checklist" link jumps to the checklist.
    await review.keyboard.press('Tab');
    await review.keyboard.press('Tab');
    expect(await review.evaluate(() => document.activeElement?.textContent)).toBe('checklist');
    await review.keyboard.press('Enter');
    expect(review.url()).toMatch(/#macron-moscow-checklist$/);
    const { violations } = await runAxe(review);
    expect(violations).toEqual([]);
    await review.close();
  });
});
