// One static SVG map per view (/map/static/overview.svg, /map/static/SECTION-ID.svg), projected at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapViews } from '../../../data/map';
import { getStaticMapSvg } from '../../../data/static-maps';

export const getStaticPaths = (async () => (await getMapViews()).map((v) => ({ params: { view: v.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await getStaticMapSvg(params.view!), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
