// Everything the live map draws and says (src/lib/map/map-data.ts), fetched by the island.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyStaticPaths } from '../../../queries/stories';
import { getMapData } from '../../../queries/map';

export const getStaticPaths = (() => storyStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) =>
  new Response(JSON.stringify(await getMapData(props.slug)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
