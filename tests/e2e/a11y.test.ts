// axe-core on the story and a section page, in light and dark: zero violations.
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { runAxe } from './helpers/axe';
import { mapReady } from './helpers/map';
import { expectClean, open, useSite } from './helpers/site';

const site = useSite([ROOT_BUILD]);
const section = sourceSections()[1]!;

describe('accessibility (axe-core)', () => {
  it.each([
    { name: '/', path: '', colorScheme: 'light' },
    { name: '/', path: '', colorScheme: 'dark' },
    { name: `/${section.id}/`, path: `${section.id}/`, colorScheme: 'light' },
    { name: `/${section.id}/`, path: `${section.id}/`, colorScheme: 'dark' },
    { name: '/404.html', path: '404.html', colorScheme: 'light' },
    { name: '/ before intent (static map, "Explore the map")', path: '', colorScheme: 'light', live: false },
  ] as const)('$name in $colorScheme mode has no violations', async ({ path, colorScheme, ...rest }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { colorScheme, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, path));
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    // Pages with the troop map are checked with the live map drawn (once also before intent).
    if (path !== '404.html' && !('live' in rest)) await mapReady(page);
    const { violations, passes } = await runAxe(page);
    expect(passes, 'axe ran its rules').toBeGreaterThan(10);
    expect(violations).toEqual([]);
    expectClean(observed);
  });
});
