// Screenshots for a human to look at (test-results/screenshots/): / at 390 and 1280 px, light and
// dark, full page, and a section page at 390 px. Later issues add their own views here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { RESULTS_DIR, ROOT_BUILD } from '../helpers/paths';
import { pngSize } from '../helpers/png';
import { expectClean, open, useSite } from './helpers/site';

const dir = join(RESULTS_DIR, 'screenshots');
const section = sourceSections()[0]!;
const site = useSite([ROOT_BUILD]);

const shots = [
  { file: 'story-390-light.png', path: '', width: 390, colorScheme: 'light' },
  { file: 'story-390-dark.png', path: '', width: 390, colorScheme: 'dark' },
  { file: 'story-1280-light.png', path: '', width: 1280, colorScheme: 'light' },
  { file: 'story-1280-dark.png', path: '', width: 1280, colorScheme: 'dark' },
  { file: `section-${section.id}-390-light.png`, path: `${section.id}/`, width: 390, colorScheme: 'light' },
] as const;

describe('screenshots', () => {
  mkdirSync(dir, { recursive: true });
  it.each(shots)('$file', async ({ file, path, width, colorScheme }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, {
      viewport: { width, height: width < 600 ? 844 : 900 },
      colorScheme,
      reducedMotion: 'reduce',
    });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, path));
    await page.evaluate(() => document.fonts.ready);
    // As a reader first sees the page: the static map (the live one waits for intent; map.test.ts shoots it).
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img[data-static-map]')].every((i) => i.complete && i.naturalWidth > 0));
    const png = await page.screenshot({ path: join(dir, file), fullPage: true });
    expect(pngSize(png)?.width).toBe(width);
    expectClean(observed);
  });
});
