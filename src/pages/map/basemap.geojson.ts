// The live map's basemap: Natural Earth countries clipped to the story's region (see src/lib/map/basemap.ts).
import type { APIRoute } from 'astro';
import { getBasemap } from '../../data/map';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getBasemap()), { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
