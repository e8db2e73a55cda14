// One static SVG map per view (/map/static/overview.svg, /map/static/SECTION-ID.svg), projected at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapViews } from '../../../../data/map';
import { storyStaticPaths } from '../../../../data/stories';
import { getStaticMapSvg } from '../../../../data/static-maps';

export const getStaticPaths = (() => storyStaticPaths(async (slug) => (await getMapViews(slug)).map((v) => ({ params: { view: v.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ params, props }) =>
  new Response(await getStaticMapSvg(props.slug, params.view!), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
