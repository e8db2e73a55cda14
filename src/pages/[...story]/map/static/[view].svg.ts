// One static SVG map per view (/map/static/overview.svg, /map/static/SECTION-ID.svg), projected at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapViews } from '../../../../queries/map';
import { storyStaticPaths } from '../../../../queries/stories';
import { getStaticMapSvg } from '../../../../queries/static-maps';

export const getStaticPaths = (() => storyStaticPaths(async (slug) => (await getMapViews(slug)).map((v) => ({ params: { view: v.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ params, props }) =>
  new Response(await getStaticMapSvg(props.slug, params.view!), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
