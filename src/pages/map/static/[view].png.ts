// /map/static/VIEW.png: each static map view as a PNG at 2×, from the same SVG as VIEW.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapViews } from '../../../data/map';
import { STATIC_WIDTH, getStaticMapSvg } from '../../../data/static-maps';
import { staticMapPng } from '../../../lib/map/static-png';

export const getStaticPaths = (async () => (await getMapViews()).map((v) => ({ params: { view: v.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(Buffer.from(await staticMapPng(await getStaticMapSvg(params.view!), STATIC_WIDTH)), { headers: { 'content-type': 'image/png' } });
