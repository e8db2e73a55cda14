import type { APIRoute } from 'astro';
import { getSourceIndex, getTimeline } from '../../data/story-data';
import { timelineExport } from '../../lib/data/timeline';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(timelineExport(await getTimeline(), await getSourceIndex()), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
