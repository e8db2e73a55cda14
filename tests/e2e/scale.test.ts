// A newsroom with a big data set is not stuck: a generated story with 400 positions builds, its map
// goes live, markers that would overlap are clustered (every position counted once), and a cluster
// opens by keyboard. The story's own map never clusters (see map.test.ts: one marker per position).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCALE_STORY, generateScaleFixture } from '../fixtures/scale/generate.mjs';
import { astroBuild } from '../helpers/astro-build';
import { launchBrowser } from './helpers/browser';
import { showIntent } from './helpers/map';
import { serveStatic, type StaticServer } from './helpers/serve';

const POSITIONS = 400;
const work = mkdtempSync(join(tmpdir(), 'explainer-scale-'));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const content = join(work, 'content');
  generateScaleFixture(content, { positions: POSITIONS, statements: 60, sections: 4 });
  const { code, log } = await astroBuild(join(work, 'dist'), { EXPLAINER_CONTENT_DIR: content, STORY: SCALE_STORY });
  if (code !== 0) throw new Error(`scale build failed:\n${log}`);
  server = await serveStatic(join(work, 'dist'), '/');
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a large data set', () => {
  it('clusters overlapping markers, counts every position once, and opens a cluster by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);
    await showIntent(page);
    await page.locator('.positions-map--live').waitFor({ timeout: 60_000 });
    const counted = async () => {
      const clusters = await page.locator('.tm-cluster').allTextContents();
      const markers = await page.locator('.tm-marker').count();
      return { clusters: clusters.length, total: markers + clusters.reduce((sum, n) => sum + Number(n), 0) };
    };
    const before = await counted();
    expect(before.clusters).toBeGreaterThan(0);
    expect(before.total).toBe(POSITIONS);
    const cluster = page.locator('.tm-cluster').first();
    expect(await cluster.getAttribute('aria-label')).toMatch(/^\d+ positions close together: zoom in$/);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('.tm-marker, .tm-cluster'));
    // While Leaflet animates the zoom, the old and new cluster layers are both in the DOM for a moment.
    await expect.poll(async () => (await counted()).total, { timeout: 15_000 }).toBe(POSITIONS);
    expect(await page.locator('.tm-marker').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
