// The PNG stills travel without the page: each carries the view's caption, the map's date, a key
// and the credit, drawn into the SVG it is rendered from. Checked for every view of the real story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyBasemap } from '../../../src/lib/map/basemap';
import { formatShortDate } from '../../../src/lib/format/dates';
import { parseYaml } from '../../../src/lib/checks/yaml';
import { STATIC_ASPECT, STATIC_WIDTH, staticMapSvg } from '../../../src/lib/map/static-svg';
import { STILL_FOOTER, STILL_HEADER, STILL_SIZE, staticStillSvg, wrapText } from '../../../src/lib/map/static-still';
import { readWorldTopology } from '../../../src/lib/map/world-atlas';
import { ROOT } from '../../helpers/paths';
import { realStory } from './real-story';

const { map, shown: positions, movements, views, words } = realStory();
const basemap = storyBasemap(readWorldTopology(ROOT), map, words.map);
const story = (parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/story/story.yaml'), 'utf8')) as { ok: true; value: Record<string, { shortTitle: string }> }).value;
const shortTitle = Object.values(story)[0]!.shortTitle;

describe('wrapText', () => {
  it('breaks at spaces within the width, and cuts with … past the last line', () => {
    expect(wrapText('one two three', 1000, 12)).toEqual(['one two three']);
    const lines = wrapText('aaaa bbbb cccc dddd eeee ffff', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/ …$/);
  });
});

describe.each(views.map((v) => [v.id, v] as const))('the still of view %s', (_id, view) => {
  const mapSvg = staticMapSvg({ view, basemap, positions, movements, title: 'Map', description: 'Desc', words });
  const svg = staticStillSvg({
    mapSvg,
    width: STATIC_WIDTH,
    mapHeight: Math.round(STATIC_WIDTH * STATIC_ASPECT),
    caption: view.caption,
    asOf: formatShortDate(map.asOf),
    credit: `“${shortTitle}” explainer`,
    sourcesUrl: 'https://explainer.test/deep/sub/path/positions/',
    words,
  });
  // Each <text>'s words, entities undone (escapeXml writes &amp; &lt; &gt; &quot; &apos;).
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const textsOf = (cls?: string) =>
    [...svg.matchAll(/<text( class="([^"]+)")?[^>]*>([^<]*)<\/text>/g)].filter((m) => !cls || m[2] === cls).map((m) => unescape(m[3]!));
  const texts = textsOf();
  const all = texts.join('\n');

  it('is one size for every view: the map between its two bands', () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${STILL_SIZE.width} ${STILL_SIZE.height}"`));
    expect(STILL_SIZE.height).toBe(STILL_HEADER + Math.round(STATIC_WIDTH * STATIC_ASPECT) + STILL_FOOTER);
    expect(svg).toContain(`<g transform="translate(0 ${STILL_HEADER})"><title id="map-title">`);
  });

  it('says what the view shows and the map’s date', () => {
    const lines = wrapText(view.caption, STATIC_WIDTH - 24, 16, 2);
    expect(lines.join(' ')).toBe(view.caption); // never cut
    for (const line of lines) expect(texts).toContain(line);
    expect(all).toContain('Troop positions as of 7 Feb 2022.');
  });

  it('has a compact key: every side by its group name, every status', () => {
    for (const id of words.sideIds) expect(texts).toContain(words.side(id).name);
    for (const id of words.statusIds) expect(texts).toContain(words.status(id).name);
  });

  it('credits the explainer and says where the sources are', () => {
    const credit = textsOf('st-credit').join(' ');
    expect(credit).toContain(`“${shortTitle}” explainer. Sources: the public sources cited for each point, at`);
    expect(all).toContain('https://explainer.test/deep/sub/path/positions/');
  });
});
