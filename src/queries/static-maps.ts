// The static map of each view as SVG for /map/static/VIEW.svg, and the same map with its caption,
// date, key and credit drawn in (the still) for /map/static/VIEW.png.
import { getBasemap, getMapContent } from './map';
import { getStory } from './story';
import { formatShortDate } from '../lib/format/dates';
import { altText } from '../lib/map/describe';
import { STATIC_ASPECT, STATIC_WIDTH, staticMapSvg } from '../lib/map/static-svg';
import { staticStillSvg } from '../lib/map/static-still';
import { findView } from '../lib/map/views';
import { POSITIONS_PATH, absoluteUrl } from '../lib/urls';

const svgs = new Map<string, Promise<string>>();

/** The SVG document of a story's view (made once per build). */
export function getStaticMapSvg(slug: string, viewId: string): Promise<string> {
  const key = `${slug}/${viewId}`;
  let svg = svgs.get(key);
  if (!svg) {
    svg = (async () => {
      const content = await getMapContent(slug);
      const view = findView(content.views, viewId);
      if (view.id !== viewId) throw new Error(`static map: no view "${viewId}"`);
      const description = content.describe(view);
      return staticMapSvg({
        view,
        basemap: await getBasemap(slug),
        positions: content.positions,
        movements: content.movements,
        title: `Map: ${description.title}`,
        description: altText(description),
        words: content.words,
      });
    })();
    svgs.set(key, svg);
  }
  return svg;
}

/** The still of a story's view: its map with the caption, the map's date, a key and the credit (for the PNG); `base` is the story's base. */
export async function getStaticStillSvg(slug: string, viewId: string, site: URL, base: string): Promise<string> {
  const [content, story, mapSvg] = await Promise.all([getMapContent(slug), getStory(slug), getStaticMapSvg(slug, viewId)]);
  const view = findView(content.views, viewId);
  return staticStillSvg({
    mapSvg,
    width: STATIC_WIDTH,
    mapHeight: Math.round(STATIC_WIDTH * STATIC_ASPECT),
    caption: view.caption,
    asOf: formatShortDate(content.asOf),
    credit: `“${story.shortTitle}” explainer`,
    sourcesUrl: absoluteUrl(site, base, POSITIONS_PATH),
    words: content.words,
  });
}

export { STATIC_WIDTH };
