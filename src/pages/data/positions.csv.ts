import type { APIRoute } from 'astro';
import { getPositions, getSourceIndex } from '../../data/story-data';
import { positionsCsv } from '../../lib/data/positions-export';

export const GET: APIRoute = async () =>
  new Response(positionsCsv(await getPositions(), await getSourceIndex()), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
