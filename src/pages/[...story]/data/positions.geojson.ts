import type { APIRoute, GetStaticPaths } from 'astro';
import { storyStaticPaths } from '../../../queries/stories';
import { getPositions, getSourceIndex } from '../../../queries/story-data';
import { positionsGeoJson } from '../../../lib/exports/positions-export';

export const getStaticPaths = (() => storyStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) =>
  new Response(JSON.stringify(positionsGeoJson(await getPositions(props.slug), await getSourceIndex(props.slug)), null, 2), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8' },
  });
