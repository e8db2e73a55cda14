// The npm-shipped browser, covered wherever the tests run: the Chromium inside the npm package
// @sparticuz/chromium, which every e2e test uses unless CHROME_PATH names another browser. Where it
// does (CI's second pass, a developer's own Chrome), this smoke test still launches the npm one: it
// must start, load the built story, and show its title and the static map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT_BUILD } from '../helpers/paths';
import { launchBrowser, npmChromium, openContext } from './helpers/browser';
import { serveStatic, type StaticServer } from './helpers/serve';
import { expectClean, open } from './helpers/site';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(ROOT_BUILD.dir, ROOT_BUILD.base);
  browser = await launchBrowser('npm');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the npm-shipped Chromium (@sparticuz/chromium)', () => {
  it('launches, loads the story, and shows its title and the static map', async () => {
    expect(await npmChromium()).toMatchObject({ path: expect.not.stringMatching(/^\/usr\/bin\//) });
    expect(browser.version()).toMatch(/^\d+\./);
    const { newPage, observed, close } = await openContext(browser, server.origin);
    const page = await newPage();
    await open(page, server.url);
    expect(await page.title()).toMatch(/\S{10,}/);
    expect((await page.locator('h1').first().textContent())?.trim().length).toBeGreaterThan(10);
    const still = page.locator('img[data-static-map]').first();
    await expect.poll(() => still.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
    expect(await still.isVisible()).toBe(true);
    expectClean(observed);
    await close();
  });
});
