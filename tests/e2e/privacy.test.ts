// Privacy: reading the explainer sends nothing to any host but the site's own. Every request a page
// makes (documents, scripts, styles, images, fetches, even prefetches) is recorded; the test fails
// on any other host, in both builds.
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../helpers/paths';
import { frames, open, useSite } from './helpers/site';

const PAGES = ['', 'troop-buildup/', 'embed/map/'];

describe.each(BUILDS)('$name build: privacy', (build) => {
  const site = useSite([build]);

  it.each(PAGES)('/%s requests nothing from other hosts', async (path) => {
    const { newPage, observed } = await site.context(build);
    const page = await newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await open(page, site.url(build, path));
    // Scroll to the end so anything loaded lazily (islands, images) has loaded too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        // Two frames: the observers that load things lazily see the new position.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await frames(page);
    await page.waitForLoadState('networkidle');
    const own = new URL(site.url(build)).host;
    expect([...hosts], 'hosts contacted').toEqual([own]);
    expect(observed.external, 'blocked requests to other hosts').toEqual([]);
  });
});
