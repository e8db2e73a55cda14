// Byte budgets over the built site (gzip level 9). Timings are the benchmark's job, never asserted here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../helpers/budgets';
import { ROOT_BUILD } from '../helpers/paths';
import { builtPageWeight } from '../helpers/weights';

const { dir, base } = ROOT_BUILD;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('byte budgets', () => {
  const story = builtPageWeight(dir, base, 'index.html');

  it(`/ HTML + CSS stays within ${kb(BUDGETS.storyHtmlAndCss)} gzip`, () => {
    const total = story.htmlGzip + story.cssGzip;
    expect(total, `HTML ${kb(story.htmlGzip)} + CSS ${kb(story.cssGzip)}`).toBeLessThanOrEqual(BUDGETS.storyHtmlAndCss);
  });

  it(`/ first view (HTML, CSS, JavaScript before intent, the static map) stays within ${kb(BUDGETS.storyFirstView)} gzip`, () => {
    expect(story.firstViewGzip).toBeLessThanOrEqual(BUDGETS.storyFirstView);
  });

  it(`/ runs at most ${kb(BUDGETS.jsBeforeIntent)} of JavaScript before intent, none of it the live map’s`, () => {
    expect(story.jsBeforeIntentGzip, story.upFrontJs.join(', ')).toBeLessThanOrEqual(BUDGETS.jsBeforeIntent);
    expect(story.upFrontJs.filter((p) => /leaflet|PositionsMapIsland|client\./i.test(p))).toEqual([]);
    // …and the live map is still there to load on intent.
    expect(story.allJs.some((p) => /PositionsMapIsland/.test(p))).toBe(true);
    expect(story.allJs.some((p) => /leaflet/.test(p))).toBe(true);
  });

  it(`all JavaScript / can download stays within ${kb(BUDGETS.storyAllJs)} gzip`, () => {
    const total = story.jsGzip(story.allJs);
    expect(total, story.allJs.join(', ')).toBeLessThanOrEqual(BUDGETS.storyAllJs);
  });

  const sectionPages = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !['_astro', 'data', 'share', 'map', 'embed', 'positions'].includes(e.name))
    .map((e) => join(e.name, 'index.html'))
    .filter((file) => {
      try {
        return readdirSync(join(dir, file, '..')).includes('index.html');
      } catch {
        return false;
      }
    });

  it('finds the section pages', () => {
    expect(sectionPages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(sectionPages)(`%s runs at most ${kb(BUDGETS.jsBeforeIntent)} of JavaScript before intent`, (page) => {
    const weight = builtPageWeight(dir, base, page);
    expect(weight.jsBeforeIntentGzip, weight.upFrontJs.join(', ')).toBeLessThanOrEqual(BUDGETS.jsBeforeIntent);
  });

  it.each(sectionPages)(`%s ships at most ${kb(BUDGETS.sectionJsWithoutMap)} of JavaScript besides the map island`, (page) => {
    const weight = builtPageWeight(dir, base, page);
    const counted = weight.allJsWithout(/map/i);
    expect(weight.jsGzip(counted), counted.join(', ')).toBeLessThanOrEqual(BUDGETS.sectionJsWithoutMap);
  });
});
