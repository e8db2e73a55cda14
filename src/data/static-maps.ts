// The static map of each view as SVG (and, from the same SVG, as PNG), for /map/static/VIEW.svg|png.
import { getBasemap, getMapContent } from './map';
import { altText } from '../lib/map/describe';
import { STATIC_WIDTH, staticMapSvg } from '../lib/map/static-svg';
import { findView } from '../lib/map/views';

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
      });
    })();
    svgs.set(key, svg);
  }
  return svg;
}

export { STATIC_WIDTH };
