// /map/static/VIEW.png: each static map view as a PNG at 2×: the same map as VIEW.svg, with its
// caption, date, key and credit drawn in, since the still travels without the page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapViews } from '../../../data/map';
import { STATIC_WIDTH, getStaticStillSvg } from '../../../data/static-maps';
import { staticMapPng } from '../../../lib/map/static-png';

export const getStaticPaths = (async () => (await getMapViews()).map((v) => ({ params: { view: v.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(Buffer.from(await staticMapPng(await getStaticStillSvg(params.view!, site!, import.meta.env.BASE_URL), STATIC_WIDTH)), {
    headers: { 'content-type': 'image/png' },
  });
