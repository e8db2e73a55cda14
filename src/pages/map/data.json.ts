// Everything the live map draws and says (src/lib/map/map-data.ts), fetched by the island.
import type { APIRoute } from 'astro';
import { getMapData } from '../../data/map';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getMapData()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
