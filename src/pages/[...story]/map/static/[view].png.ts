// /map/static/VIEW.png: each static map view as a PNG at 2×, from the same SVG as VIEW.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapViews } from '../../../../data/map';
import { storyStaticPaths } from '../../../../data/stories';
import { STATIC_WIDTH, getStaticMapSvg } from '../../../../data/static-maps';
import { staticMapPng } from '../../../../lib/map/static-png';

export const getStaticPaths = (() => storyStaticPaths(async (slug) => (await getMapViews(slug)).map((v) => ({ params: { view: v.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ params, props }) =>
  new Response(Buffer.from(await staticMapPng(await getStaticMapSvg(props.slug, params.view!), STATIC_WIDTH)), { headers: { 'content-type': 'image/png' } });
