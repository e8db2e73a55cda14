import type { APIRoute } from 'astro';
import { getPositions, getSourceIndex } from '../../data/story-data';
import { positionsGeoJson } from '../../lib/data/positions-export';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(positionsGeoJson(await getPositions(), await getSourceIndex()), null, 2), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8' },
  });
