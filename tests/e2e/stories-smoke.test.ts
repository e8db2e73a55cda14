// A short browser smoke test of the build of every story (dist-stories/, under /kit/): the index of
// stories, then every story it holds, whatever content/stories/ contains (and the fictional fixture
// story, tests/fixtures/fictional-story/), so a new story gets it automatically. The full browser tests run on the main story alone at the root (the other files).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, STORIES_BUILD, STORIES_CONTENT } from '../helpers/paths';
import { publishedStories } from '../helpers/stories';
import { runAxe } from './helpers/axe';
import { contextOptions, readSection, SIZES } from './helpers/layout';
import { LIVE_MAP_FILES, mapReady } from './helpers/map';
import { expectClean, open, useSite } from './helpers/site';
import { publishedStatements, sidebarReady } from './helpers/statements';

const site = useSite([STORIES_BUILD]);
// Every story of content/stories/ and the fictional fixture story (tests/helpers/paths.ts STORIES_CONTENT).
const stories = publishedStories(STORIES_CONTENT);
const shots = join(RESULTS_DIR, 'screenshots');
mkdirSync(shots, { recursive: true });
const phone = SIZES.find((s) => s.width === 390)!;

describe('stories build: the index', () => {
  it.each(SIZES)('at $width×$height lists every story, links to it, and passes axe', async (size) => {
    const { newPage, observed } = await site.context(STORIES_BUILD, contextOptions(size));
    const page = await newPage();
    await open(page, site.url(STORIES_BUILD));
    const links = await page.locator('.story-list__link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(stories.map((s) => `${STORIES_BUILD.base}${s.slug}/`));
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth), 'sideways scroll').toBe(false);
    // Every share image drawn (the first eagerly, the rest as they come into view).
    for (const img of await page.locator('.story-list__image').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `stories-index-${size.width}.png`), fullPage: true });
    expect((await runAxe(page)).violations).toEqual([]);
    await page.locator('.story-list__link').first().click();
    await page.waitForURL(site.url(STORIES_BUILD, `${stories[0]!.slug}/`));
    expectClean(observed);
  });
});

describe.each(stories)('stories build: /kit/$slug/', (story) => {
  const home = () => site.url(STORIES_BUILD, `${story.slug}/`);

  it('loads with its sections in order, a static map from its own folder, and passes axe', async () => {
    const { newPage, observed } = await site.context(STORIES_BUILD, { viewport: { width: 1280, height: 800 } });
    const page = await newPage();
    await open(page, home());
    expect(await page.locator('main section[id]').evaluateAll((els) => els.map((e) => e.id))).toEqual(story.sections);
    const img = page.locator('.positions-map__stage img[data-static-map]').last();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect(new URL((await img.getAttribute('src'))!, home()).pathname.startsWith(`${STORIES_BUILD.base}${story.slug}/map/static/`)).toBe(true);
    expect((await runAxe(page)).violations).toEqual([]);
    expectClean(observed);
  });

  it('brings up the live map on intent, with its own data, and nothing of it before', async () => {
    const { newPage, observed } = await site.context(STORIES_BUILD, { viewport: { width: 1280, height: 800 } });
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await open(page, home());
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => LIVE_MAP_FILES.test(p))).toEqual([]);
    await mapReady(page);
    expect(requested).toContain(`${STORIES_BUILD.base}${story.slug}/map/data.json`);
    expect(await page.locator('.tm-map .leaflet-marker-icon, .tm-map path.leaflet-interactive').count()).toBeGreaterThan(0);
    expectClean(observed);
  });

  it('on a phone, tapping a marked passage opens its statement card, and the statement’s own page loads', async () => {
    const { newPage, observed, context } = await site.context(STORIES_BUILD, contextOptions(phone));
    const page = await newPage();
    await open(page, home());
    await sidebarReady(page);
    const first = (await publishedStatements(context.request, home())).find((s) => s.kind === 'quote');
    expect(first, 'the story has a quote').toBeDefined();
    await readSection(page, first!.section);
    const passage = page.locator(`#quote-${first!.id}`);
    await passage.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await passage.locator('a').tap();
    await page.locator(`.passage-card[data-statement="${first!.id}"]`).waitFor();
    await page.screenshot({ path: join(shots, `stories-${story.slug}-card-390.png`) });
    await open(page, site.url(STORIES_BUILD, `${story.slug}/statements/${first!.id}/`));
    expect(await page.locator('main').textContent()).toContain(first!.text);
    expectClean(observed);
  });
});
