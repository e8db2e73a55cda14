// One static SVG map per view (/map/static/overview.svg, /map/static/SECTION-ID.svg), projected at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBasemap, getMapContent, getMapViews } from '../../../data/map';
import { altText } from '../../../lib/map/describe';
import { staticMapSvg } from '../../../lib/map/static-svg';
import { findView } from '../../../lib/map/views';

export const getStaticPaths = (async () => (await getMapViews()).map((v) => ({ params: { view: v.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const content = await getMapContent();
  const view = findView(content.views, params.view);
  const description = content.describe(view);
  const svg = staticMapSvg({
    view,
    basemap: await getBasemap(),
    positions: content.positions,
    movements: content.movements,
    title: `Map: ${description.title}`,
    description: altText(description),
  });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
