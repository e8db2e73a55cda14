// /map/static/VIEW.png: each static map view as a PNG at 2×: the same map as VIEW.svg, with its
// caption, date, key and credit drawn in, since the still travels without the page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapViews } from '../../../../queries/map';
import { routeBase, storyStaticPaths } from '../../../../queries/stories';
import { STATIC_WIDTH, getStaticStillSvg } from '../../../../queries/static-maps';
import { staticMapPng } from '../../../../lib/map/static-png';

export const getStaticPaths = (() => storyStaticPaths(async (slug) => (await getMapViews(slug)).map((v) => ({ params: { view: v.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ params, props, site }) =>
  new Response(Buffer.from(await staticMapPng(await getStaticStillSvg(props.slug, params.view!, site!, routeBase(params)), STATIC_WIDTH)), {
    headers: { 'content-type': 'image/png' },
  });
