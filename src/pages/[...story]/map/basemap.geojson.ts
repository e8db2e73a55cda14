// The live map's basemap: Natural Earth countries clipped to the story's region (see src/lib/map/basemap.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyStaticPaths } from '../../../queries/stories';
import { getBasemap } from '../../../queries/map';

export const getStaticPaths = (() => storyStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) =>
  new Response(JSON.stringify(await getBasemap(props.slug)), { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
